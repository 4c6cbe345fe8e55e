// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/Launcher.java.
// Only the ProcStarter API the plugin uses; omitted: deprecated launch(...) overloads, cmds(ArgumentListBuilder).
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

public abstract class Launcher {
    protected Launcher(@NonNull TaskListener listener, @CheckForNull VirtualChannel channel) {
        throw new UnsupportedOperationException("stub");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stub");
    }

    public TaskListener getListener() {
        throw new UnsupportedOperationException("stub");
    }

    public final class ProcStarter {
        public ProcStarter cmds(String... args) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter cmds(File program, String... args) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException("stub");
        }

        public List<String> cmds() {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter masks(@CheckForNull boolean... masks) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter quiet(boolean quiet) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter pwd(@CheckForNull FilePath workDir) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter pwd(@NonNull File workDir) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter pwd(@NonNull String workDir) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter stdout(@CheckForNull OutputStream out) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter stdout(@NonNull TaskListener out) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter stderr(@CheckForNull OutputStream err) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter stdin(@CheckForNull InputStream in) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter envs(@NonNull Map<String, String> overrides) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter envs(@CheckForNull String... overrides) {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter readStdout() {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter readStderr() {
            throw new UnsupportedOperationException("stub");
        }

        public ProcStarter writeStdin() {
            throw new UnsupportedOperationException("stub");
        }

        public Proc start() throws IOException {
            throw new UnsupportedOperationException("stub");
        }

        public int join() throws IOException, InterruptedException {
            throw new UnsupportedOperationException("stub");
        }
    }

    public final ProcStarter launch() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract Proc launch(@NonNull ProcStarter starter) throws IOException;

    public boolean isUnix() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException;
}
