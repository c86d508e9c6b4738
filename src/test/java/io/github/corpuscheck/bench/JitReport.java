package io.github.corpuscheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the JIT did during the benchmark's engine run, from a flight recording made with {@code bench/jit.jfc}: C2
 * (level 4) compilations by method, and the deoptimisations in the engine's code, which send a compiled method back
 * to the interpreter to be compiled again. A cold run of 100,000 articles spends about a third of its CPU in the JIT
 * compilers, so this is where its speed is decided (a profiling aid, like {@code bench/analyze-cost.sh}).
 *
 * <pre>bench/jit.sh [N=100000]</pre>
 */
public final class JitReport {

    private static final String ENGINE_PACKAGE = "io.github.corpuscheck.";

    private JitReport() {}

    public static void main(String[] args) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals("corpuscheck.EngineRun")) {
                from = e.getStartTime();
                to = e.getEndTime();
                System.out.printf(Locale.ROOT, "engine run: %,d documents in %,d ms%n", e.getInt("documents"),
                        Duration.between(from, to).toMillis());
            }
        }
        Map<String, long[]> byMethod = new TreeMap<>(); // method -> {compilations, nanoseconds, osr}
        long c2Nanos = 0;
        long c1Nanos = 0;
        int c2 = 0;
        Map<String, Integer> deopts = new TreeMap<>();
        for (RecordedEvent e : events) {
            if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                continue;
            }
            switch (e.getEventType().getName()) {
                case "jdk.Compilation" -> {
                    long nanos = e.getDuration().toNanos();
                    if (e.getInt("compileLevel") < 4) {
                        c1Nanos += nanos;
                        continue;
                    }
                    c2++;
                    c2Nanos += nanos;
                    long[] m = byMethod.computeIfAbsent(name(e.getValue("method")), k -> new long[3]);
                    m[0]++;
                    m[1] += nanos;
                    m[2] += e.getBoolean("isOsr") ? 1 : 0;
                }
                case "jdk.Deoptimization" -> {
                    String engineFrame = firstEngineFrame(e);
                    if (engineFrame != null) {
                        String trap = name(e.getValue("method")) + ":" + e.getInt("lineNumber");
                        deopts.merge(e.getString("reason") + " at " + trap + (trap.startsWith(engineFrame) ? ""
                                : ", in " + engineFrame), 1, Integer::sum);
                    }
                }
                default -> { }
            }
        }
        System.out.printf(Locale.ROOT, "C2 (level 4) compilations during the run: %d, %,d ms of compiler-thread wall time;"
                + " C1 (levels 1-3): %,d ms%n", c2, c2Nanos / 1_000_000, c1Nanos / 1_000_000);
        System.out.println("C2 time by method (ms, compilations of which on-stack replacements):");
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(byMethod.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, long[]> r) -> -r.getValue()[1]).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, long[]> r : rows.subList(0, Math.min(top, rows.size()))) {
            long[] m = r.getValue();
            System.out.printf(Locale.ROOT, "%7.1f  %dx (%d OSR)  %s%n", m[1] / 1e6, m[0], m[2], r.getKey());
        }
        System.out.printf(Locale.ROOT, "deoptimisations with engine code on the stack: %d%n",
                deopts.values().stream().mapToInt(Integer::intValue).sum());
        deopts.forEach((k, v) -> System.out.printf(Locale.ROOT, "%4d  %s%n", v, k));
    }

    private static String name(RecordedMethod m) {
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }

    /** The innermost frame of the engine's own code, as {@code Class.method:line}, or null. */
    private static String firstEngineFrame(RecordedEvent e) {
        if (e.getStackTrace() == null) {
            return null;
        }
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith(ENGINE_PACKAGE) && !type.startsWith(ENGINE_PACKAGE + "bench.")) {
                return name(f.getMethod()) + ":" + f.getLineNumber();
            }
        }
        return null;
    }
}
