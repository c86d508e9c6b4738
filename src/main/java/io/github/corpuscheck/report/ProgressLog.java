package io.github.corpuscheck.report;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Progress lines for long runs, fed by the engine's progress callback: nothing during the first
 * {@link #QUIET_MILLIS}, then at most one line every {@link #INTERVAL_MILLIS}: documents done, documents per second,
 * elapsed time. Plain text, one line at a time, so it reads well under {@code mvn -B} and in CI logs.
 */
public final class ProgressLog implements LongConsumer {

    static final long QUIET_MILLIS = 10_000;
    static final long INTERVAL_MILLIS = 5_000;

    private final Consumer<String> log;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastLine = Long.MIN_VALUE;

    public ProgressLog(Consumer<String> log) {
        this(log, System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds (injectable for tests) */
    public ProgressLog(Consumer<String> log, LongSupplier nanoClock) {
        this.log = log;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public void accept(long documentsDone) {
        long elapsed = (nanoClock.getAsLong() - start) / 1_000_000;
        if (elapsed < QUIET_MILLIS || (lastLine != Long.MIN_VALUE && elapsed - lastLine < INTERVAL_MILLIS)) {
            return;
        }
        lastLine = elapsed;
        log.accept(line(documentsDone, elapsed));
    }

    static String line(long documents, long elapsedMillis) {
        long rate = Math.round(documents * 1000.0 / Math.max(1, elapsedMillis));
        return String.format(Locale.ROOT, "Checked %,d documents (%,d docs/s, %d s elapsed)", documents, rate, elapsedMillis / 1000);
    }
}
