// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Project.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: SCMTriggerItem, Saveable, ProjectWithMaven, BuildableItemWithBuildWrappers.
package hudson.model;

import hudson.tasks.Builder;
import hudson.util.DescribableList;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B> {
    public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
        throw new UnsupportedOperationException("stub");
    }
}
