package io.github.corpuscheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --maxReportJsonFindings} on the command line: no cap by default, the first N inside report.json with one. */
class CliCappedFindingsTest {

    @TempDir
    Path work;

    @Test
    void theCommandLineCapsReportJsonOnlyWhenAsked() throws Exception {
        CliRun.copyFixture("failing", work.resolve("corpus"));
        CliRun plain = CliRun.run(work, "check", "corpus", "--maxDate", "2025-12-31", "--outputDirectory", "plain");
        CliRun capped = CliRun.run(work, "check", "corpus", "--maxDate", "2025-12-31", "--outputDirectory", "capped",
                "--maxReportJsonFindings", "1");
        assertEquals(CorpusCli.FAILED, plain.exit(), plain.toString());
        assertEquals(CorpusCli.FAILED, capped.exit(), capped.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(work.resolve("plain/report.json").toFile());
        JsonNode first = json.readTree(work.resolve("capped/report.json").toFile());
        assertFalse(Files.exists(work.resolve("plain/findings.jsonl")));
        int findings = all.get("findings").size();
        assertTrue(findings > 1, all.toString());
        assertEquals(1, all.get("schemaVersion").asInt());
        assertEquals(2, first.get("schemaVersion").asInt());
        assertEquals("{\"total\":" + findings + ",\"inline\":1,\"path\":\"findings.jsonl\"}",
                first.get("allFindings").toString());
        assertEquals(List.of(all.get("findings").get(0)), List.of(first.get("findings").get(0)));
        assertEquals(1, first.get("findings").size());
        assertEquals(all.get("summary"), first.get("summary"));
        List<String> lines = Files.readAllLines(work.resolve("capped/findings.jsonl"));
        assertEquals(findings, lines.size());
        for (int i = 0; i < findings; i++) {
            assertEquals(all.get("findings").get(i), json.readTree(lines.get(i)));
        }
        // the same cap again: the same bytes
        CliRun.run(work, "check", "corpus", "--maxDate", "2025-12-31", "--outputDirectory", "again",
                "--maxReportJsonFindings", "1", "--threads", "1");
        assertArrayEquals(Files.readAllBytes(work.resolve("capped/report.json")),
                Files.readAllBytes(work.resolve("again/report.json")));
        assertArrayEquals(Files.readAllBytes(work.resolve("capped/findings.jsonl")),
                Files.readAllBytes(work.resolve("again/findings.jsonl")));
    }
}
