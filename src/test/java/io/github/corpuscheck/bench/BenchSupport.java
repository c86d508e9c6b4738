package io.github.corpuscheck.bench;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.run.CheckSuite;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Shared by the benchmark and the Reuters measurement: run the engine with all standard checks on a folder. */
final class BenchSupport {

    private BenchSupport() {}

    static CheckResult runStandard(Path folder, DuplicateConfig duplicates, int threads) throws IOException {
        return runStandard(folder, duplicates, TruncationConfig.defaults(), threads);
    }

    static CheckResult runStandard(Path folder, DuplicateConfig duplicates, TruncationConfig truncation, int threads)
            throws IOException {
        return runStandard(folder, duplicates, truncation, threads, null);
    }

    /** As above; {@code progress} hears the number of documents analysed so far. */
    static CheckResult runStandard(Path folder, DuplicateConfig duplicates, TruncationConfig truncation, int threads,
            LongConsumer progress) throws IOException {
        CorpusReader reader = new CorpusReader(new ReaderOptions(folder, List.of(), List.of(), InputFormat.AUTO,
                StandardCharsets.UTF_8, FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        List<CorpusCheck<?>> checks = CheckSuite.standard(MetadataConfig.defaults(), duplicates, truncation,
                BoilerplateConfig.defaults());
        // -Dbench.checks=DuplicateCheck,MetadataCheck runs only those (to see what each costs); default: all.
        String only = System.getProperty("bench.checks", "");
        if (!only.isBlank()) {
            List<String> names = List.of(only.split(","));
            checks = checks.stream().filter(c -> names.contains(c.getClass().getSimpleName())).toList();
        }
        CheckRequest request = new CheckRequest(reader, folder.toString(), checks, null, null, null, threads,
                progress == null ? null : (documents, bytes) -> progress.accept(documents));
        return new CorpusEngine().run(request);
    }

    /** Document id -> its cluster's representative id, for every document in a cluster (representatives too). */
    static Map<String, String> representatives(CheckResult r) {
        Map<String, String> out = new HashMap<>();
        for (DuplicateClustersSection.Cluster c : r.section(DuplicateClustersSection.class)
                .map(DuplicateClustersSection::clusters).orElse(List.of())) {
            out.put(c.representative(), c.representative());
            for (DuplicateClustersSection.Member m : c.members()) {
                out.put(m.document(), c.representative());
            }
        }
        return out;
    }
}
