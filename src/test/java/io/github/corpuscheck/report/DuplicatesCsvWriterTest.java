package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.engine.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesCsvWriterTest {

    static CheckResult result(Object duplicatesSection) {
        TreeMap<String, Object> sections = new TreeMap<>();
        if (duplicatesSection != null) {
            sections.put("duplicates", duplicatesSection);
        }
        return new CheckResult("mem", 3, 1, 10, new TreeMap<>(), List.of(), new TreeMap<>(), new TreeMap<>(), sections,
                List.of(), Map.of());
    }

    @Test
    void writesOneRowPerDuplicateWithQuotedIds(@TempDir Path tmp) throws Exception {
        Map<String, Object> near = new java.util.LinkedHashMap<>();
        near.put("document", "wire,2");
        near.put("rule", "duplicate.near");
        near.put("jaccard", 0.5656);
        near.put("containmentOfDocument", 0.6803);
        near.put("containmentOfRepresentative", 0.7703);
        near.put("sharedParagraphs", 10);
        Map<String, Object> exact = new java.util.LinkedHashMap<>(near);
        exact.put("document", "a\"3");
        exact.put("rule", "duplicate.exact");
        exact.put("jaccard", 1.0);
        Map<String, Object> cluster = Map.of("id", "w1", "representative", "w1", "size", 3, "members", List.of(near, exact));
        Path file = new DuplicatesCsvWriter().write(result(Map.of("clusters", List.of(cluster))),
                new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(tmp.resolve("duplicates.csv"), file);
        assertEquals(List.of(DuplicatesCsvWriter.HEADER,
                        "\"wire,2\",w1,w1,duplicate.near,0.5656,0.6803,0.7703,10",
                        "\"a\"\"3\",w1,w1,duplicate.exact,1.0,0.6803,0.7703,10"),
                Files.readAllLines(file));
    }

    @Test
    void writesOnlyTheHeaderWithoutDuplicates(@TempDir Path tmp) throws Exception {
        new DuplicatesCsvWriter().write(result(null), new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(List.of(DuplicatesCsvWriter.HEADER), Files.readAllLines(tmp.resolve("duplicates.csv")));
    }

    @Test
    void csvIsAKnownReportFormat() {
        assertEquals(List.of("json", "timing", "csv"), Reports.writersFor("json, csv").stream().map(ReportWriter::format).toList());
    }
}
