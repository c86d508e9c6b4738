package io.github.corpuscheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.CorpusPhaseCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.gate.Limit;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.gate.RulePattern;
import io.github.corpuscheck.gate.RuleSettings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusEngineTest {

    static final Rule SHORT = new Rule("test.short", Severity.WARNING, "Text under 3 words.");
    static final Rule SAME_START = new Rule("test.same-start", Severity.ERROR, "Starts like an earlier document.");
    static final Rule OTHER = new Rule("other.any", Severity.WARNING, "Every document.");

    /** A local rule (short texts) and a corpus rule (same first word as an earlier doc) that re-reads its candidates. */
    static class ProbeCheck implements CorpusCheck<String> {
        final List<String> firstWords = new ArrayList<>();
        final List<Integer> collectedOrder = new ArrayList<>();

        @Override
        public List<Rule> rules() {
            return List.of(SHORT, SAME_START, OTHER);
        }

        @Override
        public String analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            sink.report(Finding.about(OTHER, doc).message("Seen."));
            if (doc.text().split(" ").length < 3) {
                sink.report(Finding.about(SHORT, doc).message("Short text.").evidence("words", doc.text().split(" ").length));
            }
            return doc.text().split(" ")[0];
        }

        @Override
        public void collect(int documentIndex, String state) {
            collectedOrder.add(documentIndex);
            firstWords.add(state);
        }

        @Override
        public void finish(CorpusContext ctx, FindingSink sink) throws java.io.IOException {
            BitSet wanted = new BitSet();
            for (int i = 0; i < firstWords.size(); i++) {
                if (firstWords.indexOf(firstWords.get(i)) < i) {
                    wanted.set(i);
                }
            }
            List<Integer> seen = new ArrayList<>();
            ctx.reread(wanted, d -> seen.add(d.index()));
            for (int i : seen) {
                int first = firstWords.indexOf(firstWords.get(i));
                sink.report(ctx.finding(SAME_START, i).message("Same start as " + ctx.documents().id(first) + ".")
                        .related(ctx.documents().id(first), ctx.documents().location(first)));
            }
            ctx.summary("test.reread", seen.size());
        }
    }

    private static InMemorySource corpus(int n) {
        InMemorySource s = new InMemorySource();
        for (int i = 0; i < n; i++) {
            s.add(String.format("doc-%04d", i), Map.of(), "w" + (i % 7) + (i % 3 == 0 ? " x" : " x y z"));
        }
        return s;
    }

    private static CheckResult run(InMemorySource src, RuleSettings rules, List<Limit> limits, Set<String> families, int threads)
            throws Exception {
        return new CorpusEngine().run(new CheckRequest(src, "mem", List.of(new ProbeCheck()), rules, limits, families, threads, null));
    }

    @Test
    void collectsInReadingOrderAndCountsFindings() throws Exception {
        ProbeCheck probe = new ProbeCheck();
        InMemorySource src = corpus(200);
        CheckResult r = new CorpusEngine().run(new CheckRequest(src, "mem", List.of(probe), null, null, null, 2, null));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertEquals(expected, probe.collectedOrder);
        assertEquals(200, r.documents());
        // i % 3 == 0 -> 2 words: 67 short docs; first words repeat after the first 7 docs: 193 same-start.
        assertEquals(Map.of("other.any", 200, "test.same-start", 193, "test.short", 67), r.byRule());
        assertEquals(193, r.errors());
        assertEquals(267, r.warnings());
        assertEquals(193, r.summary().get("test.reread"));
        assertEquals(1, src.rereads);
        assertTrue(r.failed());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("test.same-start")).findFirst().orElseThrow();
        assertEquals("doc-0007", f.document());
        assertEquals(List.of("doc-0000"), f.related());
    }

    @Test
    void resultIsIndependentOfThreadCount() throws Exception {
        CheckResult one = run(corpus(500), null, null, null, 1);
        CheckResult four = run(corpus(500), null, null, null, 4);
        assertEquals(one.findings().toString(), four.findings().toString());
        assertEquals(one.byRule(), four.byRule());
    }

    @Test
    void findingsAreSortedByFileLineRule() throws Exception {
        CheckResult r = run(corpus(20), null, null, null, 2);
        List<Finding> sorted = new ArrayList<>(r.findings());
        sorted.sort(CorpusEngine.REPORT_ORDER);
        assertEquals(sorted, r.findings());
        assertEquals("doc-0000", r.findings().get(0).file());
        assertEquals("other.any", r.findings().get(0).ruleId());
    }

    @Test
    void severityOverridesAndOffRules() throws Exception {
        RuleSettings settings = new RuleSettings(Map.of("test.*", Severity.WARNING, "test.short", Severity.OFF, "other", Severity.ERROR));
        CheckResult r = run(corpus(30), settings, null, null, 2);
        assertFalse(r.byRule().containsKey("test.short"));
        assertEquals(Severity.WARNING, r.findings().stream().filter(f -> f.ruleId().equals("test.same-start")).findFirst().orElseThrow().severity());
        assertEquals(List.of("other.any"), r.errorRules());
        assertEquals(Severity.OFF, r.rules().get("test.short").severity());
    }

    @Test
    void limitsCountFindingsAndDocumentRatio() throws Exception {
        RuleSettings allWarnings = new RuleSettings(Map.of("*", Severity.WARNING));
        List<Limit> limits = List.of(new Limit("test.short", 66L, null), new Limit("test.*", null, 0.99), new Limit("other.any", 200L, 1.0));
        // 193 same-start docs (i >= 7) plus short docs 0, 3 and 6: 196 of 200.
        CheckResult r = run(corpus(200), allWarnings, limits, null, 2);
        assertEquals(List.of(
                new LimitResult("test.short", "count", 67, 66, false),
                new LimitResult("test.*", "ratio", 0.98, 0.99, true),
                new LimitResult("other.any", "count", 200, 200, true),
                new LimitResult("other.any", "ratio", 1.0, 1.0, true)), r.limits());
        assertEquals(0, r.errors());
        assertTrue(r.failed(), "a crossed limit fails the gate even without errors");
        assertEquals("test.short count 67 > 66", r.crossedLimits().get(0).describe());
    }

    @Test
    void reportedFamiliesFilterFindingsAndLimits() throws Exception {
        CheckResult r = run(corpus(30), null, List.of(new Limit("*", 0L, null)), Set.of("other"), 2);
        assertEquals(Set.of("other.any"), r.byRule().keySet());
        assertEquals(30.0, r.limits().get(0).value());
        assertEquals(Set.of("other.any"), r.rules().keySet().stream().filter(k -> !k.startsWith("input.")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void amendAddsEvidenceButKeepsSeverity() throws Exception {
        CorpusCheck<Void> amender = new CorpusPhaseCheck() {

            @Override
            public void finish(CorpusContext ctx, FindingSink sink) {
                assertEquals(1, ctx.errorCount(7));
                assertEquals(0, ctx.errorCount(0));
                assertEquals(1, ctx.amend(7, SAME_START, b -> b.message("Amended.").evidence("extra", true).severity(Severity.WARNING)));
            }
        };
        CheckResult r = new CorpusEngine().run(new CheckRequest(corpus(10), "mem", List.of(new ProbeCheck(), amender), null, null, null, 1, null));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("test.same-start") && x.documentIndex() == 7).findFirst().orElseThrow();
        assertEquals("Amended.", f.message());
        assertEquals(true, f.evidence().get("extra"));
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void undeclaredRuleIsAProgrammingError() {
        CorpusCheck<Void> bad = new CorpusCheck<>() {
            @Override
            public List<Rule> rules() {
                return List.of();
            }

            @Override
            public Void analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
                sink.report(Finding.about(SHORT, doc).message("x"));
                return null;
            }
        };
        assertThrows(IllegalStateException.class, () ->
                new CorpusEngine().run(new CheckRequest(corpus(3), "mem", List.of(bad), null, null, null, 1, null)));
    }

    @Test
    void limitValidation() {
        assertThrows(IllegalArgumentException.class, () -> new Limit("x.*", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Limit("x.*", -1L, null));
        assertThrows(IllegalArgumentException.class, () -> new Limit("x.*", null, 1.5));
    }

    @Test
    void rulePatterns() {
        assertTrue(RulePattern.matches("*", "a.b"));
        assertTrue(RulePattern.matches("duplicate.*", "duplicate.near"));
        assertTrue(RulePattern.matches("duplicate", "duplicate.near"));
        assertFalse(RulePattern.matches("duplicate.*", "duplicates.near"));
        assertTrue(RulePattern.matches("duplicate.near", "duplicate.near"));
        assertFalse(RulePattern.matches("duplicate.near", "duplicate.exact"));
    }

    @Test
    void checksLearnWhichOfTheirRulesAreOffBeforeTheFirstDocument() throws Exception {
        List<String> on = new ArrayList<>();
        List<Integer> analysedBeforeEnable = new ArrayList<>();
        ProbeCheck probe = new ProbeCheck() {
            @Override
            public void enable(java.util.function.Predicate<Rule> isOn) {
                analysedBeforeEnable.add(collectedOrder.size());
                for (Rule r : rules()) {
                    if (isOn.test(r)) {
                        on.add(r.id());
                    }
                }
            }
        };
        RuleSettings settings = new RuleSettings(Map.of("test.short", Severity.OFF, "other.any", Severity.ERROR));
        new CorpusEngine().run(new CheckRequest(corpus(5), "mem", List.of(probe), settings, null, null, 1, null));
        assertEquals(List.of("test.same-start", "other.any"), on);
        assertEquals(List.of(0), analysedBeforeEnable);
    }

    @Test
    void parallelRereadDeliversResultsInReadingOrder() throws Exception {
        for (int threads : new int[] {1, 2}) {
            List<String> seen = new ArrayList<>();
            List<Integer> indices = new ArrayList<>();
            CorpusPhaseCheck check = new CorpusPhaseCheck() {
                @Override
                public void finish(CorpusContext ctx, FindingSink sink) throws java.io.IOException {
                    BitSet wanted = new BitSet();
                    for (int i = 0; i < 1000; i += 3) {
                        wanted.set(i);
                    }
                    ctx.rereadInParallel(wanted, d -> d.id() + ":" + d.text().length(), (value, index) -> {
                        seen.add(value);
                        indices.add(index);
                    });
                }
            };
            new CorpusEngine().run(new CheckRequest(corpus(1000), "mem", List.of(check), null, null, null, threads, null));
            assertEquals(334, seen.size());
            for (int k = 0; k < seen.size(); k++) {
                assertEquals(3 * k, indices.get(k));
                assertTrue(seen.get(k).startsWith(String.format("doc-%04d:", 3 * k)), seen.get(k));
            }
        }
    }
}
