package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.internal.Tasks;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * {@link CorpusContext#rereadInParallel}: batches of re-read documents go to the workers, at most two per worker in
 * flight (so memory stays bounded by a few hundred documents), and results are handed on in reading order.
 */
final class ParallelReread {

    static final int BATCH = 128;

    private ParallelReread() {}

    private record Done<T>(int[] indices, List<T> values) {}

    static <T> void run(CorpusContext ctx, BitSet wanted, Function<Document, T> work, ObjIntConsumer<T> results)
            throws IOException {
        boolean parallel = ctx.executor() != null && ctx.threads() > 1;
        int maxInFlight = 2 * Math.max(1, ctx.threads());
        ArrayDeque<Future<Done<T>>> inFlight = new ArrayDeque<>();
        List<Document> batch = new ArrayList<>(BATCH);
        Runnable submit = () -> {
            if (batch.isEmpty()) {
                return;
            }
            List<Document> docs = List.copyOf(batch);
            batch.clear();
            java.util.concurrent.Callable<Done<T>> task = () -> {
                int[] indices = new int[docs.size()];
                List<T> values = new ArrayList<>(docs.size());
                for (int k = 0; k < indices.length; k++) {
                    indices[k] = docs.get(k).index();
                    values.add(work.apply(docs.get(k)));
                }
                return new Done<>(indices, values);
            };
            inFlight.add(parallel ? ctx.executor().submit(task) : CompletableFuture.completedFuture(call(task)));
            while (inFlight.size() > maxInFlight) {
                deliver(inFlight.poll(), results);
            }
        };
        ctx.reread(wanted, doc -> {
            batch.add(doc);
            if (batch.size() == BATCH) {
                submit.run();
            }
        });
        submit.run();
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll(), results);
        }
    }

    private static <T> T call(java.util.concurrent.Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    private static <T> void deliver(Future<Done<T>> future, ObjIntConsumer<T> results) {
        Done<T> done = Tasks.await(future, "re-reading documents");
        for (int k = 0; k < done.indices().length; k++) {
            results.accept(done.values().get(k), done.indices()[k]);
        }
    }
}
