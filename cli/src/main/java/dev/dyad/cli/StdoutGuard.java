package dev.dyad.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first write error. PrintWriter (and System.out) swallow IOExceptions,
 * so without this a full disk ({@code > /dev/full}) ended with exit 0 and a closed pipe was written to until
 * the end; {@link Main} tells the two apart by the error this keeps.
 */
final class StdoutGuard extends OutputStream {
    private final OutputStream out;
    private volatile IOException error;

    StdoutGuard(OutputStream out) {
        this.out = out;
    }

    IOException error() {
        return error;
    }

    /** The reader of the pipe has gone: not a failure of dyad, so it stops quietly. */
    boolean readerGone() {
        String m = error == null ? null : error.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("Stream closed"));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (error != null) {
            throw error;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            error = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (error != null) {
            throw error;
        }
        try {
            out.flush();
        } catch (IOException e) {
            error = e;
            throw e;
        }
    }
}
