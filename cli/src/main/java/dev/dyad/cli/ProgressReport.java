package dev.dyad.cli;

import dev.dyad.store.BatchIngest;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a batch's progress on stderr: a bar redrawn in place (articles/s and ETA) on a terminal, plain
 * lines every few seconds otherwise (logs, pipes). Thread-safe; rejects and warnings go on their own lines.
 */
final class ProgressReport implements BatchIngest.Listener {
    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private final String verb;
    private long last;
    private boolean barShown;
    private long firstNanos;
    private long firstCoded = -1;

    ProgressReport(PrintWriter err, boolean terminal, double intervalSeconds, String verb) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = (long) ((terminal ? 0.2 : intervalSeconds) * 1e9);
        this.verb = verb;
        this.last = System.nanoTime();
    }

    @Override
    public synchronized void progress(BatchIngest.Progress p) {
        long now = System.nanoTime();
        boolean end = p.total() > 0 && p.finished() >= p.total();
        if (now - last < intervalNanos && !end) {
            return;
        }
        last = now;
        if (firstCoded < 0 && p.coded() > 0) {
            firstCoded = p.coded();
            firstNanos = now;
        }
        // the rate is measured from the first coded article on, so model loading does not skew the ETA
        double rate = firstCoded < 0 || p.coded() == firstCoded ? 0 : (p.coded() - firstCoded) / ((now - firstNanos) / 1e9);
        String line = line(p, rate);
        if (terminal) {
            err.print("\r" + line + "   ");
            barShown = true;
        } else {
            err.println("dyad: " + verb + ": " + line);
        }
        err.flush();
    }

    /** Ends the bar's line so that what follows starts on a fresh one. */
    synchronized void done() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }

    @Override
    public synchronized void rejected(String message) {
        clearBar();
        err.println("dyad: " + message);
    }

    @Override
    public synchronized void warning(String message) {
        clearBar();
        err.println("dyad: warning: " + message);
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }

    static String line(BatchIngest.Progress p, double rate) {
        StringBuilder b = new StringBuilder();
        long total = p.total();
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * p.finished() / total);
            b.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
            b.append(p.finished()).append('/').append(total).append(' ')
                    .append(String.format(Locale.ROOT, "%3d%%", 100 * p.finished() / total));
        } else {
            b.append(p.finished()).append(" articles");
        }
        b.append(String.format(Locale.ROOT, "  %d coded, %d skipped, %d rejected, %d events  %.1f articles/s",
                p.coded(), p.skipped(), p.rejected(), p.events(), rate));
        if (total > 0 && rate > 0) {
            long left = Math.max(0, total - p.finished());
            b.append("  ETA ").append(duration(left / rate));
        }
        return b.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
