package io.github.corpuscheck.spark;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.IoProblems;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOptions;
import io.github.corpuscheck.run.RunOutcome;
import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.SettingsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The checks as an Apache Spark job, with the same settings file as the command line's {@code --config}:
 *
 * <pre>
 * spark-submit --class io.github.corpuscheck.spark.SparkCheckJob corpus-maven-plugin-VERSION-cli.jar \
 *     --settings settings.yaml --input /data/corpus --output /data/corpus-report
 * </pre>
 *
 * The document phase runs on the executors ({@link SparkAnalysis}); the corpus phase, the gate and the reports run on
 * the driver with the same code as the plugin, so the reports are those a local run writes. The findings are also
 * written as JSON Lines under {@code OUTPUT/findings/}, one part file per Spark partition, in report order. Beyond
 * {@code maxReportJsonFindings} findings (default {@value #DEFAULT_MAX_REPORT_JSON_FINDINGS} for the job),
 * report.json holds the first ones and names that folder for all of them. The exit code is the
 * command line's: 0 when the limits hold, 1 when they do not, 2 for bad settings or input.
 */
public final class SparkCheckJob {

    /** Exit codes, as the command line's. */
    public static final int PASSED = 0, FAILED = 1, USAGE = 2;

    private SparkCheckJob() {}

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("corpus-check").getOrCreate();
        int code;
        try {
            code = run(spark, args, RunLog.safe(new StdLog()));
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** What the job was asked to do. */
    record Arguments(Path settings, String input, Path output, long pieceBytes) {}

    /**
     * Parses {@code --settings FILE --input PATH --output PATH [--piece-size BYTES]}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static Arguments parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!List.of("--settings", "--input", "--output", "--piece-size").contains(a)) {
                throw new IllegalArgumentException("Unknown argument '" + a + "'. " + USAGE_LINE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value. " + USAGE_LINE);
            }
            values.put(a, args[++i]);
        }
        for (String required : List.of("--input", "--output")) {
            if (!values.containsKey(required)) {
                throw new IllegalArgumentException("Missing " + required + ". " + USAGE_LINE);
            }
        }
        long piece = SparkAnalysis.DEFAULT_PIECE_BYTES;
        if (values.containsKey("--piece-size")) {
            try {
                piece = Long.parseLong(values.get("--piece-size"));
            } catch (NumberFormatException e) {
                piece = 0;
            }
            if (piece <= 0) {
                throw new IllegalArgumentException("--piece-size must be a positive number of bytes, not '"
                        + values.get("--piece-size") + "'.");
            }
        }
        String settings = values.get("--settings");
        return new Arguments(settings == null ? null : Path.of(settings), values.get("--input"),
                Path.of(values.get("--output")), piece);
    }

    static final String USAGE_LINE =
            "Usage: --settings settings.yaml --input CORPUS --output REPORT_FOLDER [--piece-size BYTES]";

    /** Runs the job on a session; returns the exit code. */
    public static int run(SparkSession spark, String[] args, RunLog log) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            return USAGE;
        }
        Path project = Path.of("").toAbsolutePath();
        JobSettings job;
        boolean local = HadoopInput.isLocal(a.input());
        boolean parquet;
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            if (a.settings() != null) {
                values.putAll(SettingsFile.read(a.settings(), CheckRegistry.load()));
            }
            parquet = parquet(a.input(), values);
            // a corpus read through Hadoop keeps its URI: no local path stands for it
            values.put(RunOptions.DIRECTORY, !local ? a.input() : parquet
                    ? Path.of(a.input()).toAbsolutePath().normalize().toUri().toString()
                    : Path.of(a.input()).toAbsolutePath().normalize().toString());
            values.put(RunOptions.OUTPUT_DIRECTORY, a.output().toAbsolutePath().normalize().toString());
            values.putIfAbsent(RunOptions.MAX_REPORT_JSON_FINDINGS, DEFAULT_MAX_REPORT_JSON_FINDINGS);
            job = new JobSettings(values, project);
            job.settings();
        } catch (SettingsException e) {
            e.problems().forEach(log::error);
            return USAGE;
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            return USAGE;
        }
        SparkAnalysis analysis;
        try {
            analysis = local && !parquet ? new SparkAnalysis(spark, job, a.pieceBytes())
                    : new SparkAnalysis(spark, job, a.pieceBytes(), HadoopInput.of(local
                            ? Path.of(a.input()).toAbsolutePath().normalize().toUri().toString() : a.input(),
                            spark.sparkContext().hadoopConfiguration()), parquet);
        } catch (IOException | IllegalArgumentException e) {
            log.error("Could not open corpus " + a.input() + ": " + e.getMessage());
            return USAGE;
        }
        JobMetrics metrics = new JobMetrics();
        spark.sparkContext().addSparkListener(metrics);
        long started = System.nanoTime();
        FindingParts parts = new FindingParts(spark, a.output().resolve("findings"));
        RunOutcome outcome;
        try {
            outcome = new CorpusRun(job.settings(), log, analysis).findingsListedBy(parts).execute();
        } catch (IllegalArgumentException e) {
            log.error("Invalid settings: " + e.getMessage());
            return USAGE;
        } catch (IOException | UncheckedIOException e) {
            log.error("Could not check corpus " + a.input() + ": " + IoProblems.describe(e, a.output()));
            return USAGE;
        } catch (Exception e) { // Scala declares no exceptions: a failed Spark job arrives here undeclared
            if (e instanceof org.apache.spark.SparkException) {
                log.error("The Spark job failed: " + e.getMessage());
                return USAGE;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        } finally {
            spark.sparkContext().removeSparkListener(metrics);
            analysis.close();
        }
        log.info(String.format(Locale.ROOT, "Spark: %d pieces (%d files read in pieces) analysed in %,d ms, %,d bytes"
                + " of results.", analysis.pieces, analysis.splitFiles, analysis.millis, analysis.resultBytes));
        SparkDuplicates.Metrics dups = analysis.duplicateMetrics();
        if (dups != null) {
            log.info(String.format(Locale.ROOT, "Spark: duplicates searched on the executors in %,d ms: %,d documents"
                    + " with text, %,d exact groups, %,d band keys (largest LSH bucket %,d), %,d candidate pairs, %,d"
                    + " near pairs, %,d clusters, %d rounds of connected components; steps (ms) %s.", dups.millis(),
                    dups.documents(), dups.exactGroups(), dups.bandKeys(), dups.largestBucket(), dups.candidatePairs(),
                    dups.nearPairs(), dups.clusters(), dups.componentRounds(), dups.steps()));
        } else if (analysis.offeredDuplicateSearch()) {
            log.info("Spark: the duplicate search ran on the driver (the run read some files itself).");
        }
        if (outcome.result() != null) {
            log.info("Driver phases (ms): " + outcome.result().timings());
        }
        if (analysis.metadata != null && analysis.metadata.searches > 0) { // metadata joins
            log.info(String.format(Locale.ROOT, "Spark: repeated ids, URLs and titles joined in %,d ms, %,d pairs.",
                    analysis.metadata.millis, analysis.metadata.pairs));
        }
        if (analysis.fetchedByDriver() >= 0) {
            int n = analysis.fetchedByDriver();
            log.info(String.format(Locale.ROOT, "Driver: %,d %s (%,d bytes) fetched for its own reads.", n,
                    n == 1 ? "corpus file" : "corpus files", analysis.fetchedBytesByDriver()));
        }
        if (analysis.clusterJoins != null && analysis.clusterJoins.searches > 0) { // prefix and date joins
            SparkClusterJoins j = analysis.clusterJoins;
            log.info(String.format(Locale.ROOT, "Spark: prefixes and dates of duplicates joined over the clusters in"
                    + " %,d ms: %,d members, %,d records of %,d bytes, %,d bytes of shuffle, %,d prefix hits, %,d dated"
                    + " duplicates.", j.millis, j.members, j.records, j.recordBytes,
                    metrics.shuffleWrittenBy(SparkClusterJoins.STEP), j.prefixHits, j.datedHits));
        }
        log.info(metrics.stop(outcome.result() == null ? 0 : outcome.result().documents()) + String.format(Locale.ROOT,
                "; %,d ms in all.", (System.nanoTime() - started) / 1_000_000));
        if (outcome.result() != null && !parts.written) {
            try {
                writeFindings(spark, outcome.result().findings(), a.output().resolve("findings"));
            } catch (IOException | RuntimeException e) {
                log.warn("Could not write the findings as JSON Lines under " + a.output().resolve("findings")
                        + ": " + e.getMessage());
            }
        }
        return outcome.exitCode(job.settings().failOnViolation(), log);
    }

    /**
     * The most findings the job's report.json holds when the settings do not say ({@code maxReportJsonFindings}):
     * beyond them report.json names the part files under {@code OUTPUT/findings/}, which hold every finding.
     */
    public static final int DEFAULT_MAX_REPORT_JSON_FINDINGS = 1_000_000;

    /**
     * The part files under {@code OUTPUT/findings/} as report.json's complete list of findings: when the findings
     * exceed the cap, they are written while the reports are (before report.json is moved into place) and
     * report.json names the folder instead of a second copy in {@code findings.jsonl}.
     */
    private static final class FindingParts implements JsonReportWriter.FindingsList {
        private final SparkSession spark;
        private final Path folder;
        boolean written;

        FindingParts(SparkSession spark, Path folder) {
            this.spark = spark;
            this.folder = folder;
        }

        @Override
        public String path() {
            return folder.getFileName() + "/";
        }

        @Override
        public void write(List<Finding> findings) throws IOException {
            writeFindings(spark, findings, folder);
            written = true;
        }
    }

    /**
     * Whether the corpus is read as Parquet: the settings' {@code inputFormat} is {@code parquet}, or the input names a
     * {@code .parquet} file or data set. Then the settings read every listed file's rows as JSON objects (UTF-8), and
     * the includes, when not set, are the Parquet files.
     */
    static boolean parquet(String input, Map<String, Object> values) {
        Object format = values.get("inputFormat");
        String trimmed = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
        boolean parquet = format != null && "parquet".equalsIgnoreCase(format.toString().trim())
                || (format == null || "auto".equalsIgnoreCase(format.toString().trim()))
                        && trimmed.toLowerCase(Locale.ROOT).endsWith(".parquet");
        if (parquet) {
            values.put("inputFormat", "jsonl");
            values.put("encoding", "UTF-8");
            Object includes = values.get("includes");
            if (includes == null || includes instanceof List<?> l && l.isEmpty()) {
                values.put("includes", List.of("**/*.parquet"));
            }
        }
        return parquet;
    }

    /** The findings, in report order, as JSON Lines part files (one per partition) in {@code folder}. */
    static void writeFindings(SparkSession spark, List<Finding> findings, Path folder) throws IOException {
        writeFindings(spark, findings, folder, 100_000);
    }

    /** The same, with a part file for each {@code linesPerPart} findings (at most one per core of the job). */
    static void writeFindings(SparkSession spark, List<Finding> findings, Path folder, int linesPerPart)
            throws IOException {
        List<String> lines = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            lines.add(JsonReportWriter.findingLine(f));
        }
        int partitions = Math.max(1, Math.min(spark.sparkContext().defaultParallelism(),
                1 + lines.size() / linesPerPart));
        // parallelize keeps the list's order: part-00000 holds the first findings in report order, and so on
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        spark.createDataset(jsc.parallelize(lines, partitions).rdd(), Encoders.STRING())
                .write().mode(SaveMode.Overwrite).option("compression", "none").text(folder.toUri().toString());
    }

    /** Information to standard output; warnings and errors, prefixed, to standard error. */
    private static final class StdLog implements RunLog {
        @Override
        public void info(String line) {
            System.out.println(line);
        }

        @Override
        public void warn(String line) {
            System.err.println("[WARN] " + line);
        }

        @Override
        public void error(String line) {
            System.err.println("[ERROR] " + line);
        }
    }
}
