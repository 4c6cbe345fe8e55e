// Signature stub of jenkinsci/plugin-util-api-plugin (tag 6.1192.v30fe6e2837ff, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against plugin-util-api 6.1167.v022176c7e0ca_, whose signatures are the same),
// src/main/java/io/jenkins/plugins/util/JobAction.java. Only what the Obra plugin uses; bodies throw. Never packaged.
// Omitted: doIndex(StaplerRequest2, StaplerResponse2), which redirects to the latest build's action.
package io.jenkins.plugins.util;

import hudson.model.Action;
import hudson.model.Job;
import java.util.Optional;

public abstract class JobAction<T extends BuildAction<?>> implements Action {
    protected JobAction(final Job<?, ?> owner, final Class<T> buildActionClass) {
        throw new UnsupportedOperationException("stub");
    }

    public Job<?, ?> getOwner() {
        throw new UnsupportedOperationException("stub");
    }

    protected Class<T> getBuildActionClass() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<T> getLatestAction() {
        throw new UnsupportedOperationException("stub");
    }
}
