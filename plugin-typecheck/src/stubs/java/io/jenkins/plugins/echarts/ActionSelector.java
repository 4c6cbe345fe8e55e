// Signature stub of jenkinsci/echarts-api-plugin (tag 6.0.0-1247.vf3e35a_c1813f, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against echarts-api 6.0.0-1146.v5c8f3b_8f0573, whose Java sources are the same),
// src/main/java/io/jenkins/plugins/echarts/ActionSelector.java. Bodies throw. Never packaged.
package io.jenkins.plugins.echarts;

import hudson.model.Run;
import io.jenkins.plugins.util.BuildAction;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

public class ActionSelector<T extends BuildAction<?>> implements Function<Run<?, ?>, Optional<T>> {
    public ActionSelector(final Class<T> actionType) {
        throw new UnsupportedOperationException("stub");
    }

    public ActionSelector(final Class<T> actionType, final Predicate<? super T> predicate) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Optional<T> apply(final Run<?, ?> baseline) {
        throw new UnsupportedOperationException("stub");
    }

    public final Optional<T> findFirst(final Run<?, ?> baseline) {
        throw new UnsupportedOperationException("stub");
    }
}
