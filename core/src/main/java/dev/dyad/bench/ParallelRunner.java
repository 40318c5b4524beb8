package dev.dyad.bench;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams items through {@code threads} workers with a bounded queue, so memory stays flat whatever the
 * corpus size: the reader blocks when the workers fall behind.
 */
public final class ParallelRunner {
    private ParallelRunner() {
    }

    public static <T> void run(Iterator<T> items, int threads, Consumer<T> work) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(threads * 4);
        Object end = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        RuntimeException[] failure = {null};
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                try {
                    while (true) {
                        Object item = queue.take();
                        if (item == end) {
                            queue.put(end);
                            return;
                        }
                        @SuppressWarnings("unchecked")
                        T t = (T) item;
                        work.accept(t);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                    queue.clear();
                    queue.offer(end);
                }
            });
        }
        try {
            while (items.hasNext() && failure[0] == null) {
                queue.put(items.next());
            }
            queue.put(end);
            pool.shutdown();
            pool.awaitTermination(7, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
