// Signature stub of jenkinsci/echarts-api-plugin (tag 6.0.0-1247.vf3e35a_c1813f, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against echarts-api 6.0.0-1146.v5c8f3b_8f0573, whose Java sources are the same),
// src/main/java/io/jenkins/plugins/echarts/BuildActionIterator.java. Bodies throw. Never packaged.
package io.jenkins.plugins.echarts;

import edu.hm.hafner.echarts.BuildResult;
import io.jenkins.plugins.util.BuildAction;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

public class BuildActionIterator<T extends BuildAction<?>> implements Iterator<BuildResult<T>> {
    public BuildActionIterator(final Class<T> actionType, final Optional<T> baseline) {
        throw new UnsupportedOperationException("stub");
    }

    public BuildActionIterator(final Class<T> actionType, final Optional<T> baseline,
                               final Predicate<? super T> filter) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean hasNext() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public BuildResult<T> next() {
        throw new UnsupportedOperationException("stub");
    }
}
