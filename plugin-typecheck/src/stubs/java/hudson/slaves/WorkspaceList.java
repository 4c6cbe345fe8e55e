// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/slaves/WorkspaceList.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.slaves;

import hudson.FilePath;

public final class WorkspaceList {
    private WorkspaceList() {
        throw new UnsupportedOperationException("stub");
    }

    public static FilePath tempDir(FilePath ws) {
        throw new UnsupportedOperationException("stub");
    }
}
