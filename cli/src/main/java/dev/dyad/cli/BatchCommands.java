package dev.dyad.cli;

import dev.dyad.dedup.DedupRule;
import dev.dyad.input.InputException;
import dev.dyad.store.BatchIngest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What ingest and recode share: the dedup option and the closing report. */
final class BatchCommands {
    private static final int LISTED_REJECTS = 50;

    private BatchCommands() {
    }

    static DedupRule rule(int windowDays) {
        if (windowDays < 0) {
            throw new InputException("--dedup-window must be 0 days or more, got " + windowDays);
        }
        return new DedupRule(windowDays);
    }

    static int report(PrintWriter out, PrintWriter err, String verb, BatchIngest.Summary s, Path db) {
        for (int i = 0; i < Math.min(LISTED_REJECTS, s.rejects().size()); i++) {
            err.println("dyad: rejected: " + s.rejects().get(i));
        }
        if (s.rejects().size() > LISTED_REJECTS) {
            err.println("dyad: ... and " + (s.rejects().size() - LISTED_REJECTS)
                    + " more (dyad query --db " + db + " --sql \"SELECT * FROM rejects\")");
        }
        long bytes = 0;
        try {
            bytes = Files.size(db);
        } catch (java.io.IOException e) {
            bytes = -1;
        }
        out.printf(Locale.ROOT, "dyad: %s: %d articles coded, %d skipped (already stored), %d rejected; %d events, "
                        + "%d after deduplication; %.1f s (%.2f articles/s); %s %.1f MB%n",
                verb, s.coded(), s.skipped(), s.rejected(), s.events(), s.dedupEvents(), s.seconds(),
                s.coded() / Math.max(1e-3, s.seconds()), db, bytes / 1e6);
        out.flush();
        err.flush();
        return s.rejected() == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }
}
