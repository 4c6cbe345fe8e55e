// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/console/LineTransformationOutputStream.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.console;

import java.io.IOException;
import java.io.OutputStream;

public abstract class LineTransformationOutputStream extends OutputStream {
    protected abstract void eol(byte[] b, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public void forceEol() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public abstract static class Delegating extends LineTransformationOutputStream {
        protected final OutputStream out;

        protected Delegating(OutputStream out) {
            this.out = out;
            throw new UnsupportedOperationException("stub");
        }

        @Override
        public void flush() throws IOException {
            throw new UnsupportedOperationException("stub");
        }

        @Override
        public void close() throws IOException {
            throw new UnsupportedOperationException("stub");
        }
    }
}
