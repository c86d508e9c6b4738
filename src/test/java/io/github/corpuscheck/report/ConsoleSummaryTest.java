package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.BaselineSection;
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
}
