package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.checks.boilerplate.BoilerplateCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.engine.InMemorySource;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ReportContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    /** 400 documents over many engine batches: unique texts, exact copies, editions and chains. */
    static InMemorySource corpus() {
        Random rnd = new Random(7);
        InMemorySource c = InMemorySource.inOneFile("corpus.jsonl");
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "v" + Integer.toString(i * 104729 + 17, 36);
        }
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int kind = i % 10;
            Random r = kind >= 7 && i >= 10 ? new Random(i - kind) : rnd; // 7..9 derive from an earlier document
            for (int p = 0; p < 6; p++) {
                for (int w = 0; w < 25; w++) {
                    sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(' ');
                }
                sb.append('\n');
            }
            if (kind == 8) {
                sb.append("an extra closing paragraph that only this edition carries with several more words\n");
            }
            c.add(String.format("doc-%03d", i), Map.of("date", "2024-01-0" + (1 + i % 9)), sb.toString());
        }
        return c;
    }

    /**
     * The duplicates section lists clusters by id, whichever worker built them, and every non-representative member
     * has exactly one finding pointing at its cluster's representative.
     */
    @Test
    void sectionIsSortedByIdAndMatchesTheFindings() throws Exception {
        CheckResult r = DuplicateCheckTest.run(corpus(), DuplicateConfig.defaults(), 2);
        List<DuplicateClustersSection.Cluster> clusters = DuplicateCheckTest.section(r);
        assertTrue(clusters.size() > 20, "clusters: " + clusters.size());
        Map<String, String> expected = new java.util.TreeMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            String id = clusters.get(i).id();
            if (i > 0) {
                assertTrue(ClusterBuilder.compareIds(clusters.get(i - 1).id(), id) < 0, id);
            }
            for (DuplicateClustersSection.Member m : clusters.get(i).members()) {
                expected.put(m.document(), id);
            }
        }
        Map<String, String> found = new java.util.TreeMap<>();
        for (var f : r.findings()) {
            if (f.ruleId().startsWith("duplicate.")) {
                assertEquals(null, found.put(f.document(), f.related().get(0)), f.document());
            }
        }
        assertEquals(expected, found);
    }

    @Test
    void reportIsByteIdenticalAcrossThreadCounts(@TempDir Path tmp) throws Exception {
        byte[][] reports = new byte[3][];
        int[] threads = {1, 2, 2};
        for (int k = 0; k < 3; k++) {
            CheckResult r = DuplicateCheckTest.run(corpus(), DuplicateConfig.defaults(), threads[k]);
            Path out = tmp.resolve("run" + k);
            new JsonReportWriter().write(r, new ReportContext(out, tmp, tmp, "test"));
            reports[k] = Files.readAllBytes(out.resolve("report.json"));
            if (k == 0) {
                List<?> dups = DuplicateCheckTest.duplicates(r);
                assertTrue(dups.size() > 50, "expected many duplicates, got " + dups.size());
                assertTrue(new String(reports[k]).contains("\"duplicates\": {\n    \"clusters\": ["), "duplicates section");
            }
        }
        assertArrayEquals(reports[0], reports[1]);
        assertArrayEquals(reports[1], reports[2]);
    }

    @Test
    void spilledShingleSetsGiveTheSameReportAsReReadingAndLeaveNoFile(@TempDir Path tmp) throws Exception {
        InMemorySource corpus = corpus();
        // Editions whose last paragraph the boilerplate check cuts inline: the spill holds the cut text's shingles.
        String body = "the council voted on tuesday to close the old harbour bridge for repairs lasting two years\n"
                + "traffic will be diverted over the northern ring road the mayor said at a press conference\n";
        corpus.add("cut-1", Map.of(), body + "repairs start in may and will cost 40 million euros. READ MORE: Harbour plans\n");
        corpus.add("cut-2", Map.of(), body + "repairs start in may and will cost 40 million euros, the city said.\n");
        Path spillDir = tmp.resolve("spill");
        DuplicateCheck spilling = new DuplicateCheck(DuplicateConfig.builder().spillDirectory(spillDir).build());
        List<CorpusCheck<?>> checks = List.of(
                new BoilerplateCheck(BoilerplateConfig.defaults()), spilling);
        CheckResult withSpill = new CorpusEngine().run(new CheckRequest(
                corpus, "mem", checks, null, null, null, 2, null));
        List<CorpusCheck<?>> plain = List.of(
                new BoilerplateCheck(BoilerplateConfig.defaults()), new DuplicateCheck(DuplicateConfig.defaults()));
        CheckResult reread = new CorpusEngine().run(new CheckRequest(
                corpus, "mem", plain, null, null, null, 2, null));
        byte[][] reports = new byte[2][];
        CheckResult[] results = {withSpill, reread};
        for (int k = 0; k < 2; k++) {
            Path out = tmp.resolve("report" + k);
            new JsonReportWriter().write(results[k], new ReportContext(out, tmp, tmp, "test"));
            reports[k] = Files.readAllBytes(out.resolve("report.json"));
        }
        assertEquals(new String(reports[1]), new String(reports[0]));
        // Every candidate pair was verified from the spill (no document came from a cache).
        Object candidates = ((Map<?, ?>) withSpill.summary().get("duplicates")).get("candidatePairs");
        assertEquals(candidates, spilling.pairsFromSpill);
        assertTrue(spilling.pairsFromSpill >= 40, "pairs verified from the spill: " + spilling.pairsFromSpill);
        assertTrue(DuplicateCheckTest.duplicates(withSpill).stream().anyMatch(f -> f.document().equals("cut-1")),
                "the inline-cut edition is a duplicate");
        try (Stream<Path> left = Files.list(spillDir)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
