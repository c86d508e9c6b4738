package io.github.corpuscheck.bench;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.run.CheckSuite;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the per-document time goes: CPU microseconds per document of reading and of each check's analysis, on one
 * thread, over N synthetic articles (as bench/run.sh makes them), after warm-up rounds. A profiling aid; the
 * throughput figure of record is {@link DuplicateBenchmark}'s cold run.
 */
public final class AnalyzeCost {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path reuters = Path.of(System.getProperty("bench.reuters", "../shared/corpora/reuters21578/reuters21578.jsonl.gz"));
        Path dir = Files.createTempDirectory("analyze-cost");
        new SyntheticNewsCorpus(n, 42, reuters).write(dir.resolve("news.jsonl"));
        CorpusReader reader = new CorpusReader(new ReaderOptions(dir, List.of(), List.of(), InputFormat.AUTO,
                StandardCharsets.UTF_8, FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<CorpusCheck<?>> checks = CheckSuite.standard(MetadataConfig.defaults(), DuplicateConfig.defaults(),
                TruncationConfig.defaults(), BoilerplateConfig.defaults());
        for (int round = 1; round <= rounds; round++) {
            List<Document> docs = new ArrayList<>(n);
            long r0 = cpu.getCurrentThreadCpuTime();
            reader.read(docs::add, b -> { });
            long read = cpu.getCurrentThreadCpuTime() - r0;
            long[] spent = new long[checks.size()];
            for (Document doc : docs) {
                DocumentScratch scratch = new DocumentScratch();
                for (int i = 0; i < checks.size(); i++) {
                    long t = cpu.getCurrentThreadCpuTime();
                    checks.get(i).analyze(doc, scratch, b -> { });
                    spent[i] += cpu.getCurrentThreadCpuTime() - t;
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d: read %.1f", round, read / 1e3 / n));
            long total = read;
            for (int i = 0; i < checks.size(); i++) {
                line.append(String.format(Locale.ROOT, ", %s %.1f", checks.get(i).getClass().getSimpleName(), spent[i] / 1e3 / n));
                total += spent[i];
            }
            System.out.println(line.append(String.format(Locale.ROOT, ", total %.1f µs CPU per document", total / 1e3 / n)));
        }
    }
}
