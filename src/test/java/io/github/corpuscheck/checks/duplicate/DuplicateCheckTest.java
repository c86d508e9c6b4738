package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.CorpusPhaseCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.engine.InMemorySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DuplicateCheckTest {

    static final Rule UNDATED = new Rule("test.undated", Severity.ERROR, "No date field.");

    /** Reports an error for documents without a date (standing in for metadata.missing). */
    static final class UndatedProbe implements CorpusCheck<Void> {
        @Override
        public List<Rule> rules() {
            return List.of(UNDATED);
        }

        @Override
        public Void analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            if (doc.field("date") == null) {
                sink.report(Finding.about(UNDATED, doc).message("No date."));
            }
            return null;
        }
    }

    /** Captures the published clusters. */
    static final class ResultsProbe extends CorpusPhaseCheck {
        final AtomicReference<DuplicateResults> results = new AtomicReference<>();

        @Override
        public void finish(CorpusContext context, FindingSink sink) {
            results.set(context.result(DuplicateResults.class).orElse(null));
        }
    }

    static String resource(String name) {
        try (InputStream in = DuplicateCheckTest.class.getResourceAsStream("/duplicate/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(String name) {
        return Arrays.stream(resource(name).split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /** The complete edition: the shared paragraphs and a two-paragraph ending. */
    static String editionComplete() {
        List<String> p = new ArrayList<>(lines("shared.txt"));
        p.addAll(lines("ending.txt"));
        return String.join("\n", p) + "\n";
    }

    /** The other edition: an inserted section, no ending, and a trailer. */
    static String editionLong() {
        List<String> shared = lines("shared.txt");
        List<String> p = new ArrayList<>(shared.subList(0, 6));
        p.addAll(lines("extra.txt"));
        p.addAll(shared.subList(6, shared.size()));
        p.addAll(lines("trailer.txt"));
        return String.join("\n", p) + "\n";
    }

    static CheckResult run(InMemorySource corpus, DuplicateConfig config, int threads, CorpusCheck<?>... extra)
            throws IOException {
        List<CorpusCheck<?>> checks = new ArrayList<>(List.of(new UndatedProbe(), new DuplicateCheck(config)));
        checks.addAll(List.of(extra));
        return new CorpusEngine().run(new CheckRequest(corpus, "mem", checks, null, null, null, threads, null));
    }

    static List<Finding> duplicates(CheckResult r) {
        return r.findings().stream().filter(f -> f.rule().family().equals("duplicate")).toList();
    }

    @Test
    void editionsOfOneStoryAreNearDuplicatesOfTheCompleteDatedEdition() throws IOException {
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("kelby-long", editionLong())
                .add("kelby-complete", Map.of("date", "2024-03-03"), editionComplete());
        ResultsProbe probe = new ResultsProbe();
        CheckResult r = run(corpus, DuplicateConfig.defaults(), 2, probe);

        List<Finding> dups = duplicates(r);
        assertEquals(1, dups.size(), dups.toString());
        Finding f = dups.get(0);
        assertEquals("duplicate.near", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("kelby-long", f.document());
        assertEquals(List.of("kelby-complete"), f.related());
        Map<String, Object> e = f.evidence();
        assertEquals(10, e.get("sharedParagraphs"));
        assertEquals(2, e.get("clusterSize"));
        assertEquals("paragraphs", e.get("basis"));
        // Like the AFP seeds: Jaccard well under 0.8, under 0.8 of the complete edition is in the other one.
        assertEquals(0.5656, e.get("jaccard"));
        assertEquals(0.6803, e.get("containmentOfDocument"));
        assertEquals(0.7703, e.get("containmentOfRepresentative"));
        // The report's cluster says the same.
        assertEquals(List.of(new DuplicateClustersSection.Cluster("kelby-complete",
                        List.of(new DuplicateClustersSection.Member("kelby-long", "duplicate.near", 0.5656, 0.6803, 0.7703, 10)))),
                section(r));

        DuplicateResults res = probe.results.get();
        assertEquals(1, res.representativeOf(0));
        assertEquals(1, res.representativeOf(1));
        assertArrayEquals(new int[] {0, 1}, res.membersOf(1));
        assertArrayEquals(new int[0], res.membersOf(0));
        assertEquals(16, res.paragraphHashes(0).length);
        assertEquals(13, res.paragraphHashes(1).length);
        assertEquals(res.paragraphHashes(0)[0], res.paragraphHashes(1)[0]);
    }

    @Test
    void membersOfListsAClusterThatDoesNotStartAtTheFirstDocument() throws IOException {
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("a-other", Map.of("date", "2024-03-03"), String.join("\n", lines("extra.txt")))
                .add("kelby-long", editionLong())
                .add("kelby-complete", Map.of("date", "2024-03-03"), editionComplete());
        ResultsProbe probe = new ResultsProbe();
        run(corpus, DuplicateConfig.defaults(), 1, probe);

        DuplicateResults res = probe.results.get();
        assertEquals(2, res.representativeOf(1));
        assertArrayEquals(new int[] {1, 2}, res.membersOf(2));
        assertArrayEquals(new int[0], res.membersOf(1));
        assertArrayEquals(new int[0], res.membersOf(0));
    }

    @Test
    void longestPolicyMakesTheLongerEditionTheRepresentative() throws IOException {
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("kelby-long", editionLong())
                .add("kelby-complete", Map.of("date", "2024-03-03"), editionComplete());
        CheckResult r = run(corpus, DuplicateConfig.builder().representative(RepresentativePolicy.LONGEST).build(), 1);
        List<Finding> dups = duplicates(r);
        assertEquals(1, dups.size());
        assertEquals("kelby-complete", dups.get(0).document());
        assertEquals(List.of("kelby-long"), dups.get(0).related());
    }

    @Test
    void editionsAreMissedWhenParagraphEvidenceIsSwitchedOff() throws IOException {
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("kelby-long", editionLong())
                .add("kelby-complete", Map.of("date", "2024-03-03"), editionComplete());
        CheckResult r = run(corpus, DuplicateConfig.builder().editionParagraphs(11).build(), 1);
        assertEquals(List.of(), duplicates(r));
    }

    @Test
    void copyWithOtherCaseAndWhitespaceIsAnExactDuplicate() throws IOException {
        String text = editionComplete();
        String shouted = text.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ").replace("\n", " \n\n");
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("a-copy", Map.of("date", "2024-03-03"), shouted)
                .add("b-original", Map.of("date", "2024-03-03"), text)
                .add("c-other", Map.of("date", "2024-03-03"), String.join("\n", lines("extra.txt")));
        CheckResult r = run(corpus, DuplicateConfig.defaults(), 2);
        List<Finding> dups = duplicates(r);
        assertEquals(1, dups.size(), dups.toString());
        Finding f = dups.get(0);
        assertEquals("duplicate.exact", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        // Same errors and same normalised length: the smaller id represents the cluster.
        assertEquals("b-original", f.document());
        assertEquals(List.of("a-copy"), f.related());
        assertEquals(1.0, f.evidence().get("jaccard"));
        assertEquals(13, f.evidence().get("sharedParagraphs"));

        CheckResult strict = run(corpus, DuplicateConfig.builder().caseFolding(false).build(), 1);
        List<Finding> strictDups = duplicates(strict);
        // Without case folding the copy no longer matches at all (every shingle differs).
        assertEquals(List.of(), strictDups);
    }

    /** The clusters of the report's duplicates section. */
    static List<DuplicateClustersSection.Cluster> section(CheckResult r) {
        return r.section(DuplicateClustersSection.class).orElseThrow().clusters();
    }

    static List<String> memberIds(DuplicateClustersSection.Cluster cluster) {
        return cluster.members().stream().map(DuplicateClustersSection.Member::document).toList();
    }

    @Test
    void largeClustersListTheirMembersInNaturalIdOrder() throws IOException {
        // 20 copies, added in reverse: the cluster's 19 members (more than insertion sort takes) come out as 2..20.
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl");
        for (int id = 20; id >= 1; id--) {
            corpus.add(String.valueOf(id), Map.of("date", "2024-03-03"), editionComplete());
        }
        CheckResult r = run(corpus, DuplicateConfig.defaults(), 2);
        List<DuplicateClustersSection.Cluster> clusters = section(r);
        assertEquals(1, clusters.size());
        assertEquals("1", clusters.get(0).representative());
        List<String> expected = new ArrayList<>();
        for (int id = 2; id <= 20; id++) {
            expected.add(String.valueOf(id));
        }
        assertEquals(expected, memberIds(clusters.get(0)));
    }

    @Test
    void theBestOfManyEditionsRepresentsTheirCluster() throws IOException {
        // 18 editions, each the complete one plus k added sentences: one component of 18 units (more than insertion
        // sort takes); the longest edition, k = 18, is the most complete and becomes the representative.
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl");
        for (int k = 1; k <= 18; k++) {
            StringBuilder extra = new StringBuilder();
            for (int s = 1; s <= k; s++) {
                extra.append("Addendum ").append(s).append(" names the harbour pilot on duty that evening. ");
            }
            corpus.add(String.format("e%02d", k), Map.of("date", "2024-03-03"), editionComplete() + extra + "\n");
        }
        CheckResult r = run(corpus, DuplicateConfig.defaults(), 2);
        List<DuplicateClustersSection.Cluster> clusters = section(r);
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals("e18", clusters.get(0).representative());
        assertEquals(17, memberIds(clusters.get(0)).size());
    }

    @Test
    void templatedBriefsDifferingInAFigureAreNotDuplicates() throws IOException {
        String brief = "Halvard Metals Co, a unit of Osterby Mining Corp, said it is lowering its zinc ingot price by %s cent"
                + " to 61.25 cents a lb, effective immediately, and that the change applies to all contracts.";
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("brief-1", Map.of("date", "2024-04-01"), String.format(brief, "0.25"))
                .add("brief-2", Map.of("date", "2024-04-07"), String.format(brief, "0.50"))
                .add("brief-3", Map.of("date", "2024-04-09"), String.format(brief, "0.25") + " Reuter");
        CheckResult r = run(corpus, DuplicateConfig.defaults(), 1);
        List<Finding> dups = duplicates(r);
        // brief-3 is brief-1 plus a sign-off: same figures, so it is a near duplicate; brief-2 is another story.
        assertEquals(1, dups.size(), dups.toString());
        assertEquals("brief-1", dups.get(0).document());
        assertEquals(List.of("brief-3"), dups.get(0).related());

        CheckResult noVeto = run(corpus, DuplicateConfig.builder().templateWords(0).build(), 1);
        assertEquals(2, duplicates(noVeto).size(), duplicates(noVeto).toString());
    }

    @Test
    void briefsDifferingInANumberWordAreNotDuplicates() throws IOException {
        String brief = "There were %s grain ships loading and four ships were waiting to load at Kelby harbour, according"
                + " to the Kelby Merchants Exchange, which publishes the figures every morning.";
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("ships-1", Map.of("date", "2024-04-01"), String.format(brief, "six"))
                .add("ships-2", Map.of("date", "2024-04-02"), String.format(brief, "seven"));
        assertEquals(List.of(), duplicates(run(corpus, DuplicateConfig.defaults(), 1)));
        assertEquals(1, duplicates(run(corpus, DuplicateConfig.builder().templateWords(0).build(), 1)).size());
    }

    @Test
    void shortTextsAreNotComparedButCounted() throws IOException {
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("s1", Map.of("date", "2024-01-01"), "Trading in Kelby shares was halted pending an announcement.")
                .add("s2", Map.of("date", "2024-01-01"), "Trading in Kelby shares was halted pending an announcement today.")
                .add("s3", Map.of("date", "2024-01-01"), "TRADING in Kelby shares was halted pending an announcement.")
                .add("long", Map.of("date", "2024-01-01"), editionComplete());
        CheckResult r = run(corpus, DuplicateConfig.defaults(), 1);
        List<Finding> dups = duplicates(r);
        assertEquals(1, dups.size(), dups.toString());
        assertEquals("duplicate.exact", dups.get(0).ruleId());
        assertEquals("s3", dups.get(0).document());
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) r.summary().get("duplicates");
        assertEquals(3, summary.get("skippedShort"));
        assertEquals(0, summary.get("candidatePairs"));

        CheckResult compared = run(corpus, DuplicateConfig.builder().minWords(5).build(), 1);
        assertEquals(2, duplicates(compared).size(), duplicates(compared).toString());
    }

    /** 100 made-up words starting at {@code from}. */
    static String words(int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + 100; i++) {
            sb.append("w").append(Integer.toString(i * 7919, 36)).append(i % 10 == 9 ? ". " : " ");
        }
        return sb.toString().strip();
    }

    @Test
    void chainedMatchesAreNotJoinedThroughTheMiddle() throws IOException {
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("a", Map.of("date", "2024-01-01"), words(0))
                .add("b", Map.of("date", "2024-01-01"), words(15))
                .add("c", Map.of("date", "2024-01-01"), words(30));
        ResultsProbe probe = new ResultsProbe();
        CheckResult r = run(corpus, DuplicateConfig.builder().representative(RepresentativePolicy.FIRST_ID).build(), 1, probe);
        List<Finding> dups = duplicates(r);
        assertEquals(1, dups.size(), dups.toString());
        assertEquals("b", dups.get(0).document());
        assertEquals(List.of("a"), dups.get(0).related());
        assertEquals("containment", dups.get(0).evidence().get("basis"));
        assertEquals(-1, probe.results.get().representativeOf(2));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) r.summary().get("duplicates");
        assertEquals(3, summary.get("candidatePairs"));
        assertEquals(2, summary.get("verifiedNearPairs"));
    }
}
