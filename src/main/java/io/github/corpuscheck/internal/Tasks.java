package io.github.corpuscheck.internal;

import io.github.corpuscheck.api.CorpusContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Waiting for the engine's worker tasks: failures come back as the task's own runtime exception or error. */
public final class Tasks {

    private Tasks() {}

    /** The task's result; {@code doing} names the work in the message when the wait is interrupted. */
    public static <T> T await(Future<T> future, String doing) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) { // OutOfMemoryError above all: the run's boundary reports it
                throw error;
            }
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** Runs {@code body} for 0..n-1, split over the context's workers (on this thread when there is one). */
    public static void parallelFor(CorpusContext ctx, int n, IntConsumer body, String doing) {
        int threads = ctx.executor() == null ? 1 : Math.max(1, ctx.threads());
        if (threads == 1 || n < 2) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        List<Future<?>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int part = t;
            parts.add(ctx.executor().submit(() -> {
                for (int i = part; i < n; i += threads) {
                    body.accept(i);
                }
            }));
        }
        parts.forEach(f -> await(f, doing));
    }
}
