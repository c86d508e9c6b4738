package io.github.corpuscheck.bench;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.engine.CheckResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The duplicate benchmark: generates a deterministic synthetic corpus of N news-like articles with a known
 * duplicate structure ({@link SyntheticNewsCorpus}), writes it as JSON Lines to a temporary folder, runs the engine
 * once, cold, with all standard checks, and prints throughput, peak heap and recall/precision of the duplicate
 * findings.
 *
 * <pre>bench/run.sh 100000 [--gz] [--threads N] [--keep]</pre>
 */
public final class DuplicateBenchmark {

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** The known duplicate structure of a generated corpus: each document's family and kind. */
    private record Structure(int[] families, SyntheticNewsCorpus.Kind[] kinds) {
        int family(int i) {
            return families[i];
        }

        SyntheticNewsCorpus.Kind kind(int i) {
            return kinds[i];
        }
    }

    /**
     * Generates the corpus into {@code file} and keeps only its structure: the generator's raw material (≈ 2 million
     * strings, 120 MB) is garbage before the measured run, as it would not be in the heap of a plugin's JVM. Held
     * through the run, it filled the old generation enough for G1 to start concurrent cycles (0.4–0.7 s of CPU).
     */
    private static Structure generate(int n, Path reuters, Path file) throws java.io.IOException {
        long t0 = System.nanoTime();
        SyntheticNewsCorpus corpus = new SyntheticNewsCorpus(n, 42, reuters);
        long written = corpus.write(file);
        // Flush the new file to disk now, so the kernel's write-back does not compete with the measured run.
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        System.out.printf(Locale.ROOT, "generated %,d documents (%,d raw sentences) in %.1f s: %s, %.1f MB%n", n,
                corpus.sentenceCount(), (System.nanoTime() - t0) / 1e9, file, written / 1e6);
        int[] families = new int[n];
        SyntheticNewsCorpus.Kind[] kinds = new SyntheticNewsCorpus.Kind[n];
        for (int i = 0; i < n; i++) {
            families[i] = corpus.family(i);
            kinds[i] = corpus.kind(i);
        }
        return new Structure(families, kinds);
    }

    /** This process's user and system CPU time in clock ticks (1/100 s) from /proc, or {@code null} off Linux. */
    private static long[] userSystemTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])}; // fields 14 and 15 of proc(5)
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        boolean gz = false;
        boolean keep = false;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--gz" -> gz = true;
                case "--keep" -> keep = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path reuters = Path.of(System.getProperty("bench.reuters", "../shared/corpora/reuters21578/reuters21578.jsonl.gz"));
        Path dir = Files.createTempDirectory("dup-bench");
        Path file = dir.resolve(gz ? "news.jsonl.gz" : "news.jsonl");
        Structure corpus = generate(n, reuters, file);
        Map<SyntheticNewsCorpus.Kind, Integer> kinds = new EnumMap<>(SyntheticNewsCorpus.Kind.class);
        for (int i = 0; i < n; i++) {
            kinds.merge(corpus.kind(i), 1, Integer::sum);
        }
        System.out.println("structure " + kinds);

        System.gc();
        // Peak heap in use, sampled every 20 ms (summing per-pool peaks would add peaks of different moments).
        long[] peakUsed = {0};
        Thread sampler = new Thread(() -> {
            java.lang.management.MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed[0] = Math.max(peakUsed[0], mem.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long[] userSys0 = userSystemTicks();
        long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc0 = gcMillis();
        Map<String, Long> threads0 = ThreadCpu.byName();
        double load0 = os.getSystemLoadAverage();
        // As the plugin does (its output directory): exact shingle sets spill to a temporary file, outside the corpus.
        Path work = Files.createTempDirectory("dup-bench-work");
        // -Dbench.spill=false: verify candidate pairs and read prefix-of endings by re-reading documents instead.
        boolean spill = !"false".equals(System.getProperty("bench.spill"));
        // When each tenth of the documents was analysed: a cold run starts slowly, while the JIT compiles the hot code.
        long engineStart = System.nanoTime();
        long[] tenths = new long[10];
        int tenth = Math.max(1, n / 10);
        LongConsumer progress = done -> {
            for (int k = 0; k < 10 && (k + 1L) * tenth <= done; k++) {
                if (tenths[k] == 0) {
                    tenths[k] = System.nanoTime() - engineStart;
                }
            }
        };
        EngineRunEvent run = new EngineRunEvent(); // the window bench/jit.sh reports on (free without a recording)
        run.begin();
        CheckResult r = BenchSupport.runStandard(dir, DuplicateConfig.builder().spillDirectory(spill ? work : null).build(),
                TruncationConfig.builder().spillDirectory(spill ? work : null).build(), threads, progress);
        run.documents = r.documents();
        run.commit();
        try (java.util.stream.Stream<Path> left = Files.list(work)) {
            if (left.findAny().isPresent()) {
                throw new IllegalStateException("The duplicate check left a temporary file in " + work);
            }
        }
        Files.delete(work);
        double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        long[] userSys1 = userSystemTicks();
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
        long gcMillis = gcMillis() - gc0;
        Map<String, Long> threadCpu = ThreadCpu.since(threads0);
        sampler.interrupt();
        sampler.join();
        long peak = peakUsed[0];
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                oldPeak = pool.getPeakUsage().getUsed();
            }
        }
        long millis = Math.max(1, r.engineMillis());
        System.out.printf(Locale.ROOT, "engine %,d ms (threads %d, max heap %d MB): %,.0f documents/s, %.1f MB/s, peak heap %.0f MB (old generation peak %.0f MB)%n",
                millis, threads, Runtime.getRuntime().maxMemory() >> 20, r.documents() * 1000.0 / millis,
                r.bytes() / 1e6 / (millis / 1000.0), peak / 1e6, oldPeak / 1e6);
        System.out.println("timings " + r.timings());
        StringBuilder curve = new StringBuilder();
        for (int k = 0; k < 10; k++) {
            curve.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%d%% %.2f s", (k + 1) * 10, tenths[k] / 1e9));
        }
        System.out.println("documents analysed by time: " + curve);
        // The machine may be shared: CPU time shows what the run itself cost, whatever else was running.
        System.out.printf(Locale.ROOT, "process CPU during the engine run %.1f s (%,.0f documents per CPU-second);"
                + " system load average before/after %.1f/%.1f on %d cores%n", cpuSeconds, r.documents() / cpuSeconds,
                load0, os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        if (userSys0 != null && userSys1 != null) {
            System.out.printf(Locale.ROOT, "of which user %.2f s, system %.2f s (the kernel: file reads, spill writes, fresh heap pages)%n",
                    (userSys1[0] - userSys0[0]) / 100.0, (userSys1[1] - userSys0[1]) / 100.0);
        }
        // A cold run pays for compiling the hot code (JIT threads share the same cores) and for garbage collection.
        System.out.printf(Locale.ROOT, "JIT compilation %.1f s, garbage collection %.1f s (wall time of those tasks)%n",
                jitMillis / 1e3, gcMillis / 1e3);
        if (!threadCpu.isEmpty()) {
            System.out.println("CPU seconds by thread " + ThreadCpu.format(threadCpu));
        }
        System.out.println("summary " + r.summary().get("duplicates"));

        // Expected: every family (an original and the documents derived from it) of k documents yields k-1 findings.
        int[] familySize = new int[n];
        for (int i = 0; i < n; i++) {
            familySize[corpus.family(i)]++;
        }
        long expected = 0;
        for (int s : familySize) {
            expected += Math.max(0, s - 1);
        }
        long found = 0;
        long correct = 0;
        Map<String, Integer> wrongByKind = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            if (!f.ruleId().startsWith("duplicate.")) {
                continue;
            }
            found++;
            int d = SyntheticNewsCorpus.index(f.document());
            int rep = SyntheticNewsCorpus.index(f.related().get(0));
            if (corpus.family(d) == corpus.family(rep)) {
                correct++;
            } else {
                wrongByKind.merge(corpus.kind(d) + "->" + corpus.kind(rep), 1, Integer::sum);
            }
        }
        long exactFindings = r.findings().stream().filter(f -> f.ruleId().equals("duplicate.exact")).count();
        System.out.printf(Locale.ROOT, "duplicate findings %,d (exact %,d), expected %,d, correct %,d: recall %.4f, precision %.4f%n",
                found, exactFindings, expected, correct, expected == 0 ? 1.0 : (double) correct / expected,
                found == 0 ? 1.0 : (double) correct / found);
        if (!wrongByKind.isEmpty()) {
            System.out.println("wrong findings by kind " + wrongByKind);
        }
        if (!keep) {
            Files.delete(file);
            Files.delete(dir);
        } else {
            System.out.println("kept " + file);
        }
    }
}
