package dev.dyad.input;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Codes one article under its time budget and turns whatever goes wrong while coding it — an exception, an
 * {@link OutOfMemoryError}, a {@link StackOverflowError}, the budget running out — into an {@link ArticleRejected}
 * with a one-line reason, so the caller can reject that article and go on. Without this an Error on a worker
 * thread ended the task silently and the article was in neither the store nor the rejects (issue 19).
 * Thread-safe; the work runs on a daemon thread that is interrupted when the budget runs out.
 */
public final class CodingGuard {
    /** An article that could not be coded; the message is the reason (one line). */
    public static final class ArticleRejected extends RuntimeException {
        public ArticleRejected(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static final AtomicLong THREADS = new AtomicLong();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dyad-coding-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Duration budget;
    static final long POLL_MILLIS = 250;

    public CodingGuard(Duration budget) {
        this.budget = budget;
    }

    /**
     * Runs {@code work}; {@link InputException}s and the types in {@code passThrough} (e.g. a store error, which
     * must stop the batch rather than reject one article) are rethrown as they are.
     */
    @SafeVarargs
    public final <T> T run(Callable<T> work, Class<? extends RuntimeException>... passThrough) {
        return run(work, () -> false, passThrough);
    }

    /**
     * As {@link #run(Callable, Class[])}, and stops the work (interrupting it) as soon as {@code stop} says so,
     * checked every {@value #POLL_MILLIS} ms: the server passes "the client has gone away".
     */
    @SafeVarargs
    public final <T> T run(Callable<T> work, java.util.function.BooleanSupplier stop,
                           Class<? extends RuntimeException>... passThrough) {
        boolean timed = budget != null && !budget.isZero() && !budget.isNegative();
        long deadline = timed ? System.nanoTime() + budget.toNanos() : Long.MAX_VALUE;
        Future<T> f = POOL.submit(work);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return f.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException slice) {
                    if (stop.getAsBoolean()) {
                        f.cancel(true);
                        throw new ArticleRejected("coding stopped: the client has gone away", slice);
                    }
                }
            }
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ArticleRejected("coding took longer than the time budget of " + seconds(budget)
                    + " per article (--article-seconds)", e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleRejected("interrupted while coding", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InputException ie) {
                throw ie;
            }
            for (Class<? extends RuntimeException> p : passThrough) {
                if (p.isInstance(c)) {
                    throw p.cast(c);
                }
            }
            throw new ArticleRejected(reason(c), c);
        }
    }

    /** A one-line reason for a failure while coding. */
    static String reason(Throwable c) {
        if (c instanceof OutOfMemoryError) {
            return "out of memory while coding (raise -Xmx or lower --max-article-chars)";
        }
        if (c instanceof StackOverflowError) {
            return "coding failed: text nested too deeply for the coder (stack overflow)";
        }
        String m = c.getMessage() == null ? "" : ": " + c.getMessage().strip().lines().findFirst().orElse("");
        return "coding failed: " + c.getClass().getSimpleName() + Printable.of(m);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
