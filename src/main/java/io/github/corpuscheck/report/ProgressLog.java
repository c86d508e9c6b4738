package io.github.corpuscheck.report;

import io.github.corpuscheck.engine.RunProgress;
import io.github.corpuscheck.internal.SafeText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The log of a long run, in plain lines (never a carriage return, so CI logs and {@code mvn -B} show each line as it
 * was written; {@code mvn -q} hides them with every other information line):
 * <pre>
 * Corpus bench/corpus: 1 file, 341.2 MB (documents are counted as they are read).
 * Phase reading and analysis started.
 * Reading and analysis: 27% of 341.2 MB, 27,104 documents, 5,420 docs/s, 5 s elapsed, about 13 s left.
 * Phase reading and analysis took 18.4 s (100,000 documents).
 * Phase cross-document checks started.
 * Phase candidate verification of 52,311 pairs started.
 * ...
 * </pre>
 * A progress line comes at most every {@link #INTERVAL_MILLIS}, percent and time left measured by bytes. The clock is
 * injectable, so tests assert exact lines; these timings go to the log only, never into {@code report.json}.
 */
public final class ProgressLog implements RunProgress {

    static final long INTERVAL_MILLIS = 5_000;

    private final Consumer<String> log;
    private final LongSupplier nanoClock;
    private final long totalBytes;
    private long start = Long.MIN_VALUE;
    private long lastLine;
    /** Start times (ns) and names of the phases under way, innermost last. */
    private final Deque<Object[]> phases = new ArrayDeque<>();

    /** A log with the system's monotonic clock; {@code totalBytes} of the corpus files (0 when unknown). */
    public ProgressLog(Consumer<String> log, long totalBytes) {
        this(log, totalBytes, System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds (injectable for tests) */
    public ProgressLog(Consumer<String> log, long totalBytes, LongSupplier nanoClock) {
        this.log = log;
        this.nanoClock = nanoClock;
        this.totalBytes = totalBytes;
    }

    /** The first line of a run: what is about to be read. */
    public static String announce(String corpus, int files, long bytes, long documents) {
        return String.format(Locale.ROOT, "Corpus folder %s: %,d %s, %s%s.", SafeText.logLine(corpus), files, files == 1 ? "file" : "files",
                size(bytes), documents >= 0 ? String.format(Locale.ROOT, ", %,d documents (one per file)", documents)
                        : " (documents are counted as they are read)");
    }

    @Override
    public void phaseStarted(String name) {
        long now = nanoClock.getAsLong();
        if (start == Long.MIN_VALUE) {
            start = now;
            lastLine = now;
        }
        phases.addLast(new Object[] {now, name});
        log.accept("Phase " + name + " started.");
    }

    @Override
    public void phaseEnded(String outcome) {
        Object[] p = phases.pollLast();
        if (p == null) {
            return;
        }
        long millis = (nanoClock.getAsLong() - (Long) p[0]) / 1_000_000;
        log.accept("Phase " + p[1] + " took " + seconds(millis) + (outcome == null ? "" : " (" + outcome + ")") + ".");
    }

    @Override
    public void documents(long documents, long bytesRead) {
        long now = nanoClock.getAsLong();
        if (start == Long.MIN_VALUE) {
            start = now;
            lastLine = now;
        }
        if ((now - lastLine) / 1_000_000 < INTERVAL_MILLIS) {
            return;
        }
        lastLine = now;
        log.accept(line(documents, bytesRead, totalBytes, (now - start) / 1_000_000));
    }

    /** {@code Reading and analysis: 27% of 341.2 MB, 27,104 documents, 5,420 docs/s, 5 s elapsed, about 13 s left.} */
    static String line(long documents, long bytesRead, long totalBytes, long elapsedMillis) {
        long rate = Math.round(documents * 1000.0 / Math.max(1, elapsedMillis));
        StringBuilder sb = new StringBuilder("Reading and analysis: ");
        if (totalBytes > 0) {
            long done = Math.min(bytesRead, totalBytes);
            sb.append(done * 100 / totalBytes).append("% of ").append(size(totalBytes)).append(", ");
        }
        sb.append(String.format(Locale.ROOT, "%,d documents, %,d docs/s, %s elapsed", documents, rate,
                seconds(elapsedMillis)));
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long left = Math.round(elapsedMillis * (double) (totalBytes - bytesRead) / bytesRead);
            sb.append(", about ").append(seconds(left)).append(" left");
        }
        return sb.append('.').toString();
    }

    /** {@code 0.4 s}, {@code 18.4 s}, {@code 95 s}, {@code 12 min 5 s}. */
    static String seconds(long millis) {
        if (millis < 60_000) {
            return millis < 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : (millis / 1000) + " s";
        }
        return (millis / 60_000) + " min " + (millis % 60_000 / 1000) + " s";
    }

    /** {@code 341.2 MB}, {@code 12.0 KB}, {@code 512 bytes}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
