package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.report.CorpusReport;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ReportJsonReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code maxReportJsonFindings} in a whole run: the default leaves report.json as it was; a cap gives the same bytes
 * whatever the thread count, findings.jsonl with every finding of the run, and the site report reads it back whole.
 */
class CappedFindingsRunTest {

    @TempDir
    Path root;

    private static final String STORY = "The harbour board met on Tuesday to discuss the new ferry timetable for the"
            + " winter. Members agreed that the early crossing would stay, and the late one would move to nine.";

    /** 12 copies of one story and 6 stories cut off mid-sentence: duplicate and truncation findings. */
    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            jsonl.append("{\"id\":\"copy-").append(i).append("\",\"date\":\"2024-05-1").append(i % 10)
                    .append("\",\"text\":\"").append(STORY).append("\"}\n");
        }
        Files.writeString(corpus.resolve("copies.jsonl"), jsonl);
        for (int i = 0; i < 6; i++) {
            Files.writeString(corpus.resolve("cut-" + i + ".txt"), "---\ndate: 2024-05-14\n---\nStory " + i
                    + " of the week: the council approved the new budget for the harbour and the");
        }
        return corpus;
    }

    private CorpusSettings settings(String out, Integer cap, int threads) throws SettingsException {
        CorpusSettings.Builder b = CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("cache", false).set("threads", threads).set("outputDirectory", out);
        if (cap != null) {
            b.set(RunOptions.MAX_REPORT_JSON_FINDINGS, cap);
        }
        return b.build();
    }

    @Test
    void aCappedRunIsTheSameWhateverTheThreadsAndListsEveryFindingOfTheRun() throws Exception {
        corpus();
        RunOutcome plain = CorpusRun.execute(settings("plain", null, 2), RunLog.SILENT);
        List<Finding> findings = plain.result().findings();
        assertTrue(findings.size() > 12, "findings: " + findings.size());
        assertEquals(0, settings("plain", null, 2).maxReportJsonFindings());
        assertFalse(Files.exists(root.resolve("plain/findings.jsonl")));
        assertEquals(1, new ObjectMapper().readTree(root.resolve("plain/report.json").toFile()).get("schemaVersion").asInt());
        // a cap at the number of findings changes nothing
        CorpusRun.execute(settings("at", findings.size(), 2), RunLog.SILENT);
        assertArrayEquals(Files.readAllBytes(root.resolve("plain/report.json")),
                Files.readAllBytes(root.resolve("at/report.json")));
        assertFalse(Files.exists(root.resolve("at/findings.jsonl")));

        RunOutcome one = CorpusRun.execute(settings("one", 5, 1), RunLog.SILENT);
        RunOutcome four = CorpusRun.execute(settings("four", 5, 4), RunLog.SILENT);
        assertEquals(plain.status(), one.status());
        assertEquals(plain.message().replace("/plain/", "/one/"), one.message());
        assertArrayEquals(Files.readAllBytes(root.resolve("one/report.json")),
                Files.readAllBytes(root.resolve("four/report.json")));
        assertArrayEquals(Files.readAllBytes(root.resolve("one/findings.jsonl")),
                Files.readAllBytes(root.resolve("four/findings.jsonl")));
        StringBuilder expected = new StringBuilder();
        for (Finding f : findings) {
            expected.append(JsonReportWriter.findingLine(f)).append('\n');
        }
        assertEquals(expected.toString(), Files.readString(root.resolve("one/findings.jsonl"), StandardCharsets.UTF_8));
        // only the reports are left in the output folder: no staging folder
        try (Stream<Path> s = Files.list(root.resolve("one"))) {
            assertEquals(List.of("findings.jsonl", "index.html", "report.json", "timing.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }

        JsonNode report = new ObjectMapper().readTree(root.resolve("one/report.json").toFile());
        JsonNode full = new ObjectMapper().readTree(root.resolve("plain/report.json").toFile());
        assertEquals("{\"total\":" + findings.size() + ",\"inline\":5,\"path\":\"findings.jsonl\"}",
                report.get("allFindings").toString());
        assertEquals(full.get("summary"), report.get("summary"));
        assertEquals(full.get("limits"), report.get("limits"));
        assertEquals(5, report.get("findings").size());
        for (int i = 0; i < 5; i++) {
            assertEquals(full.get("findings").get(i), report.get("findings").get(i));
        }

        // the site report reads the counts and, for its worst findings, the list
        SiteReport site = SiteReport.load(settings("one", 5, 1), RunLog.SILENT, 100);
        SiteReport whole = SiteReport.load(settings("plain", null, 1), RunLog.SILENT, 100);
        CorpusReport r = site.report();
        assertFalse(site.ran());
        assertEquals(findings.size(), r.findingsTotal());
        assertEquals(whole.report().errors(), r.errors());
        assertEquals(whole.report().warnings(), r.warnings());
        assertEquals(whole.report().byRule(), r.byRule());
        assertEquals(whole.report().findings(), r.known());
        assertEquals(whole.report().worstFindings(100), r.worstFindings(100));
        assertEquals(ReportJsonReader.read(root.resolve("plain/report.json")).findings().subList(0, 5), r.findings());
    }

    @Test
    void theLogSaysWhereAllFindingsAreAndAnUncappedRunRemovesAnEarlierList() throws Exception {
        corpus();
        List<String> lines = new java.util.ArrayList<>();
        RunOutcome capped = CorpusRun.execute(settings("out", 3, 2), new RecordingLog(lines));
        int findings = capped.result().findings().size();
        assertTrue(lines.contains(String.format(java.util.Locale.ROOT, "info report.json holds the first 3 of %,d"
                + " findings (maxReportJsonFindings); all are in %s.", findings,
                root.resolve("out").resolve("findings.jsonl"))), lines.toString());
        assertTrue(Files.exists(root.resolve("out/findings.jsonl")));
        lines.clear();
        CorpusRun.execute(settings("out", findings, 2), new RecordingLog(lines));
        assertFalse(Files.exists(root.resolve("out/findings.jsonl")));
        assertTrue(lines.stream().noneMatch(l -> l.contains("findings.jsonl") || l.contains("maxReportJsonFindings")),
                lines.toString());
        assertEquals(1, new ObjectMapper().readTree(root.resolve("out/report.json").toFile()).get("schemaVersion").asInt());
    }

    @Test
    void aNegativeCapIsASettingsProblem() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> CorpusSettings.builder(root).set(RunOptions.MAX_REPORT_JSON_FINDINGS, -1).build());
        assertEquals(List.of("maxReportJsonFindings: '-1' must be at least 0."), e.problems());
    }
}
