package io.github.corpuscheck.spark;

import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOutcome;
import io.github.corpuscheck.run.SettingsFile;
import io.github.corpuscheck.run.ToolVersion;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The runs the Spark tests compare: a local run and the job's run, on the same corpus and settings file. */
final class SparkRuns {

    private SparkRuns() {}

    /** The settings file's values, with the corpus and the report folder. */
    static Map<String, Object> values(Path corpus, Path settingsFile, Path out) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>(SettingsFile.read(settingsFile, CheckRegistry.load()));
        values.put("directory", corpus.toString());
        values.put("outputDirectory", out.toString());
        return values;
    }

    /** A local run (as the plugin and the command line run), reports in {@code out}. */
    static RunOutcome local(Path corpus, Path settingsFile, Path out) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        CorpusSettings settings = CorpusSettings.builder(project, CheckRegistry.load())
                .toolVersion(ToolVersion.current()).outputBase(project.resolve("target/corpus"))
                .setAll(values(corpus, settingsFile, out)).build();
        return CorpusRun.execute(settings, RunLog.SILENT);
    }

    /** A run whose document phase and searches ran on Spark, and the analysis that did them (closed). */
    record Distributed(RunOutcome outcome, SparkAnalysis analysis) {}

    /** The job's run through its analysis (no command line), pieces of about {@code pieceBytes}. */
    static Distributed distributed(SparkSession spark, Path corpus, Path settingsFile, Path out, long pieceBytes)
            throws Exception {
        JobSettings job = new JobSettings(values(corpus, settingsFile, out), Path.of("").toAbsolutePath());
        SparkAnalysis analysis = new SparkAnalysis(spark, job, pieceBytes);
        try {
            return new Distributed(new CorpusRun(job.settings(), RunLog.SILENT, analysis).execute(), analysis);
        } finally {
            analysis.close();
        }
    }

    /** The exit code the job must give for a local run's outcome (the command line's). */
    static int exitCode(RunOutcome local) {
        return local.exitCode(true, RunLog.SILENT);
    }
}
