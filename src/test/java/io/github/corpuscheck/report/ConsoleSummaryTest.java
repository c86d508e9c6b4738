package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.engine.CheckResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void listsBaselineEntriesThatNoLongerOccur() {
        CheckResult base = ReportFixtures.result(List.of(), List.of());
        TreeMap<String, Object> sections = new TreeMap<>(base.sections());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rule", "duplicate.exact");
        entry.put("document", "wire/b.txt");
        sections.put("baseline", Map.of("fixed", List.of(entry, entry)));
        CheckResult r = new CheckResult(base.corpusLabel(), 5, 4, 1, base.rules(), List.of(), base.byRule(), base.summary(),
                sections, List.of(), base.timings());
        List<String> text = ConsoleSummary.lines(r, 1).stream().map(ConsoleSummary.Line::text).toList();
        int at = text.indexOf("2 baseline entries no longer occur (fixed); run corpus:baseline to drop them:");
        assertEquals(List.of("  [duplicate.exact] wire/b.txt", "  ... 1 more in the report"), text.subList(at + 1, at + 3));
    }

    @Test
    void saysNothingAboutABaselineWithoutFixedEntries() {
        List<String> text = ConsoleSummary.lines(ReportFixtures.result(), 5).stream().map(ConsoleSummary.Line::text).toList();
        assertEquals(0, text.stream().filter(t -> t.contains("baseline")).count());
    }
}
