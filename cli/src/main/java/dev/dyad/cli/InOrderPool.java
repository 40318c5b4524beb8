package dev.dyad.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a fixed pool of worker threads and hands their results to one consumer, on the calling thread, in
 * the order the tasks were submitted: {@code dyad code} codes articles in parallel and still writes them in input
 * order. At most a few tasks per thread are in flight, so memory stays flat whatever the input size. Not
 * thread-safe: one thread submits and consumes.
 */
final class InOrderPool<R> implements AutoCloseable {
    private final ExecutorService pool;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    private final int maxPending;
    private final Consumer<R> sink;

    InOrderPool(int threads, Consumer<R> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        this.maxPending = threads * 4;
        this.sink = sink;
    }

    void submit(Callable<R> task) {
        pending.add(pool.submit(task));
        while (pending.size() > maxPending) {
            deliverOldest();
        }
    }

    /** Waits for every submitted task and delivers the rest of the results. */
    void finish() {
        while (!pending.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        Future<R> next = pending.poll();
        R result;
        try {
            result = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        sink.accept(result);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
