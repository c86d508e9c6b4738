package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.ScratchKeys;
import io.github.corpuscheck.checks.boilerplate.BoilerplateCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.engine.ParagraphHash;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Runs the truncation families over a folder with the plugin's reader, optionally with fake duplicate clusters. */
final class TruncationRuns {

    static final Path FIXTURES = Path.of("src/test/resources/truncation");

    private TruncationRuns() {}

    /** The boilerplate check with its defaults, the clusters, then truncation. */
    static CheckResult run(Path dir, TruncationConfig config, List<List<String>> clusters, int threads) throws Exception {
        return run(dir, config, BoilerplateConfig.defaults(), clusters, threads);
    }

    /**
     * The boilerplate check (which strips trailers and publishes its stripper, as in the standard suite), the
     * clusters, then truncation.
     */
    static CheckResult run(Path dir, TruncationConfig config, BoilerplateConfig boilerplate, List<List<String>> clusters,
            int threads) throws Exception {
        return run(dir, new BoilerplateCheck(boilerplate), config, clusters, threads);
    }

    /** As {@link #run(Path, TruncationConfig, List, int)} with the given check in place of the boilerplate check. */
    static CheckResult run(Path dir, CorpusCheck<?> boilerplate, TruncationConfig config, List<List<String>> clusters,
            int threads) throws Exception {
        return run(dir, boilerplate, config, clusters, threads, null);
    }

    /**
     * As {@link #run(Path, CorpusCheck, TruncationConfig, List, int)}, with services published into the corpus
     * phase's context as a run on a cluster publishes its searches.
     */
    static CheckResult run(Path dir, CorpusCheck<?> boilerplate, TruncationConfig config, List<List<String>> clusters,
            int threads, Map<Class<?>, Object> services) throws Exception {
        CorpusReader reader = new CorpusReader(new ReaderOptions(dir, List.of(), List.of(), InputFormat.AUTO,
                StandardCharsets.UTF_8, FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        List<CorpusCheck<?>> checks = new ArrayList<>();
        checks.add(boilerplate);
        if (clusters != null) {
            checks.add(new FakeDuplicates(clusters));
        }
        checks.add(new TruncationCheck(config));
        CorpusEngine engine = services == null ? new CorpusEngine() : CorpusEngine.replaying(Map.of(), services);
        return engine.run(new CheckRequest(reader, "fixtures", checks, RuleSettings.defaults(), List.of(),
                Set.of(), threads, null));
    }

    /** Document id to the sorted "rule[trigger]" labels of its truncation and boilerplate findings. */
    static Map<String, List<String>> labels(CheckResult result) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.rule().family().equals("input")) {
                continue;
            }
            out.computeIfAbsent(f.document(), k -> new ArrayList<>())
                    .add(f.ruleId() + "[" + f.evidence().get("trigger") + "]");
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    static Finding only(CheckResult result, String doc, String ruleId) {
        List<Finding> found = result.findings().stream()
                .filter(f -> doc.equals(f.document()) && f.ruleId().equals(ruleId)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + ruleId + " on " + doc + " but got " + found);
        }
        return found.get(0);
    }

    /**
     * Stands in for the duplicate check: hashes the stripped body paragraphs as the DuplicateResults contract says,
     * and publishes the clusters given by document id (first id = representative).
     */
    static final class FakeDuplicates implements CorpusCheck<long[]> {
        private final List<List<String>> clusters;
        private final Map<Integer, long[]> hashes = new HashMap<>();

        FakeDuplicates(List<List<String>> clusters) {
            this.clusters = clusters;
        }

        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public long[] analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            List<Paragraph> body = scratch.get(ScratchKeys.BODY_PARAGRAPHS);
            return body.stream().mapToLong(p -> ParagraphHash.of(p.text())).toArray();
        }

        @Override
        public void collect(int documentIndex, long[] state) {
            hashes.put(documentIndex, state);
        }

        @Override
        public void finish(CorpusContext context, FindingSink sink) {
            Map<String, Integer> byId = new HashMap<>();
            for (int i = 0; i < context.documents().size(); i++) {
                byId.put(context.documents().id(i), i);
            }
            Map<Integer, Integer> rep = new HashMap<>();
            Map<Integer, int[]> members = new HashMap<>();
            for (List<String> cluster : clusters) {
                int[] idx = cluster.stream().mapToInt(byId::get).toArray();
                int r = idx[0];
                for (int i : idx) {
                    rep.put(i, r);
                }
                members.put(r, java.util.Arrays.stream(idx).sorted().toArray());
            }
            context.publish(DuplicateResults.class, new DuplicateResults() {
                @Override
                public int representativeOf(int documentIndex) {
                    return rep.getOrDefault(documentIndex, -1);
                }

                @Override
                public int[] membersOf(int representativeIndex) {
                    return members.get(representativeIndex);
                }

                @Override
                public long[] paragraphHashes(int documentIndex) {
                    return hashes.getOrDefault(documentIndex, new long[0]);
                }
            });
        }
    }
}
