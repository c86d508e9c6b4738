package io.github.corpuscheck.hostile;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs work on its own thread with a time limit. A run that overstays is a hang: the thread is interrupted, then
 * stopped (so one hanging case does not go on eating a core while the rest of the suite runs), and the error names
 * where it was stuck. JUnit's {@code @Timeout} on each case stays as the backstop.
 */
final class HangGuard {

    private HangGuard() {}

    /** Thrown for a run that did not finish in time; the message holds the stuck thread's stack. */
    static final class HangError extends AssertionError {
        private static final long serialVersionUID = 1L;

        HangError(String message) {
            super(message);
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    static <T> T within(Duration limit, String what, Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "hang-guard " + what);
        t.setDaemon(true);
        t.start();
        t.join(limit.toMillis());
        if (t.isAlive()) {
            String stack = Arrays.stream(t.getStackTrace()).limit(25).map(e -> "\n    at " + e)
                    .collect(Collectors.joining());
            t.interrupt();
            t.join(2000);
            if (t.isAlive()) {
                try {
                    t.stop(); // Java 17: still works; later releases throw, and the thread is left to itself
                } catch (UnsupportedOperationException ignored) {
                    // nothing more to do
                }
            }
            throw new HangError(what + " did not finish within " + limit.toSeconds() + " s (a hang); it was at:"
                    + stack);
        }
        Throwable e = failure.get();
        if (e instanceof Exception ex) {
            throw ex;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
