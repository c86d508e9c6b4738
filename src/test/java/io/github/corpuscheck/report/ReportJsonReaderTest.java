package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.SuppressedSection;
import io.github.corpuscheck.engine.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site pages read of a report.json: exactly what the JSON writer wrote, typed. */
class ReportJsonReaderTest {

    @TempDir
    Path project;

    static final CorpusReport.FindingRow MISSING = new CorpusReport.FindingRow("metadata.missing", "error",
            "feed.jsonl:3", "feed.jsonl", 3, "No date.");
    static final CorpusReport.FindingRow EXACT = new CorpusReport.FindingRow("duplicate.exact", "error", "wire/b.txt",
            "wire/b.txt", 1, "Exact duplicate of wire/a.txt.");
    static final CorpusReport.FindingRow MID = new CorpusReport.FindingRow("truncation.mid-sentence", "warning", "storm",
            "wire/storm report.txt", 0, "Stops after: " + ReportFixtures.SCRIPT);

    /** The fixture's result as the site pages see it. */
    static CorpusReport expected() {
        return new CorpusReport("1.2.3", "src/main/corpus", 4, 5, 1234, 2, 1, true, -1, -1,
                new TreeMap<>(Map.of("duplicate.exact", 1L, "metadata.missing", 1L, "truncation.mid-sentence", 1L)),
                Map.of("boilerplate.trailer", "off", "duplicate.exact", "error", "metadata.missing", "error",
                        "truncation.mid-sentence", "warning"),
                List.of(new CorpusReport.LimitRow("truncation.*", "count", 1, 0, false),
                        new CorpusReport.LimitRow("duplicate.*", "ratio", 0.2, 0.5, true)),
                List.of(MISSING, EXACT, MID),
                List.of(new CorpusReport.Cluster("wire/a.txt", 2, 1.0, List.of("wire/b.txt"))));
    }

    @Test
    void readsBackWhatTheJsonWriterWrote() throws Exception {
        Path file = new JsonReportWriter().write(ReportFixtures.result(), ReportFixtures.context(project));

        assertEquals(expected(), ReportJsonReader.read(file));
    }

    @Test
    void readsSuppressedAndBaselinedCountsAndAClusterOfThree() throws Exception {
        CheckResult base = ReportFixtures.result(List.of(ReportFixtures.exact()), List.of());
        TreeMap<String, Object> summary = new TreeMap<>(Map.of("suppressed", 2, "baselined", 7, "fixed", 0));
        DuplicateClustersSection clusters = new DuplicateClustersSection(List.of(new DuplicateClustersSection.Cluster(
                "a", List.of(new DuplicateClustersSection.Member("b", "duplicate.near", 0.81, 0.9, 0.85, 4),
                        new DuplicateClustersSection.Member("c", "duplicate.exact", 1.0, 1.0, 1.0, 5)))));
        CheckResult r = new CheckResult(base.corpusLabel(), base.documents(), base.files(), base.bytes(), base.rules(),
                base.findings(), base.byRule(), summary, ReportFixtures.sections(clusters,
                        new SuppressedSection(List.of())), base.limits(), base.timings());

        CorpusReport read = ReportJsonReader.read(new JsonReportWriter().write(r, ReportFixtures.context(project)));

        assertEquals(2, read.suppressed());
        assertEquals(7, read.baselined());
        assertEquals(List.of(new CorpusReport.Cluster("a", 3, 0.81, List.of("b", "c"))), read.clusters());
        assertEquals(List.of(), read.limits());
        assertEquals(List.of(EXACT), read.findings());
    }

    @Test
    void worstFindingsComeErrorsFirstAndAreCapped() {
        CorpusReport r = expected();
        CorpusReport warningFirst = new CorpusReport(r.toolVersion(), r.corpusDirectory(), r.files(), r.documents(),
                r.bytes(), r.errors(), r.warnings(), r.failed(), r.suppressed(), r.baselined(), r.byRule(),
                r.severities(), r.limits(), List.of(MID, EXACT, MISSING), r.clusters());

        assertEquals(List.of(EXACT, MISSING, MID), warningFirst.worstFindings(10));
        assertEquals(List.of(EXACT, MISSING), warningFirst.worstFindings(2));
        assertEquals(List.of(EXACT), warningFirst.worstFindings(1));
        assertEquals(List.of(), warningFirst.worstFindings(0));
        assertEquals(List.of(new CorpusReport.LimitRow("truncation.*", "count", 1, 0, false)), r.crossedLimits());
        assertEquals(-1.0, r.limits().get(0).margin());
        assertEquals(0.3, r.limits().get(1).margin(), 1e-12);
        assertEquals("wire/b.txt:1", EXACT.location());
        assertEquals("wire/storm report.txt", MID.location());
    }

    @Test
    void aFileThatIsNotAReportIsNamedWithWhatIsWrong() throws Exception {
        assertEquals("Report " + write("[]") + " is not usable: it is not a JSON object. Run corpus:check again to"
                + " rewrite it.", problem("[]"));
        assertEquals("Report " + write("{}") + " is not usable: it has no schemaVersion (is it a corpus report.json?)."
                + " Run corpus:check again to rewrite it.", problem("{}"));
        assertEquals("Report " + write("{\"schemaVersion\": 3}") + " is not usable: schemaVersion 3 is not known to"
                + " this plugin (it reads 1 and 2). Run corpus:check again to rewrite it.", problem("{\"schemaVersion\": 3}"));
        assertEquals("Report " + write("{\"schemaVersion\": 1, \"tool\": {}}") + " is not usable: it has no object"
                + " 'corpus'. Run corpus:check again to rewrite it.", problem("{\"schemaVersion\": 1, \"tool\": {}}"));
        String cut = "{\"schemaVersion\": 1,\n \"tool\": {";
        assertEquals("Report " + write(cut) + " is not usable: Unexpected end-of-input: expected close marker for"
                + " Object at line 2, column 11. Run corpus:check again to rewrite it.", problem(cut));
    }

    private Path write(String json) throws Exception {
        Path file = project.resolve("report.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private String problem(String json) throws Exception {
        Path file = write(json);
        return assertThrows(IllegalArgumentException.class, () -> ReportJsonReader.read(file)).getMessage();
    }
}
