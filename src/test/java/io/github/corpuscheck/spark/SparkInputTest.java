package io.github.corpuscheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's input beyond a local folder: a corpus in a Hadoop file system that {@code java.nio} cannot see
 * (listed, read by the executors and re-read by the driver through Hadoop only), and a corpus of Parquet files read
 * by Spark, its columns mapped as JSON fields. Each gives the findings of a local run on the same documents.
 */
class SparkInputTest {

    private static SparkSession spark;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.builder("corpus-check-input-test")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.hadoop.fs." + HiddenRootFileSystem.SCHEME + ".impl", HiddenRootFileSystem.class.getName())
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static final String PARA = "The council approved the new budget for the harbour district on Tuesday after"
            + " a long debate.";
    private static final String STORY = PARA + "\n\nMembers said the plan would cut waiting times at the ferry terminal"
            + " by half.\n\nThe mayor called the vote a fair compromise between the shipping firms and the residents.";

    /** Articles as JSON objects with their keys in alphabetical order (as Spark writes a struct read from JSON). */
    private static List<Map<String, String>> articles(int n) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("date", "2024-0" + (1 + i % 9) + "-1" + (i % 10));
            a.put("id", "a" + i);
            String text = i % 7 == 0 ? STORY : STORY.replace("budget", "budget number " + i) + " Report " + i + ".";
            if (i % 9 == 4) {
                text = PARA.substring(0, 40 + i % 40); // cut short: a prefix of another article
            }
            a.put("text", text);
            if (i % 5 != 0) {
                a.put("title", "Harbour budget " + (i % 3));
            }
            a.put("url", "https://example.org/" + (i % 13));
            out.add(a);
        }
        return out;
    }

    private static String jsonLines(List<Map<String, String>> articles) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> a : articles) {
            out.append(JSON.writeValueAsString(a)).append('\n');
        }
        return out.toString();
    }

    /** Runs the job; returns its exit code and collects its log lines. */
    private static int job(String input, Path settingsFile, Path out, long pieceBytes, List<String> log) {
        return SparkCheckJob.run(spark, new String[] {"--settings", settingsFile.toString(), "--input", input,
                "--output", out.toString(), "--piece-size", Long.toString(pieceBytes)}, new RunLog() {
                    @Override
                    public void info(String line) {
                        log.add(line);
                    }

                    @Override
                    public void warn(String line) {
                        log.add("WARN " + line);
                    }

                    @Override
                    public void error(String line) {
                        log.add("ERROR " + line);
                    }
                });
    }

    @Test
    void corpusInAHadoopFileSystemGivesTheLocalRunsReport(@TempDir Path dir) throws Exception {
        Path hidden = Files.createDirectories(dir.resolve("hidden"));
        Path corpus = Files.createDirectories(hidden.resolve("corpus"));
        StringBuilder jsonl = new StringBuilder(jsonLines(articles(40)));
        jsonl.insert(jsonl.indexOf("\n", 900) + 1, "{\"id\": broken line\n\n   \n");
        Files.writeString(corpus.resolve("news.jsonl"), jsonl);
        Files.writeString(Files.createDirectories(corpus.resolve("more")).resolve("copy.jsonl"),
                jsonl.substring(0, jsonl.length() / 2));
        Files.writeString(corpus.resolve("blank.jsonl"), "\n\n   \n\n".repeat(40));
        Files.write(corpus.resolve("binary.jsonl"), new byte[] {'{', 0, 1, 2, '\n', '{', '}', '\n'});
        Files.writeString(corpus.resolve("more/story.txt"), "# Harbour budget\n\n" + STORY + "\n");
        Files.writeString(corpus.resolve("cut.txt"), "The council approved the new budget for the");
        Files.writeString(Files.createDirectories(corpus.resolve(".git")).resolve("notes.txt"), STORY);
        Files.writeString(corpus.resolve("left-out.md"), STORY);
        Files.writeString(corpus.resolve("big.txt"), (STORY + "\n\n").repeat(20)); // above maxFileSize
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\nexcludes: ['left-*']\nmaxFileSize: 4096\n"
                + "limits:\n  - {rule: '*', maximumCount: 5}\n");
        RunOutcome local = SparkRuns.local(corpus, settingsFile, dir.resolve("local"));
        assertTrue(local.result().findings().size() > 40, "findings: " + local.result().findings().size());
        assertTrue(local.result().byRule().containsKey("metadata.url-repeated"), local.result().byRule().toString());

        HiddenRootFileSystem.root = hidden.toFile();
        HiddenRootFileSystem.opened.clear();
        HiddenRootFileSystem.listed.clear();
        String input = HiddenRootFileSystem.SCHEME + ":/corpus";
        assertFalse(Files.exists(Path.of("/corpus")), "the corpus must be out of java.nio's sight");
        List<String> log = new ArrayList<>();
        int code = job(input, settingsFile, dir.resolve("spark"), 97, log);
        assertEquals(SparkRuns.exitCode(local), code, String.join("\n", log));

        String expected = Files.readString(dir.resolve("local/report.json"));
        String actual = Files.readString(dir.resolve("spark/report.json"))
                .replace(JSON.writeValueAsString(input), JSON.writeValueAsString(local.result().corpusLabel()));
        assertEquals(expected, actual);
        // everything came through the Hadoop file system: the listing, the executors' pieces, the driver's re-reads
        assertTrue(HiddenRootFileSystem.listed.contains("/corpus/more"), HiddenRootFileSystem.listed.toString());
        assertFalse(HiddenRootFileSystem.listed.contains("/corpus/.git"), HiddenRootFileSystem.listed.toString());
        assertTrue(HiddenRootFileSystem.opened.contains("/corpus/more/story.txt"), HiddenRootFileSystem.opened.toString());
        assertFalse(HiddenRootFileSystem.opened.contains("/corpus/left-out.md"));
        // a text file too large to read is reported from its listed size: never opened, never copied
        assertTrue(local.result().byRule().containsKey("input.too-large"), local.result().byRule().toString());
        assertFalse(HiddenRootFileSystem.opened.contains("/corpus/big.txt"));
        String driver = log.stream().filter(l -> l.startsWith("Driver:")).findFirst().orElseThrow();
        assertTrue(driver.matches("Driver: [1-9][0-9]* corpus files? \\([1-9][0-9,]* bytes\\) fetched for its own reads\\."), driver);
    }

    @Test
    void fileThatHadoopCannotOpenIsReportedAsUnreadable(@TempDir Path dir) throws Exception {
        Path hidden = Files.createDirectories(dir.resolve("hidden"));
        Path corpus = Files.createDirectories(hidden.resolve("corpus"));
        Files.writeString(corpus.resolve("news.jsonl"), jsonLines(articles(12)));
        Files.writeString(corpus.resolve("denied.jsonl"), jsonLines(articles(12)));
        Files.writeString(corpus.resolve("denied.txt"), STORY);
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        HiddenRootFileSystem.root = hidden.toFile();
        List<String> log = new ArrayList<>();
        job(HiddenRootFileSystem.SCHEME + ":/corpus", settingsFile, dir.resolve("spark"), 500, log);
        JsonNode report = JSON.readTree(dir.resolve("spark/report.json").toFile());
        List<String> unreadable = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("input.unreadable")) {
                unreadable.add(f.get("file").asText() + ":" + f.get("line").asInt() + " " + f.get("message").asText());
            }
        }
        assertEquals(List.of(
                "denied.jsonl:1 The file could not be read (IOException: Permission denied: /corpus/denied.jsonl).",
                "denied.txt:1 The file could not be read (IOException: Permission denied: /corpus/denied.txt)."), unreadable);
        assertEquals(12, report.get("corpus").get("documents").asInt());
    }

    @Test
    void missingHadoopInputIsAClearError(@TempDir Path dir) throws Exception {
        HiddenRootFileSystem.root = dir.toFile();
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        List<String> log = new ArrayList<>();
        assertEquals(2, job(HiddenRootFileSystem.SCHEME + ":/nowhere", settingsFile, dir.resolve("out"), 1 << 20, log));
        assertTrue(log.contains("ERROR Corpus " + HiddenRootFileSystem.SCHEME + ":/nowhere does not exist."),
                log.toString());
        log.clear();
        assertEquals(2, job("nosuchscheme://host/corpus", settingsFile, dir.resolve("out"), 1 << 20, log));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("ERROR Could not open corpus nosuchscheme://host/corpus: ")),
                log.toString());
    }

    /** A Parquet file written by Spark from JSON Lines, named {@code name} in {@code folder}. */
    private static Path parquet(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows, Path work, Path folder,
            String name) throws IOException {
        Path written = work.resolve("written-" + name);
        rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(written.toUri().toString());
        Path part;
        try (Stream<Path> files = Files.list(written)) {
            part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.createDirectories(folder);
        return Files.move(part, folder.resolve(name));
    }

    /** The report's findings and summary, the file named as the local run named it. */
    private static JsonNode findingsAndSummary(Path report, String from, String to) throws IOException {
        String text = Files.readString(report, StandardCharsets.UTF_8).replace(from, to);
        JsonNode tree = JSON.readTree(text);
        ObjectNode out = JSON.createObjectNode();
        out.set("findings", tree.get("findings"));
        out.set("summary", tree.get("summary"));
        out.set("documents", tree.get("corpus").get("documents"));
        return out;
    }

    @Test
    void parquetFileGivesTheFindingsOfItsJsonLines(@TempDir Path dir) throws Exception {
        Path jsonlCorpus = Files.createDirectories(dir.resolve("jsonl"));
        Path jsonl = jsonlCorpus.resolve("news.jsonl");
        Files.writeString(jsonl, jsonLines(articles(60)));
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        Path parquetSettings = dir.resolve("parquet.yaml");
        Files.writeString(parquetSettings, "reportFormats: [json]\ninputFormat: parquet\n");

        Path corpus = dir.resolve("parquet");
        parquet(spark.read().json(jsonl.toString()), dir, corpus, "news.parquet");
        // a second, empty file: no rows, as an empty JSON Lines file has no lines
        parquet(spark.read().json(jsonl.toString()).limit(0), dir, corpus, "none.parquet");
        Files.writeString(jsonlCorpus.resolve("none.jsonl"), "");
        RunOutcome local = SparkRuns.local(jsonlCorpus, settingsFile, dir.resolve("local"));
        assertTrue(local.result().findings().size() > 20, "findings: " + local.result().findings().size());
        List<String> log = new ArrayList<>();
        // read in runs of a few rows (a piece of 2,000 bytes of JSON), so several executors' runs make one file
        int code = job(corpus.toString(), parquetSettings, dir.resolve("spark"), 2000, log);
        assertEquals(SparkRuns.exitCode(local), code, String.join("\n", log));
        JsonNode expected = findingsAndSummary(dir.resolve("local/report.json"), ".jsonl", ".parquet");
        JsonNode actual = findingsAndSummary(dir.resolve("spark/report.json"), "", "");
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
        assertEquals(60, actual.get("documents").asInt());
        assertTrue(log.stream().anyMatch(l -> l.matches("Spark: ([2-9]|[1-9][0-9]+) pieces .*")), log.toString());
    }

    @Test
    void parquetColumnsAreMappedAsJsonFields(@TempDir Path dir) throws Exception {
        Path jsonlCorpus = Files.createDirectories(dir.resolve("jsonl"));
        Path jsonl = jsonlCorpus.resolve("news.jsonl");
        Files.writeString(jsonl, jsonLines(articles(30)));
        Path plain = dir.resolve("plain.yaml");
        Files.writeString(plain, "reportFormats: [json]\n");
        SparkRuns.local(jsonlCorpus, plain, dir.resolve("local"));

        // renamed columns, the date and the address in a nested column
        Path corpus = dir.resolve("renamed");
        Path file = parquet(spark.read().json(jsonl.toString()).select(col("id").as("doc_id"), col("text").as("body"),
                col("title").as("headline"), struct(col("date").as("published"), col("url").as("link")).as("meta")),
                dir, corpus, "news.parquet");
        Path mapped = dir.resolve("mapped.yaml");
        Files.writeString(mapped, "reportFormats: [json]\nfields:\n  id: doc_id\n  text: body\n  title: headline\n"
                + "  date: /meta/published\n  url: /meta/link\n");
        List<String> log = new ArrayList<>();
        // the input is the one Parquet file
        job(file.toString(), mapped, dir.resolve("spark"), 1 << 20, log);
        JsonNode expected = findingsAndSummary(dir.resolve("local/report.json"), "news.jsonl", "news.parquet");
        JsonNode actual = findingsAndSummary(dir.resolve("spark/report.json"), "", "");
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
        assertTrue(actual.get("findings").size() > 10, actual.toPrettyString());

        // without the mapping the columns are other fields: every row is a document without text or id
        job(file.toString(), plain, dir.resolve("unmapped"), 1 << 20, log);
        JsonNode unmapped = findingsAndSummary(dir.resolve("unmapped/report.json"), "", "");
        assertEquals(30, unmapped.get("summary").get("byRule").get("input.missing-text").asInt(),
                unmapped.toPrettyString());
        assertEquals("news.parquet:30", unmapped.get("findings").get(58).get("document").asText());
    }

    private static final Path REUTERS = Path.of("../shared/corpora/reuters21578/reuters21578.jsonl.gz");

    /**
     * 20,000 generated articles in one JSON Lines file: a local run, the job reading it through the Hadoop file system
     * in 4 MB pieces, and the job reading it as Parquet written in row groups of 1 MB and read in splits of 4 MB (so
     * one file's rows reach the executors in several partitions, in no particular order).
     */
    @Test
    void syntheticCorpusThroughHadoopAndAsParquet(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(REUTERS),
                "Reuters (the generator's sentences) not available");
        Path hidden = Files.createDirectories(dir.resolve("hidden"));
        Path corpus = Files.createDirectories(hidden.resolve("corpus"));
        new io.github.corpuscheck.bench.SyntheticNewsCorpus(20_000, 42, REUTERS).write(corpus.resolve("news.jsonl"));
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        long t0 = System.nanoTime();
        RunOutcome local = SparkRuns.local(corpus, settingsFile, dir.resolve("local"));
        long t1 = System.nanoTime();
        List<String> log = new ArrayList<>();
        assertEquals(SparkRuns.exitCode(local), job(corpus.toString(), settingsFile, dir.resolve("folder"), 4L << 20, log));
        long tf = System.nanoTime();
        log.add("---");
        HiddenRootFileSystem.root = hidden.toFile();
        String input = HiddenRootFileSystem.SCHEME + ":/corpus";
        assertEquals(SparkRuns.exitCode(local), job(input, settingsFile, dir.resolve("hadoop"), 4L << 20, log));
        long t2 = System.nanoTime();
        String expected = Files.readString(dir.resolve("local/report.json"));
        assertEquals(expected, Files.readString(dir.resolve("hadoop/report.json"))
                .replace(JSON.writeValueAsString(input), JSON.writeValueAsString(local.result().corpusLabel())));

        Path parquet = Files.createDirectories(dir.resolve("corpus.parquet")); // read as Parquet by its name
        Path written = dir.resolve("written-news");
        spark.read().json(corpus.resolve("news.jsonl").toString()).coalesce(1).write().mode(SaveMode.Overwrite)
                .option("parquet.block.size", 1 << 20).parquet(written.toUri().toString());
        try (Stream<Path> files = Files.list(written)) {
            Files.move(files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow(),
                    parquet.resolve("news.parquet"));
        }
        spark.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(4L << 20));
        log.add("---");
        long t3 = System.nanoTime();
        try {
            job(parquet.toString() + "/", settingsFile, dir.resolve("pq"), 4L << 20, log);
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
        }
        long t4 = System.nanoTime();
        System.out.printf("20,000 articles: local run %.1f s, job on the folder %.1f s, job through Hadoop %.1f s,"
                + " job on Parquet %.1f s%n", (t1 - t0) / 1e9, (tf - t1) / 1e9, (t2 - tf) / 1e9, (t4 - t3) / 1e9);
        log.stream().filter(l -> l.startsWith("Spark") || l.startsWith("Driver") || l.equals("---"))
                .forEach(System.out::println);
        JsonNode expectedFindings = findingsAndSummary(dir.resolve("local/report.json"), "news.jsonl", "news.parquet");
        JsonNode actual = findingsAndSummary(dir.resolve("pq/report.json"), "", "");
        assertEquals(expectedFindings.toPrettyString(), actual.toPrettyString());
        assertEquals(20_000, actual.get("documents").asInt());
    }

    @Test
    void parquetColumnsOfEveryTypeBecomeOneJsonObject() {
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> row = spark.sql("select 'a\\\"b\\nc' as s,"
                + " cast(null as string) as absent, 42 as i, 1.5d as d, true as b, array('x', 'y') as tags,"
                + " named_struct('date', '2024-01-02', 'n', 1) as meta, map('k', 'v') as m,"
                + " cast('hi' as binary) as raw, date'2024-03-04' as day, `weird name`"
                + " from values (1) as t(`weird name`)");
        String json = row.select(ParquetPieces.json(row.schema())).first().getString(0);
        assertEquals("{\"s\":\"a\\\"b\\nc\",\"i\":42,\"d\":1.5,\"b\":true,\"tags\":[\"x\",\"y\"],"
                + "\"meta\":{\"date\":\"2024-01-02\",\"n\":1},\"m\":{\"k\":\"v\"},\"raw\":\"aGk=\","
                + "\"day\":\"2024-03-04\",\"weird name\":1}", json);
    }

    @Test
    void parquetInputIsDetectedByNameOrSetting() {
        Map<String, Object> values = new LinkedHashMap<>();
        assertTrue(SparkCheckJob.parquet("s3a://bucket/news.parquet/", values));
        assertEquals(Map.of("inputFormat", "jsonl", "encoding", "UTF-8", "includes", List.of("**/*.parquet")), values);
        values = new LinkedHashMap<>(Map.of("inputFormat", "parquet", "includes", List.of("2024/*.parquet")));
        assertTrue(SparkCheckJob.parquet("hdfs://nn/corpus", values));
        assertEquals(List.of("2024/*.parquet"), values.get("includes"));
        assertFalse(SparkCheckJob.parquet("hdfs://nn/corpus", new LinkedHashMap<>()));
        assertFalse(SparkCheckJob.parquet("/data/x.parquet", new LinkedHashMap<>(Map.of("inputFormat", "jsonl"))));
        assertTrue(HadoopInput.isLocal("/data/corpus"));
        assertTrue(HadoopInput.isLocal("corpus"));
        assertTrue(HadoopInput.isLocal("C:/corpus"));
        assertTrue(HadoopInput.isLocal("data/a:b"));
        assertFalse(HadoopInput.isLocal("file:/data/corpus"));
        assertFalse(HadoopInput.isLocal("hdfs://nn:8020/corpus"));
    }
}
