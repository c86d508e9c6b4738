package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.BodyStripper;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.checks.boilerplate.BoilerplateCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.engine.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** truncation.prefix-of against duplicate clusters published by a stand-in for the duplicate check. */
class PrefixOfTest {

    static final Path EDITIONS = TruncationRuns.FIXTURES.resolve("editions");
    static final List<List<String>> CLUSTER = List.of(
            List.of("edition-long.txt", "edition-copy.txt", "edition-short.txt", "edition-shortest.txt", "edition-take.txt",
                    "edition-take2.txt"));

    @Test
    void aDocumentStoppingWhereAnotherEditionGoesOnIsReported() throws Exception {
        CheckResult r = TruncationRuns.run(EDITIONS, TruncationConfig.defaults(), CLUSTER, 2);
        assertEquals(Map.of(
                        "edition-short.txt", List.of("boilerplate.trailer[READ MORE:*]", "truncation.prefix-of[prefix-of]"),
                        "edition-shortest.txt", List.of("truncation.prefix-of[prefix-of]"),
                        "edition-take.txt", List.of("truncation.continuation-marker[continuation-marker]",
                                "truncation.prefix-of[prefix-of]"),
                        "edition-take2.txt", List.of("truncation.continuation-marker[continuation-marker]",
                                "truncation.prefix-of[prefix-of]")),
                TruncationRuns.labels(r));
        // A take ending in "MORE" stops at the paragraph before the marker; another take's marker is no continuation.
        Finding take = TruncationRuns.only(r, "edition-take.txt", "truncation.prefix-of");
        assertEquals(List.of("edition-copy.txt"), take.related());
        assertEquals(3, take.evidence().get("followingParagraphs"));
        assertEquals(2, TruncationRuns.only(r, "edition-take2.txt", "truncation.prefix-of").evidence().get("followingParagraphs"));
        Finding shortF = TruncationRuns.only(r, "edition-short.txt", "truncation.prefix-of");
        // Reading order is by path: edition-copy.txt is the lowest other member holding the paragraph.
        assertEquals(List.of("edition-copy.txt"), shortF.related());
        assertEquals(List.of(new Location("edition-copy.txt", 1)), shortF.relatedLocations());
        assertEquals(2, shortF.evidence().get("followingParagraphs"));
        assertEquals("… majority, and the voters must decide,” Varen told reporters outside her office.", shortF.evidence().get("ending"));
        assertEquals("The text stops at a paragraph that edition-copy.txt follows with 2 more paragraphs.", shortF.message());
        Finding shortest = TruncationRuns.only(r, "edition-shortest.txt", "truncation.prefix-of");
        assertEquals(List.of("edition-copy.txt"), shortest.related());
        assertEquals(3, shortest.evidence().get("followingParagraphs"));
    }

    private static List<String> prefixes(CheckResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("truncation.prefix-of"))
                .map(f -> f.document() + "|" + f.message() + "|" + f.relatedLocations() + "|" + f.evidence()).toList();
    }

    @Test
    void aPublishedSearchIsReportedAsFoundAndOneThatDeclinesLeavesTheSearchToTheCheck() throws Exception {
        CheckResult local = TruncationRuns.run(EDITIONS, TruncationConfig.defaults(), CLUSTER, 2);
        int[] calls = {0};
        PrefixSearch declines = (t, c) -> {
            calls[0]++;
            return java.util.Optional.empty();
        };
        CheckResult own = TruncationRuns.run(EDITIONS, new BoilerplateCheck(BoilerplateConfig.defaults()),
                TruncationConfig.defaults(), CLUSTER, 2, Map.of(PrefixSearch.class, declines));
        assertEquals(1, calls[0]);
        assertEquals(prefixes(local), prefixes(own));
        assertEquals(4, prefixes(own).size());

        // a search that found one hit elsewhere, with its ending: the check reports exactly that
        PrefixSearch found = (t, c) -> {
            int doc = -1, other = -1;
            for (int i = 0; i < t.size(); i++) {
                doc = t.id(i).equals("edition-long.txt") ? i : doc;
                other = t.id(i).equals("edition-copy.txt") ? i : other;
            }
            return java.util.Optional.of(List.of(new PrefixSearch.Hit(doc, other, 4, "…the ending, as analysed.")));
        };
        CheckResult searched = TruncationRuns.run(EDITIONS, new BoilerplateCheck(BoilerplateConfig.defaults()),
                TruncationConfig.defaults(), CLUSTER, 2, Map.of(PrefixSearch.class, found));
        assertEquals(List.of("edition-long.txt|The text stops at a paragraph that edition-copy.txt follows with 4 more"
                + " paragraphs.|[Location[file=edition-copy.txt, line=1]]|{trigger=prefix-of, followingParagraphs=4, ending=…the ending, as"
                + " analysed.}"), prefixes(searched));
    }

    @Test
    void outsideAClusterOrWithoutDuplicateResultsNothingIsReported() throws Exception {
        // "unrelated.txt" ends with a paragraph the editions hold mid-text, but it is in no cluster.
        CheckResult none = TruncationRuns.run(EDITIONS, TruncationConfig.defaults(), List.of(), 1);
        assertEquals(Map.of("edition-short.txt", List.of("boilerplate.trailer[READ MORE:*]"),
                "edition-take.txt", List.of("truncation.continuation-marker[continuation-marker]"),
                "edition-take2.txt", List.of("truncation.continuation-marker[continuation-marker]")), TruncationRuns.labels(none));
        CheckResult absent = TruncationRuns.run(EDITIONS, TruncationConfig.defaults(), null, 1);
        assertEquals(TruncationRuns.labels(none), TruncationRuns.labels(absent));
    }

    @Test
    void unrelatedInTheClusterIsReportedOnlyWhenItsEndingGoesOnElsewhere() throws Exception {
        List<List<String>> withUnrelated = List.of(List.of("edition-long.txt", "unrelated.txt"));
        CheckResult r = TruncationRuns.run(EDITIONS, TruncationConfig.defaults(), withUnrelated, 1);
        assertEquals(List.of("edition-long.txt"), TruncationRuns.only(r, "unrelated.txt", "truncation.prefix-of").related());
        assertEquals(List.of("boilerplate.trailer[READ MORE:*]"), TruncationRuns.labels(r).get("edition-short.txt"));
    }

    /**
     * Acceptance on the two AFP seed editions (read in place from ../shared/seeds, never copied): 000 has one
     * READ MORE trailer, no punctuation finding and stops where 002 goes on; 002 has no finding at all.
     */
    @Test
    void seedEditions() throws Exception {
        Path seeds = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("000_07b1de2b178fda24.txt")), "shared seeds not present");
        String a = "000_07b1de2b178fda24.txt";
        String b = "002_0ccf2b6c9cd7d587.txt";
        CheckResult r = TruncationRuns.run(seeds, TruncationConfig.defaults(), List.of(List.of(b, a)), 2);
        assertEquals(Map.of(a, List.of("boilerplate.trailer[READ MORE:*]", "truncation.prefix-of[prefix-of]")),
                TruncationRuns.labels(r));
        Finding trailer = TruncationRuns.only(r, a, "boilerplate.trailer");
        assertEquals("READ MORE:\nUN warns of dire global impact of a Russian invasion of Ukraine", trailer.evidence().get("trailer"));
        Finding prefix = TruncationRuns.only(r, a, "truncation.prefix-of");
        assertEquals(List.of(b), prefix.related());
        assertEquals(2, prefix.evidence().get("followingParagraphs"));
        assertTrue(((String) prefix.evidence().get("ending")).endsWith("posting a video of himself meeting soldiers."));
    }

    /** The same seeds through the standard suite with the real duplicate check: its clusters and paragraph hashes. */
    @Test
    void seedEditionsWithTheStandardSuite() throws Exception {
        Path seeds = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("000_07b1de2b178fda24.txt")), "shared seeds not present");
        io.github.corpuscheck.source.CorpusReader reader = new io.github.corpuscheck.source.CorpusReader(
                new io.github.corpuscheck.source.ReaderOptions(seeds, List.of(), List.of(), io.github.corpuscheck.source.InputFormat.AUTO,
                        java.nio.charset.StandardCharsets.UTF_8, io.github.corpuscheck.source.FieldMapping.defaults(),
                        io.github.corpuscheck.source.ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        CheckResult r = new io.github.corpuscheck.engine.CorpusEngine().run(new io.github.corpuscheck.engine.CheckRequest(reader,
                "seeds", io.github.corpuscheck.run.CheckSuite.standard(io.github.corpuscheck.checks.metadata.MetadataConfig.defaults(),
                        io.github.corpuscheck.checks.duplicate.DuplicateConfig.defaults(), TruncationConfig.defaults(),
                        BoilerplateConfig.defaults()),
                io.github.corpuscheck.gate.RuleSettings.defaults(), List.of(), java.util.Set.of("truncation", "boilerplate"), 2, null));
        assertEquals(Map.of("000_07b1de2b178fda24.txt", List.of("boilerplate.trailer[READ MORE:*]", "truncation.prefix-of[prefix-of]")),
                TruncationRuns.labels(r));
        assertEquals(List.of("002_0ccf2b6c9cd7d587.txt"),
                TruncationRuns.only(r, "000_07b1de2b178fda24.txt", "truncation.prefix-of").related());
    }

    @Test
    void endingsSpilledOnTheFirstPassGiveTheSameFindingsAndLeaveNoFile(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        CheckResult reread = TruncationRuns.run(EDITIONS, TruncationConfig.defaults(), CLUSTER, 2);
        Path spill = tmp.resolve("spill");
        CheckResult spilled = TruncationRuns.run(EDITIONS, TruncationConfig.builder().spillDirectory(spill).build(), CLUSTER, 2);
        assertEquals(render(reread), render(spilled));
        assertEquals(4, render(spilled).stream().filter(f -> f.startsWith("truncation.prefix-of")).count());
        assertEquals("… majority, and the voters must decide,” Varen told reporters outside her office.",
                TruncationRuns.only(spilled, "edition-short.txt", "truncation.prefix-of").evidence().get("ending"));
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(spill)) {
            assertEquals(List.of(), left.toList());
        }
    }

    /**
     * Truncation re-reads a prefix-of document for its ending and strips it with the {@link BodyStripper} the
     * boilerplate check publishes: with the check's analysis but not its corpus phase, the re-read text keeps its
     * READ MORE trailer, and so does the ending.
     */
    @Test
    void reReadEndingsAreStrippedWithTheBodyStripperTheBoilerplateCheckPublishes() throws Exception {
        TruncationConfig config = TruncationConfig.defaults();
        CheckResult published = TruncationRuns.run(EDITIONS, new BoilerplateCheck(BoilerplateConfig.defaults()), config,
                CLUSTER, 1);
        assertEquals("… majority, and the voters must decide,” Varen told reporters outside her office.",
                TruncationRuns.only(published, "edition-short.txt", "truncation.prefix-of").evidence().get("ending"));

        CheckResult unpublished = TruncationRuns.run(EDITIONS,
                new AnalysisOnly(new BoilerplateCheck(BoilerplateConfig.defaults())), config, CLUSTER, 1);
        // The same findings (analysis saw the stripped body), but the re-read ending is of the whole text.
        assertEquals(TruncationRuns.labels(published), TruncationRuns.labels(unpublished));
        assertEquals("…outside her office.\nREAD MORE:\nNorland parliament rejects budget for second time",
                TruncationRuns.only(unpublished, "edition-short.txt", "truncation.prefix-of").evidence().get("ending"));
    }

    /** A check's analysis without its corpus phase: what it publishes there is missing. */
    private static final class AnalysisOnly implements CorpusCheck<Integer> {
        private final CorpusCheck<Integer> check;

        AnalysisOnly(CorpusCheck<Integer> check) {
            this.check = check;
        }

        @Override
        public List<Rule> rules() {
            return check.rules();
        }

        @Override
        public Integer analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            return check.analyze(doc, scratch, sink);
        }

        @Override
        public void collect(int documentIndex, Integer state) {
            check.collect(documentIndex, state);
        }
    }

    private static List<String> render(CheckResult r) {
        return r.findings().stream().map(f -> f + " " + f.evidence() + " " + f.related()).toList();
    }
}
