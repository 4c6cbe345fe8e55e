// Signature stub of jenkinsci/plugin-util-api-plugin (tag 6.1192.v30fe6e2837ff, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against plugin-util-api 6.1167.v022176c7e0ca_, whose signatures are the same),
// src/main/java/io/jenkins/plugins/util/BuildAction.java. Only what the Obra plugin uses; bodies throw. Never packaged.
package io.jenkins.plugins.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep.LastBuildAction;

public abstract class BuildAction<T> implements LastBuildAction, RunAction2, Serializable {
    protected BuildAction(final Run<?, ?> owner, final T result) {
        throw new UnsupportedOperationException("stub");
    }

    public BuildAction(final Run<?, ?> owner, final T result, final boolean canSerialize) {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract AbstractXmlStream<T> createXmlStream();

    public Run<?, ?> getOwner() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void onAttached(final Run<?, ?> r) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void onLoad(final Run<?, ?> r) {
        throw new UnsupportedOperationException("stub");
    }

    protected Object readResolve() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Collection<? extends Action> getProjectActions() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract JobAction<? extends BuildAction<T>> createProjectAction();

    public T getResult() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract String getBuildResultBaseName();

    public static <T extends BuildAction<?>> Optional<T> getBuildActionFromHistoryStartingFrom(
            @CheckForNull final Run<?, ?> baseline, final Class<T> buildActionClass) {
        throw new UnsupportedOperationException("stub");
    }
}
