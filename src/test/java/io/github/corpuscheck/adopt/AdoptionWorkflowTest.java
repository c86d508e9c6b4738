package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.BaselineSection;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SuppressedSection;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.Limit;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.CorpusSource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Baseline and suppressions over real engine runs: baseline, then pass, then fail on a new problem only. */
class AdoptionWorkflowTest {

    static final Rule SAME = new Rule("test.same-text", Severity.ERROR, "Same text as an earlier document.");
    static final Rule SHORT = new Rule("other.short", Severity.WARNING, "Under four words.");

    /** Exact duplicates by text (related to the first in reading order) and short texts. */
    static final class ProbeCheck implements CorpusCheck<String> {
        private final Map<String, Integer> first = new HashMap<>();
        private final List<int[]> pairs = new ArrayList<>();

        @Override
        public List<Rule> rules() {
            return List.of(SAME, SHORT);
        }

        @Override
        public String analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            int words = doc.text().trim().split("\\s+").length;
            if (words < 4) {
                sink.report(Finding.about(SHORT, doc).message("Only " + words + " words.").evidence("words", words));
            }
            return doc.text();
        }

        @Override
        public void collect(int index, String text) {
            Integer earlier = first.putIfAbsent(text, index);
            if (earlier != null) {
                pairs.add(new int[] {index, earlier});
            }
        }

        @Override
        public void finish(CorpusContext ctx, FindingSink sink) {
            for (int[] p : pairs) {
                sink.report(ctx.finding(SAME, p[0]).message("Same text as " + ctx.documents().id(p[1]) + ".")
                        .related(ctx.documents().id(p[1]), ctx.documents().location(p[1])));
            }
        }
    }

    /** Documents given as id, text and optional corpus-ignore value. */
    static final class Corpus implements CorpusSource {
        final List<String[]> docs = new ArrayList<>();

        Corpus add(String id, String text, String ignore) {
            docs.add(new String[] {id, text, ignore});
            return this;
        }

        @Override
        public void read(DocumentConsumer consumer, FindingSink problems) {
            for (int i = 0; i < docs.size(); i++) {
                String[] d = docs.get(i);
                Map<String, String> fields = new LinkedHashMap<>();
                if (d[2] != null) {
                    fields.put(IgnoreField.NAME, d[2]);
                }
                consumer.accept(new Document(i, d[0], d[0] + ".txt", 1, fields, d[1], 1, List.of()));
            }
        }

        @Override
        public void reread(BitSet wanted, DocumentConsumer consumer) {}

        @Override
        public int files() {
            return docs.size();
        }

        @Override
        public long bytes() {
            return 0;
        }
    }

    static final String STORM = "Storm closes the coastal road for two days";
    static final String VOTE = "Council votes to rebuild the old harbour wall";
    static final String MARKET = "Market hall reopens after a year of repairs";
    static final List<Limit> LIMITS = List.of(new Limit("other.*", 0L, null));

    record Run(CheckResult result, IgnoreField ignores) {}

    static Run run(Corpus corpus) throws Exception {
        IgnoreField ignores = new IgnoreField();
        CheckResult r = new CorpusEngine().run(new CheckRequest(corpus, "corpus", List.of(new ProbeCheck(), ignores),
                RuleSettings.defaults(), LIMITS, Set.of(), 2, null));
        return new Run(r, ignores);
    }

    static CheckResult gate(Corpus corpus, Baseline baseline) throws Exception {
        Run run = run(corpus);
        return AdoptionFilter.apply(run.result(), LIMITS, run.ignores().suppressions(List.of()), baseline);
    }

    static Corpus existing() {
        return new Corpus().add("a", STORM, null).add("b", STORM, null).add("c", "Too short", null).add("d", VOTE, null);
    }

    @Test
    void baselineThenPassThenFailOnlyOnTheNewDuplicate() throws Exception {
        CheckResult before = run(existing()).result();
        assertTrue(before.failed());
        assertEquals(Map.of("test.same-text", 1, "other.short", 1), before.byRule());
        Baseline baseline = Baseline.of(before.findings());

        CheckResult accepted = gate(existing(), baseline);
        assertFalse(accepted.failed());
        assertEquals(List.of(), accepted.findings());
        assertEquals(2, accepted.summary().get("baselined"));
        assertEquals(0, accepted.summary().get("fixed"));
        assertEquals(List.of(new LimitResult("other.*", "count", 0, 0, true)), accepted.limits());

        CheckResult withNew = gate(existing().add("e", VOTE, null), baseline);
        assertTrue(withNew.failed());
        assertEquals(List.of("test.same-text e -> d"), describe(withNew.findings()));
        assertEquals(Map.of("test.same-text", 1), withNew.byRule());
        assertEquals(2, withNew.summary().get("baselined"));
    }

    @Test
    void baselineSurvivesReorderingAndEditsElsewhere() throws Exception {
        Baseline baseline = Baseline.of(run(existing()).result().findings());
        // b now comes first, so a is the duplicate; a new unrelated document and a changed one do not matter.
        Corpus reordered = new Corpus().add("d", VOTE + " again", null).add("b", STORM, null).add("m", MARKET, null)
                .add("c", "Too short", null).add("a", STORM, null);
        CheckResult r = gate(reordered, baseline);
        assertEquals(List.of(), describe(r.findings()));
        assertEquals(2, r.summary().get("baselined"));
        assertFalse(r.failed());
    }

    @Test
    void entriesThatNoLongerOccurAreListedAsFixed() throws Exception {
        Baseline baseline = Baseline.of(run(existing()).result().findings());
        Corpus repaired = new Corpus().add("a", STORM, null).add("b", VOTE + " today", null).add("c", "Too short", null).add("d", VOTE, null);
        CheckResult r = gate(repaired, baseline);
        assertEquals(1, r.summary().get("fixed"));
        assertEquals(1, r.summary().get("baselined"));
        BaselineSection section = r.section(BaselineSection.class).orElseThrow();
        assertEquals(1, section.fixed().size());
        assertEquals("test.same-text", section.fixed().get(0).rule());
        assertEquals("b", section.fixed().get(0).document());
        assertEquals(baseline.fingerprintVersion(), section.fingerprintVersion());
        assertEquals(List.of("other.short c"), section.baselined().stream().map(b -> b.finding().ruleId() + " " + b.finding().document()).toList());
    }

    @Test
    void identicalFingerprintsAreCountedNotJustMatched() throws Exception {
        // One accepted entry covers one finding: a second finding with the same fingerprint is new.
        Baseline baseline = Baseline.of(run(new Corpus().add("c", "Too short", null)).result().findings());
        Finding f = run(new Corpus().add("c", "Too short", null)).result().findings().get(0);
        Baseline doubled = new Baseline(1, List.of(baseline.entries().get(0)));
        CheckResult twice = AdoptionFilter.apply(resultOf(List.of(f, f)), List.of(), Suppressions.none(), doubled);
        assertEquals(1, twice.findings().size());
        assertEquals(1, twice.summary().get("baselined"));
    }

    @Test
    void documentsOptOutInTheirOwnMetadataAndAreCountedAsSuppressed() throws Exception {
        Corpus corpus = new Corpus().add("a", STORM, null).add("b", STORM, "test.*").add("c", "Too short", "test.same-text");
        CheckResult r = gate(corpus, null);
        // b's duplicate finding is suppressed by its own field; c ignores a rule it does not break.
        assertEquals(List.of("other.short c"), describe(r.findings()));
        assertEquals(1, r.summary().get("suppressed"));
        assertFalse(r.summary().containsKey("baselined"));
        List<SuppressedSection.Suppressed> suppressed = r.section(SuppressedSection.class).orElseThrow().findings();
        assertEquals("b", suppressed.get(0).finding().document());
        assertEquals("corpus-ignore: test.*", suppressed.get(0).reason());
        assertEquals(List.of(new LimitResult("other.*", "count", 1, 0, false)), r.limits());
    }

    @Test
    void anOptOutAlsoCoversFindingsThatNameTheDocumentAsRelated() throws Exception {
        // a is the representative and opts out: the finding lands on b, and is suppressed all the same.
        Corpus corpus = new Corpus().add("a", STORM, "test.same-text").add("b", STORM, null);
        CheckResult r = gate(corpus, null);
        assertEquals(List.of(), describe(r.findings()));
        List<SuppressedSection.Suppressed> suppressed = r.section(SuppressedSection.class).orElseThrow().findings();
        assertEquals("b", suppressed.get(0).finding().document());
        assertEquals("corpus-ignore of a: test.same-text", suppressed.get(0).reason());
        // An opt-out of another rule does not.
        assertEquals(List.of("test.same-text b -> a"), describe(gate(new Corpus().add("a", STORM, "other.*").add("b", STORM, null), null).findings()));
    }

    @Test
    void suppressionsFileExemptsDocumentsByGlob() throws Exception {
        Run run = run(existing());
        Suppressions s = Suppressions.of(SuppressionsFile.parse(List.of("other.short: c.txt", "test.*: x/**"), "s"));
        CheckResult r = AdoptionFilter.apply(run.result(), LIMITS, s, null);
        assertEquals(List.of("test.same-text b -> a"), describe(r.findings()));
        assertEquals(1, r.summary().get("suppressed"));
        List<SuppressedSection.Suppressed> suppressed = r.section(SuppressedSection.class).orElseThrow().findings();
        assertEquals("suppressions file line 1: other.short c.txt", suppressed.get(0).reason());
        assertEquals(List.of(new LimitResult("other.*", "count", 0, 0, true)), r.limits());
    }

    @Test
    void nothingToApplyLeavesTheResultAlone() throws Exception {
        CheckResult r = run(existing()).result();
        assertSame(r, AdoptionFilter.apply(r, LIMITS, Suppressions.none(), null));
    }

    private static CheckResult resultOf(List<Finding> findings) throws Exception {
        CheckResult base = run(new Corpus().add("c", "Too short", null)).result();
        return new CheckResult(base.corpusLabel(), base.documents(), base.files(), base.bytes(), base.rules(), findings,
                base.byRule(), base.summary(), base.sections(), base.limits(), base.timings());
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.document() + (f.related().isEmpty() ? "" : " -> " + String.join(",", f.related()))).toList();
    }
}
