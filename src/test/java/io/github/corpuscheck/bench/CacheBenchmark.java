package io.github.corpuscheck.bench;

import io.github.corpuscheck.adopt.IgnoreField;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.cache.CacheSettings;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.checks.stats.LengthHistogramCheck;
import io.github.corpuscheck.checks.stats.SharedParagraphsCheck;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.run.CheckSuite;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.CountingSource;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Incremental cache benchmark: the synthetic corpus of {@link DuplicateBenchmark}, the checks of the {@code check}
 * goal, run 1 with an empty cache, run 2 over the unchanged corpus, run 3 without cache (same JVM, warm) for
 * comparison, run 4 after a new modification time, run 5 after an edit to one near duplicate. Prints the engine time
 * of each (as in {@code timing.json}) and how many documents each read and re-read in the corpus phase.
 *
 * <pre>bench/cache.sh 100000 [--threads N]</pre>
 */
public final class CacheBenchmark {

    /** Prepends a sentence to the text of the document on the given line (0-based) of a JSON Lines file. */
    static void editDocument(Path file, int line) throws IOException {
        Path edited = file.resolveSibling(file.getFileName() + ".edited");
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                java.io.BufferedWriter out = Files.newBufferedWriter(edited, StandardCharsets.UTF_8)) {
            int i = 0;
            for (String l; (l = in.readLine()) != null; i++) {
                out.write(i == line ? l.replaceFirst("\"text\":\"", "\"text\":\"Edited for the benchmark. ") : l);
                out.write('\n');
            }
        }
        Files.move(edited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--threads")) {
                threads = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path reuters = Path.of(System.getProperty("bench.reuters", "../shared/corpora/reuters21578/reuters21578.jsonl.gz"));
        SyntheticNewsCorpus corpus = new SyntheticNewsCorpus(n, 42, reuters);
        Path dir = Files.createTempDirectory("cache-bench");
        Path corpusDir = Files.createDirectories(dir.resolve("corpus"));
        Path file = corpusDir.resolve("news.jsonl");
        long written = corpus.write(file);
        // As in CI: the corpus was checked out a while ago, not written a second before the first run.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        System.out.printf(Locale.ROOT, "generated %,d documents, %.1f MB in %s%n", n, written / 1e6, file);
        Path cacheFile = dir.resolve("out/cache/analysis.bin");
        List<String> log = new ArrayList<>();
        CacheSettings cache = new CacheSettings(cacheFile, "bench", log::add);
        String[] names = {"run 1 (empty cache)", "run 2 (unchanged corpus, cache)", "run 3 (no cache, warm JVM)",
            "run 4 (same content, new modification time: content hash, cache)",
            "run 5 (one near duplicate edited, cache)"};
        long[] engine = new long[5];
        int[] findings = new int[5];
        int editLine = 0;
        for (int run = 0; run < 5; run++) {
            if (run == 3) { // as after a fresh checkout
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(1800)));
            }
            if (run == 4) { // the file is read again; finish re-reads only the edited document's pair partners
                editDocument(file, editLine - 1);
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(1200)));
            }
            System.gc();
            CountingSource source = new CountingSource(new CorpusReader(new ReaderOptions(corpusDir, List.of(),
                    List.of(), InputFormat.AUTO, StandardCharsets.UTF_8, FieldMapping.defaults(),
                    ReaderOptions.DEFAULT_MAX_FILE_SIZE)));
            List<CorpusCheck<?>> checks = new ArrayList<>(CheckSuite.standard(MetadataConfig.defaults(),
                    DuplicateConfig.defaults(), TruncationConfig.defaults(), BoilerplateConfig.defaults()));
            checks.add(new IgnoreField());
            checks.add(new LengthHistogramCheck());
            checks.add(new SharedParagraphsCheck());
            CheckResult r = new CorpusEngine(run != 2 ? cache : null).run(new CheckRequest(source, "bench", checks,
                    null, null, null, threads, null));
            engine[run] = r.engineMillis();
            findings[run] = r.findings().size();
            if (run == 0) { // a near duplicate: its pairs are verified again after the edit
                editLine = r.findings().stream().filter(f -> f.ruleId().equals("duplicate.near")).findFirst()
                        .orElseThrow().line();
            }
            System.out.printf(Locale.ROOT, "%s: engine %,d ms, documents read %,d, re-read in finish %,d, findings %,d%n",
                    names[run], r.engineMillis(), source.documentsRead, source.rereadDocuments, r.findings().size());
            System.out.println("  timings " + r.timings());
            if (run == 0) {
                System.out.printf(Locale.ROOT, "  cache file %.1f MB%n", Files.size(cacheFile) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "second run / first run engine time: %.1fx lower; same findings: %b; log %s%n",
                (double) engine[0] / Math.max(1, engine[1]), findings[0] == findings[1] && findings[1] == findings[2] && findings[2] == findings[3], log);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
