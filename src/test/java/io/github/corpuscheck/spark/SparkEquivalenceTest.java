package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.corpuscheck.bench.SyntheticNewsCorpus;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOutcome;
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
 * The Spark job and a local run ({@code corpus:check}, the command line) on the same corpus and settings write the
 * same report.json, byte for byte: the same findings in the same order, the same summary, sections and gate. One
 * {@code local[2]} session serves the whole class. Corpora from {@code ../shared} are skipped when absent.
 */
class SparkEquivalenceTest {

    private static final Path SHARED = Path.of("../shared");
    private static final Path REUTERS = SHARED.resolve("corpora/reuters21578/reuters21578.jsonl.gz");
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.builder("corpus-check-test")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Both runs' outcomes and report folders. */
    private record Runs(int exitCode, RunOutcome local, Path localOut, Path sparkOut) {}

    /** The local run, then the job, with the same settings file; asserts identical report.json and findings lines. */
    private static Runs compare(Path corpus, Path settingsFile, Path work, long pieceBytes) throws Exception {
        Path localOut = work.resolve("local");
        Path sparkOut = work.resolve("spark");
        long t0 = System.nanoTime();
        RunOutcome local = SparkRuns.local(corpus, settingsFile, localOut);
        long t1 = System.nanoTime();
        List<String> sparkLines = new ArrayList<>();
        int code = SparkCheckJob.run(spark, new String[] {"--settings", settingsFile.toString(), "--input",
                corpus.toString(), "--output", sparkOut.toString(), "--piece-size", Long.toString(pieceBytes)},
                new RunLog() {
                    @Override
                    public void info(String line) {
                        if (line.startsWith("Spark") || line.startsWith("Driver phases")) {
                            System.out.println(line);
                            sparkLines.add(line);
                        }
                    }

                    @Override
                    public void warn(String line) {}

                    @Override
                    public void error(String line) {}
                });
        System.out.printf("%s: local run %.1f s, Spark job %.1f s%n", corpus.getFileName(), (t1 - t0) / 1e9,
                (System.nanoTime() - t1) / 1e9);
        byte[] expected = Files.readAllBytes(localOut.resolve("report.json"));
        byte[] actual = Files.readAllBytes(sparkOut.resolve("report.json"));
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
        // the JSON Lines findings are report.json's findings, in the same order
        JsonNode report = new ObjectMapper().readTree(expected);
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> parts = Files.list(sparkOut.resolve("findings"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    lines.add(mapper.readTree(line));
                }
            }
        }
        List<JsonNode> inReport = new ArrayList<>();
        report.get("findings").forEach(inReport::add);
        assertEquals(inReport, lines);
        // the duplicate clusters were found on the executors, not by the driver
        assertTrue(sparkLines.stream().anyMatch(l -> l.startsWith("Spark: duplicates searched on the executors")),
                String.join("\n", sparkLines));
        // so were the prefixes and the dated duplicates of undated documents (prefix and date joins)
        assertTrue(sparkLines.stream().anyMatch(l -> l.startsWith("Spark: prefixes and dates of duplicates joined")),
                String.join("\n", sparkLines));
        return new Runs(code, local, localOut, sparkOut);
    }

    @Test
    void ownCorpusWithProblemsReadInTinyPieces(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String para = "The council approved the new budget for the harbour district on Tuesday after a long debate.";
        String story = para + "\n\nMembers said the plan would cut waiting times at the ferry terminal by half.\n\n"
                + "The mayor called the vote a fair compromise between the shipping firms and the residents.";
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String text = i % 7 == 0 ? story : story.replace("budget", "budget number " + i) + " Report " + i + ".";
            jsonl.append("{\"id\":\"a").append(i).append("\",\"date\":\"2024-0").append(1 + i % 9)
                    .append("-1").append(i % 10).append("\",\"url\":\"https://example.org/").append(i % 13)
                    .append("\",\"text\":\"").append(text.replace("\n", "\\n")).append("\"}\n");
            if (i % 11 == 3) {
                jsonl.append("{\"id\": broken line\n\n   \n");
            }
        }
        Files.writeString(corpus.resolve("news.jsonl"), jsonl);
        Files.writeString(corpus.resolve("copy.jsonl"), jsonl.substring(0, jsonl.length() / 2));
        Files.writeString(corpus.resolve("blank.jsonl"), "\n\n   \n\n".repeat(40));
        Files.write(corpus.resolve("binary.jsonl"), new byte[] {'{', 0, 1, 2, '\n', '{', '}', '\n'});
        Files.writeString(corpus.resolve("story.txt"), "# Harbour budget\n\n" + story + "\n");
        Files.writeString(corpus.resolve("cut.txt"), "The council approved the new budget for the");
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\nlimits:\n  - {rule: '*', maximumCount: 5}\n");
        Runs runs = compare(corpus, settingsFile, dir.resolve("out"), 97);
        assertEquals(RunOutcome.Status.FAILED, runs.local().status());
        assertEquals(1, runs.exitCode());
        assertTrue(runs.local().result().findings().size() > 40, "findings: " + runs.local().result().findings().size());
    }

    @Test
    void seeds(@TempDir Path dir) throws Exception {
        Path seeds = SHARED.resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "seeds not available");
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        Runs runs = compare(seeds.toAbsolutePath(), settingsFile, dir.resolve("out"), 1 << 20);
        assertEquals(SparkRuns.exitCode(runs.local()), runs.exitCode());
        assertEquals(2, runs.local().result().documents());
    }

    @Test
    void reuters(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(REUTERS), "Reuters not available");
        Path settingsFile = dir.resolve("settings.yaml");
        // the folder also holds notes (README.txt...): the articles only
        Files.writeString(settingsFile, "reportFormats: [json]\nincludes: ['*.jsonl.gz']\n");
        Runs runs = compare(REUTERS.getParent().toAbsolutePath(), settingsFile, dir.resolve("out"), 1 << 20);
        assertEquals(SparkRuns.exitCode(runs.local()), runs.exitCode());
        assertEquals(21_578, runs.local().result().documents());
    }

    @Test
    void syntheticCorpusOf20000DocumentsReadInPieces(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(REUTERS), "Reuters (the generator's sentences) not available");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        long bytes = new SyntheticNewsCorpus(20_000, 42, REUTERS).write(corpus.resolve("news.jsonl"));
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        // pieces of 4 MB: the one file is read by several tasks
        Runs runs = compare(corpus, settingsFile, dir.resolve("out"), 4L << 20);
        assertTrue(bytes > 8L << 20, "corpus of " + bytes + " bytes");
        assertEquals(SparkRuns.exitCode(runs.local()), runs.exitCode());
        assertEquals(20_000, runs.local().result().documents());
        assertTrue(runs.local().result().byRule().getOrDefault("duplicate.near", 0) > 1000,
                runs.local().result().byRule().toString());
    }

    @Test
    void otherRepresentativePoliciesAndASmallParagraphIndex(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(REUTERS), "Reuters (the generator's sentences) not available");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        new SyntheticNewsCorpus(3_000, 7, REUTERS).write(corpus.resolve("news.jsonl"));
        for (String policy : List.of("earliest-date", "longest", "first-id")) {
            Path settingsFile = dir.resolve(policy + ".yaml");
            Files.writeString(settingsFile, "reportFormats: [json]\nrepresentativePolicy: " + policy
                    + "\nnearJaccard: 0.6\neditionParagraphs: 2\n");
            Runs runs = compare(corpus, settingsFile, dir.resolve(policy), 1L << 20);
            assertTrue(runs.local().result().byRule().getOrDefault("duplicate.near", 0) > 100,
                    runs.local().result().byRule().toString());
        }
    }
}
