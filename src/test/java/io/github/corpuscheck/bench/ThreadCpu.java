package io.github.corpuscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by name (Linux {@code /proc/self/task}), including the JVM's own compiler and
 * GC threads, which Java's management beans do not list: what a cold run spends besides checking. Empty elsewhere.
 */
final class ThreadCpu {

    private ThreadCpu() {}

    /** Clock ticks (utime + stime) per thread name, numbers stripped so "GC Thread#0" and "#1" add up. */
    static Map<String, Long> byName() {
        Map<String, Long> out = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) list::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip().replaceAll("#?\\d+$", "").strip();
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum); // utime, stime
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Ticks used since {@code before}, per name. */
    static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> out = new TreeMap<>();
        byName().forEach((name, ticks) -> {
            long d = ticks - before.getOrDefault(name, 0L);
            if (d > 0) {
                out.put(name, d);
            }
        });
        return out;
    }

    /** "name 1.2 s, ..." largest first (100 ticks a second, as Linux reports them). */
    static String format(Map<String, Long> ticks) {
        StringBuilder b = new StringBuilder();
        ticks.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).forEach(e -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 100.0));
        });
        return b.toString();
    }
}
