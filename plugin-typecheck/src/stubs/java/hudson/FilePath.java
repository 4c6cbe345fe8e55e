// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/FilePath.java.
// Omitted supertype: jenkins.security.SerializableOnlyOverRemoting (extends Serializable).
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Computer;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;

public final class FilePath implements Serializable {
    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
        throw new UnsupportedOperationException("stub");
    }

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("stub");
    }

    public FilePath(@NonNull FilePath base, @NonNull String rel) {
        throw new UnsupportedOperationException("stub");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("stub");
    }

    public void symlinkTo(final String target, final TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("stub");
    }

    public FilePath getParent() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isDirectory() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void chmod(final int mask) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public List<FilePath> list() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public FilePath[] list(final String includes) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public InputStream read() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public OutputStream write() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void write(final String content, final String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void copyTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void copyTo(OutputStream os) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull Computer toComputer() {
        throw new UnsupportedOperationException("stub");
    }
}
