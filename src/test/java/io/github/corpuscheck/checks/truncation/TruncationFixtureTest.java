package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.engine.CheckResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The fixture corpus end to end (plugin reader, engine, both families): exactly the expected findings. */
class TruncationFixtureTest {

    static final java.nio.file.Path CORPUS = TruncationRuns.FIXTURES.resolve("corpus");

    /** Every document with a finding; every other fixture (ok-*, bp-reuter...) must have none. */
    static Map<String, List<String>> expected() {
        Map<String, List<String>> m = new TreeMap<>();
        m.put("bp-cookies-share.txt", List.of("boilerplate.trailer[Share on*]"));
        m.put("bp-inline-related.txt", List.of("boilerplate.trailer[Related:*]"));
        m.put("bp-read-more.txt", List.of("boilerplate.trailer[READ MORE:*]"));
        m.put("tr-continued-page.txt", List.of("truncation.continuation-marker[continuation-marker]"));
        m.put("tr-german.txt", List.of("truncation.mid-sentence[dangling-word]"));
        m.put("tr-inline-more.txt", List.of("truncation.continuation-marker[continuation-marker]"));
        m.put("tr-mid-bracket.txt", List.of("truncation.mid-sentence[unclosed-bracket]"));
        m.put("tr-mid-comma.txt", List.of("truncation.mid-sentence[comma]"));
        m.put("tr-mid-dangling.txt", List.of("truncation.mid-sentence[dangling-word]"));
        m.put("tr-mid-hyphen.txt", List.of("truncation.mid-sentence[hyphen]"));
        m.put("tr-mid-quote.txt", List.of("truncation.mid-sentence[unclosed-quote]"));
        m.put("tr-more.txt", List.of("truncation.continuation-marker[continuation-marker]"));
        m.put("tr-no-terminal-signoff.txt", List.of("truncation.no-terminal-punctuation[no-terminal-punctuation]"));
        m.put("tr-no-terminal.txt", List.of("truncation.no-terminal-punctuation[no-terminal-punctuation]"));
        m.put("tr-too-short.txt", List.of("truncation.too-short[too-short]"));
        return m;
    }

    @Test
    void findsExactlyTheExpectedFindings() throws Exception {
        CheckResult r = TruncationRuns.run(CORPUS, TruncationConfig.defaults(), null, 1);
        assertEquals(expected(), TruncationRuns.labels(r));
    }

    /**
     * An earnings table whose last line is "Net shr n/a" ends like a table (it was reported as cut on the dangling
     * word "a"), while a story cut mid-sentence after an "n/a" is still reported.
     */
    @Test
    void notAvailableEndsAnEarningsTable() throws Exception {
        CheckResult r = TruncationRuns.run(TruncationRuns.FIXTURES.resolve("figures"), TruncationConfig.defaults(), null, 1);
        assertEquals(Map.of("tr-cut-after-na.txt", List.of("truncation.mid-sentence[dangling-word]")),
                TruncationRuns.labels(r));
        assertEquals("a", TruncationRuns.only(r, "tr-cut-after-na.txt", "truncation.mid-sentence").evidence().get("word"));
    }

    @Test
    void sameFindingsWithMoreThreads() throws Exception {
        CheckResult one = TruncationRuns.run(CORPUS, TruncationConfig.defaults(), null, 1);
        CheckResult three = TruncationRuns.run(CORPUS, TruncationConfig.defaults(), null, 3);
        assertEquals(one.findings().toString(), three.findings().toString());
    }

    @Test
    void trailerEvidenceCarriesTheTrailerTheRuleAndTheStrippedEnding() throws Exception {
        CheckResult r = TruncationRuns.run(CORPUS, TruncationConfig.defaults(), null, 1);
        Finding f = TruncationRuns.only(r, "bp-read-more.txt", "boilerplate.trailer");
        assertEquals(5, f.line());
        assertEquals("READ MORE:*", f.evidence().get("trigger"));
        assertEquals("READ MORE:\nStorm leaves thousands without power along the coast", f.evidence().get("trailer"));
        assertEquals("…s said the closure would cost them business at the height of the tourist season.",
                f.evidence().get("ending"));
    }

    @Test
    void endingEvidenceIsTheLastEightyCharactersAfterStripping() throws Exception {
        CheckResult r = TruncationRuns.run(CORPUS, TruncationConfig.defaults(), null, 1);
        Finding f = TruncationRuns.only(r, "tr-mid-dangling.txt", "truncation.mid-sentence");
        assertEquals("the", f.evidence().get("word"));
        assertEquals("dangling-word", f.evidence().get("trigger"));
        assertEquals("… three days, will also cover the protection of coral reefs and the future of the",
                f.evidence().get("ending"));
        assertEquals(81, ((String) f.evidence().get("ending")).length());
        Finding ns = TruncationRuns.only(r, "tr-no-terminal-signoff.txt", "truncation.no-terminal-punctuation");
        assertEquals("… new flights were part of a plan to double its capacity by the end of the decade",
                ns.evidence().get("ending"));
        Finding more = TruncationRuns.only(r, "tr-more.txt", "truncation.continuation-marker");
        assertEquals("MORE", more.evidence().get("marker"));
    }

    @Test
    void signOffsAreReportedOnlyWhenAskedAndNeverCountAsMissingPunctuation() throws Exception {
        CheckResult r = TruncationRuns.run(CORPUS, TruncationConfig.defaults(),
                BoilerplateConfig.builder().reportSignOffs(true).build(), null, 1);
        Map<String, List<String>> want = expected();
        want.put("bp-afp-copyright.txt", List.of("boilerplate.sign-off[sign-off]"));
        want.put("bp-reuter.txt", List.of("boilerplate.sign-off[sign-off]"));
        want.put("ok-earnings-table.txt", List.of("boilerplate.sign-off[sign-off]"));
        want.put("tr-no-terminal-signoff.txt", List.of("boilerplate.sign-off[sign-off]",
                "truncation.no-terminal-punctuation[no-terminal-punctuation]"));
        assertEquals(want, TruncationRuns.labels(r));
        assertEquals("(AFP)\n© 2024 AFP",
                TruncationRuns.only(r, "bp-afp-copyright.txt", "boilerplate.sign-off").evidence().get("signOff"));
        assertEquals(4L, r.summary().get("boilerplate.signOffsStripped"));
        assertEquals(3L, r.summary().get("boilerplate.trailersStripped"));
    }

    @Test
    void minWordsIsConfigurableAndZeroSwitchesTooShortOff() throws Exception {
        CheckResult off = TruncationRuns.run(CORPUS, TruncationConfig.builder().minWords(0).build(), null, 1);
        Map<String, List<String>> want = expected();
        want.remove("tr-too-short.txt");
        assertEquals(want, TruncationRuns.labels(off));
        CheckResult strict = TruncationRuns.run(CORPUS, TruncationConfig.builder().minWords(25).build(), null, 1);
        Finding f = TruncationRuns.only(strict, "ok-earnings-table.txt", "truncation.too-short");
        assertEquals(23, f.evidence().get("words")); // 6 + 4 + 6 + 7: "1,240,000" and "12.4" are one word each
        assertEquals(25, f.evidence().get("minWords"));
    }

    @Test
    void userPhrasesExtendTheBuiltInLists() throws Exception {
        BoilerplateConfig config = BoilerplateConfig.builder().reportSignOffs(true)
                .extraTrailers(List.of("Organisers credited*")).extraSignOffs(List.of("one of the organisers said."))
                .build();
        CheckResult r = TruncationRuns.run(CORPUS, TruncationConfig.defaults(), config, null, 1);
        Finding trailer = TruncationRuns.only(r, "tr-continued-page.txt", "boilerplate.trailer");
        assertEquals("Organisers credited*", trailer.evidence().get("trigger"));
        Map<String, List<String>> labels = TruncationRuns.labels(r);
        // The user's trailer swallowed the paragraph holding the marker: no continuation-marker any more.
        assertEquals(List.of("boilerplate.trailer[Organisers credited*]"), labels.get("tr-continued-page.txt"));
    }
}
