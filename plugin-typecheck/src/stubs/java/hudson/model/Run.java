// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Run.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: Comparable, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, AccessControlled {
    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("stub");
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull Executor getExecutor() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("stub");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull hudson.security.ACL getACL() {
        throw new UnsupportedOperationException("stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull String getLog() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull EnvVars getEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("stub");
    }

    public final @NonNull jenkins.model.ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("stub");
    }

    public final synchronized @NonNull jenkins.model.ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull java.util.List<hudson.model.BuildBadgeAction> getBadgeActions() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull java.util.List<Artifact> getArtifacts() {
        throw new UnsupportedOperationException("stub");
    }

    public void save() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public class Artifact {
        public final String relativePath = null;

        public String getFileName() {
            throw new UnsupportedOperationException("stub");
        }

        public String getHref() {
            throw new UnsupportedOperationException("stub");
        }
    }

    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException("stub");
    }
}
