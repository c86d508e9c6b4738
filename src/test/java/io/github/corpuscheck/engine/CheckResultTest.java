package io.github.corpuscheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.BaselineSection;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.api.SuppressedSection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckResultTest {

    static CheckResult with(SortedMap<String, ReportSection> sections) {
        return new CheckResult("c", 0, 0, 0, new TreeMap<>(), List.of(), new TreeMap<>(), new TreeMap<>(), sections,
                List.of(), Map.of());
    }

    @Test
    void sectionsAreFoundByType() {
        LengthHistogramSection histogram = new LengthHistogramSection(List.of(new LengthHistogramSection.Bucket("0", 2)));
        BaselineSection baseline = new BaselineSection(1, List.of(), List.of());
        CheckResult r = with(new TreeMap<>(Map.of(histogram.name(), histogram, baseline.name(), baseline)));
        assertEquals(histogram, r.section(LengthHistogramSection.class).orElseThrow());
        assertEquals(baseline, r.section(BaselineSection.class).orElseThrow());
        assertTrue(r.section(SuppressedSection.class).isEmpty());
        assertEquals(List.of("baseline", "lengthHistogram"), List.copyOf(r.sections().keySet()));
    }

    @Test
    void aSectionMustBeFiledUnderItsName() {
        BaselineSection baseline = new BaselineSection(1, List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(new TreeMap<>(Map.of("fixed", baseline))));
        assertEquals("Section baseline filed under fixed", e.getMessage());
    }
}
