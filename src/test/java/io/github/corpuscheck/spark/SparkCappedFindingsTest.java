package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.report.CorpusReport;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ReportJsonReader;
import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOutcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job with a small {@code maxReportJsonFindings}: its report.json holds the first findings and names the
 * part files under {@code findings/}, which hold every finding in report order, byte for byte the local run's
 * {@code findings.jsonl}; no second copy is written.
 */
class SparkCappedFindingsTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.builder("corpus-check-capped-test")
                .config("spark.default.parallelism", "3")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path corpus(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String story = "The council approved the new budget for the harbour district on Tuesday after a long debate."
                + "\n\nMembers said the plan would cut waiting times at the ferry terminal by half.";
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String text = i % 5 == 0 ? story : story.replace("budget", "budget number " + i) + " Report " + i + ".";
            jsonl.append("{\"id\":\"a").append(i).append("\",\"date\":\"2024-0").append(1 + i % 9)
                    .append("-1").append(i % 10).append("\",\"url\":\"https://example.org/").append(i % 7)
                    .append("\",\"text\":\"").append(text.replace("\n", "\\n")).append("\"}\n");
            if (i % 11 == 3) {
                jsonl.append("{\"id\": broken line\n");
            }
        }
        Files.writeString(corpus.resolve("news.jsonl"), jsonl);
        Files.writeString(corpus.resolve("copy.jsonl"), jsonl.substring(0, jsonl.length() / 2));
        Files.writeString(corpus.resolve("cut.txt"), "The council approved the new budget for the");
        return corpus;
    }

    @Test
    void theInlineFindingsAndThePartsAreTheLocalRunsFindings(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\nmaxReportJsonFindings: 7\n");
        Path localOut = dir.resolve("local");
        Path sparkOut = dir.resolve("spark");
        RunOutcome local = SparkRuns.local(corpus, settingsFile, localOut);
        int code = SparkCheckJob.run(spark, new String[] {"--settings", settingsFile.toString(), "--input",
                corpus.toString(), "--output", sparkOut.toString(), "--piece-size", "500"}, RunLog.SILENT);
        assertEquals(RunOutcome.Status.FAILED, local.status());
        assertEquals(1, code);
        List<Finding> findings = local.result().findings();
        assertTrue(findings.size() > 20, "findings: " + findings.size());

        // report.json: the local one, naming the part files instead of findings.jsonl; no second copy
        String localJson = Files.readString(localOut.resolve("report.json"), StandardCharsets.UTF_8);
        String sparkJson = Files.readString(sparkOut.resolve("report.json"), StandardCharsets.UTF_8);
        assertTrue(localJson.contains("\"path\": \"findings.jsonl\""), localJson);
        assertEquals(localJson.replace("\"path\": \"findings.jsonl\"", "\"path\": \"findings/\""), sparkJson);
        assertFalse(Files.exists(sparkOut.resolve("findings.jsonl")));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode report = mapper.readTree(sparkJson);
        assertEquals(2, report.get("schemaVersion").asInt());
        assertEquals("{\"total\":" + findings.size() + ",\"inline\":7,\"path\":\"findings/\"}",
                report.get("allFindings").toString());
        assertEquals(7, report.get("findings").size());
        assertEquals(mapper.readTree(localJson).get("summary"), report.get("summary"));

        // the parts, in name order: every finding in report order, byte for byte the local findings.jsonl
        List<Path> parts;
        try (Stream<Path> s = Files.list(sparkOut.resolve("findings"))) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        assertEquals(1, parts.size(), "parts: " + parts); // fewer than 100,000 findings: one part
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Path part : parts) {
            joined.write(Files.readAllBytes(part));
        }
        assertArrayEquals(Files.readAllBytes(localOut.resolve("findings.jsonl")), joined.toByteArray());
        List<String> lines = List.of(joined.toString(StandardCharsets.UTF_8).split("\n"));
        List<String> expected = new ArrayList<>();
        for (Finding f : findings) {
            expected.add(JsonReportWriter.findingLine(f));
        }
        assertEquals(expected, lines);
        // the inline findings are the first lines; inline + the rest = the local run's findings, sorted or not
        List<String> combined = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            assertEquals(mapper.readTree(lines.get(combined.size())), f);
            combined.add(mapper.writeValueAsString(f));
        }
        combined.addAll(lines.subList(7, lines.size()));
        List<String> sortedLocal = new ArrayList<>(expected);
        sortedLocal.sort(null);
        List<String> sortedJob = new ArrayList<>();
        for (String c : combined) {
            sortedJob.add(mapper.readTree(c).toString());
        }
        List<String> sortedExpected = new ArrayList<>();
        for (String e : sortedLocal) {
            sortedExpected.add(mapper.readTree(e).toString());
        }
        sortedJob.sort(null);
        sortedExpected.sort(null);
        assertEquals(sortedExpected, sortedJob);

        // read back: the same counts and worst findings as the local report
        CorpusReport fromJob = ReportJsonReader.read(sparkOut.resolve("report.json"), 1000);
        CorpusReport fromLocal = ReportJsonReader.read(localOut.resolve("report.json"), 1000);
        assertEquals(findings.size(), fromJob.findingsTotal());
        assertEquals(fromLocal.known(), fromJob.known());
        assertEquals(fromLocal.worstFindings(10), fromJob.worstFindings(10));
        assertEquals(fromLocal.byRule(), fromJob.byRule());
    }

    @Test
    void findingsInSeveralPartsAreReadBackInReportOrder(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        CorpusSettings settings = CorpusSettings.builder(dir, CheckRegistry.load()).set("directory", corpus.toString())
                .set("outputDirectory", dir.resolve("local").toString()).set("reportFormats", "json")
                .set("maxReportJsonFindings", 4).build();
        RunOutcome local = CorpusRun.execute(settings, RunLog.SILENT);
        List<Finding> findings = local.result().findings();
        Path out = dir.resolve("job");
        // what the job does when the findings exceed the cap, with a part for every 8 findings
        JsonReportWriter.FindingsList parts = new JsonReportWriter.FindingsList() {
            @Override
            public String path() {
                return "findings/";
            }

            @Override
            public void write(List<Finding> all) throws java.io.IOException {
                SparkCheckJob.writeFindings(spark, all, out.resolve("findings"), 8);
            }
        };
        Path report = new CorpusRun(CorpusSettings.builder(dir, CheckRegistry.load()).set("directory",
                corpus.toString()).set("outputDirectory", out.toString()).set("reportFormats", "json")
                .set("maxReportJsonFindings", 4).build(), RunLog.SILENT).findingsListedBy(parts).execute().reportDirectory()
                .resolve("report.json");
        assertFalse(Files.exists(out.resolve("findings.jsonl")));
        List<Path> files = ReportJsonReader.findingsFiles(report, "findings/");
        assertEquals(3, files.size(), files.toString()); // spark.default.parallelism 3
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Path part : files) {
            joined.write(Files.readAllBytes(part));
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/findings.jsonl")), joined.toByteArray());
        CorpusReport read = ReportJsonReader.read(report, 1000);
        assertEquals(findings.size(), read.findingsTotal());
        assertEquals(ReportJsonReader.read(dir.resolve("local/report.json"), 1000).known(), read.known());
    }

    @Test
    void underTheJobsDefaultCapTheReportHoldsEveryFinding(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        Path sparkOut = dir.resolve("spark");
        SparkCheckJob.run(spark, new String[] {"--settings", settingsFile.toString(), "--input", corpus.toString(),
                "--output", sparkOut.toString()}, RunLog.SILENT);
        JsonNode report = new ObjectMapper().readTree(sparkOut.resolve("report.json").toFile());
        assertEquals(1, report.get("schemaVersion").asInt());
        assertEquals(null, report.get("allFindings"));
        long lines = 0;
        try (Stream<Path> s = Files.list(sparkOut.resolve("findings"))) {
            for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines += Files.readAllLines(part).size();
            }
        }
        assertEquals(report.get("findings").size(), lines);
        assertEquals(1_000_000, SparkCheckJob.DEFAULT_MAX_REPORT_JSON_FINDINGS);
    }
}
