package dev.dyad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 19, defects 3 and 4: errors and slow articles become a rejection with a reason, never a lost article. */
class CodingGuardTest {
    private final CodingGuard guard = new CodingGuard(Duration.ofMillis(300));

    @Test
    void errorsOnTheCodingThreadBecomeAReason() {
        CodingGuard.ArticleRejected oom = assertThrows(CodingGuard.ArticleRejected.class, () -> guard.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertTrue(oom.getMessage().startsWith("out of memory while coding"), oom.getMessage());
        CodingGuard.ArticleRejected so = assertThrows(CodingGuard.ArticleRejected.class, () -> guard.run(() -> {
            throw new StackOverflowError();
        }));
        assertTrue(so.getMessage().contains("stack overflow"), so.getMessage());
        CodingGuard.ArticleRejected npe = assertThrows(CodingGuard.ArticleRejected.class, () -> guard.run(() -> {
            throw new IllegalStateException("bad\nthing");
        }));
        assertEquals("coding failed: IllegalStateException: bad", npe.getMessage());
        assertThrows(InputException.class, () -> guard.run(() -> {
            throw new InputException("x");
        }));
        assertThrows(UnsupportedOperationException.class, () -> guard.run(() -> {
            throw new UnsupportedOperationException("store");
        }, UnsupportedOperationException.class));
        assertEquals(7, guard.run(() -> 7));
    }

    @Test
    void anArticleOverItsTimeBudgetIsRejectedAndInterrupted() throws Exception {
        boolean[] interrupted = {false};
        long t0 = System.nanoTime();
        CodingGuard.ArticleRejected e = assertThrows(CodingGuard.ArticleRejected.class, () -> guard.run(() -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException ie) {
                interrupted[0] = true;
            }
            return null;
        }));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertEquals("coding took longer than the time budget of 0.3 s per article (--article-seconds)", e.getMessage());
        Thread.sleep(200);
        assertTrue(interrupted[0], "the work is interrupted, not left running");
    }

    /** Issue 19, nit: the server stops coding for a client that has gone away (the time limit stays). */
    @Test
    void workStopsWhenTheCallerSaysSo() throws Exception {
        CodingGuard patient = new CodingGuard(Duration.ofSeconds(60));
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        long t0 = System.nanoTime();
        CodingGuard.ArticleRejected gone = assertThrows(CodingGuard.ArticleRejected.class, () -> patient.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 0;
        }, () -> System.nanoTime() - t0 > 300_000_000L));
        assertEquals("coding stopped: the client has gone away", gone.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "stopped within a poll, not at the time limit");
        assertTrue(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS), "the coding thread was interrupted");
        assertEquals(7, patient.run(() -> 7, () -> true), "a finished result is returned without asking");
    }
}
