package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.corpuscheck.api.BaselineSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    static List<String> text(CheckResult r, int max) {
        return ConsoleSummary.lines(r, max).stream().map(ConsoleSummary.Line::text).toList();
    }

    @Test
    void listsBaselineEntriesThatNoLongerOccur() {
        BaselineSection.Fixed entry = new BaselineSection.Fixed("duplicate.exact", "wire/b.txt", "f1");
        CheckResult r = ReportFixtures.withSections(ReportFixtures.result(List.of(), List.of()),
                new BaselineSection(1, List.of(), List.of(entry, new BaselineSection.Fixed("metadata.missing", "c", "f2"))));
        List<String> text = text(r, 1);
        int at = text.indexOf("2 baseline entries no longer occur (fixed); run corpus:baseline to drop them:");
        assertEquals(List.of("  [duplicate.exact] wire/b.txt", "  ... 1 more in the report"), text.subList(at + 1, at + 3));
    }

    @Test
    void listsEveryFixedEntryUpToTheMaximum() {
        CheckResult r = ReportFixtures.withSections(ReportFixtures.result(List.of(), List.of()),
                new BaselineSection(1, List.of(), List.of(new BaselineSection.Fixed("metadata.missing", "feed.jsonl:3", "f"))));
        List<String> text = text(r, 5);
        int at = text.indexOf("1 baseline entry no longer occur (fixed); run corpus:baseline to drop them:");
        assertEquals(List.of("  [metadata.missing] feed.jsonl:3"), text.subList(at + 1, text.size()));
    }

    @Test
    void saysNothingAboutABaselineWithoutFixedEntries() {
        assertEquals(0, text(ReportFixtures.result(), 5).stream().filter(t -> t.contains("baseline")).count());
        CheckResult nothingFixed = ReportFixtures.withSections(ReportFixtures.result(), new BaselineSection(1, List.of(), List.of()));
        assertEquals(0, text(nothingFixed, 5).stream().filter(t -> t.contains("baseline")).count());
    }

    /** Every corpus-made part of a line is escaped; a finding is one line that starts with its rule id in brackets. */
    @Test
    void controlCharactersAndWorkflowCommandsFromTheCorpusAreShownNotObeyed() {
        Finding forgedId = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR)
                .document(0, HostileText.FORGED_ID).at("a.jsonl", 1).message("No date.").build();
        Finding forgedFile = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR)
                .document(1, "::warning::x").at(HostileText.FORGED_FILE, 0)
                .message("Ends in \u001b[2J\u001b]0;title\u0007 \u0085 \u2028 \u2029 \u007f \u009b \uD800.").build();
        CheckResult r = ReportFixtures.result(List.of(forgedId, forgedFile), List.of());
        List<String> text = text(r, 10);
        assertEquals(List.of(
                "[metadata.missing] a.jsonl:1 (ok\\n::error file=README.md,line=1::forged\\n::stop-commands::x) No date.",
                "[metadata.missing] b\\r\\n[INFO] BUILD SUCCESS.txt (::warning::x) Ends in \\u001b[2J\\u001b]0;title\\u0007 "
                        + "\\u0085 \\u2028 \\u2029 \\u007f \\u009b \uFFFD."),
                text.subList(text.size() - 2, text.size()));
        for (String line : text) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029),
                    line);
            assertFalse(line.stripLeading().startsWith("::"), line);
        }
        assertEquals(text.get(text.size() - 1), ConsoleSummary.format(forgedFile));
    }

    /** Baseline entries come from a file anyone can edit: their rule and document are escaped too. */
    @Test
    void fixedBaselineEntriesAreEscaped() {
        CheckResult r = ReportFixtures.withSections(ReportFixtures.result(List.of(), List.of()),
                new BaselineSection(1, List.of(), List.of(new BaselineSection.Fixed("a\n::error::x", "\r\n::error::y", "f"))));
        List<String> text = text(r, 5);
        assertEquals("  [a\\n::error::x] \\r\\n::error::y", text.get(text.size() - 1));
    }
}

