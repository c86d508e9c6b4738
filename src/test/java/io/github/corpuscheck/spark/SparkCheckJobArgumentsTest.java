package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.run.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and settings end the job with exit code 2 and one message each, before Spark is used. */
class SparkCheckJobArgumentsTest {

    private static List<String> run(String... args) {
        RecordingLog log = RecordingLog.plain(new java.util.ArrayList<>());
        assertEquals(SparkCheckJob.USAGE, SparkCheckJob.run(null, args, log));
        return log.lines();
    }

    @Test
    void argumentsAreParsed() {
        SparkCheckJob.Arguments a = SparkCheckJob.parse(new String[] {"--input", "in", "--output", "out",
                "--settings", "s.yaml", "--piece-size", "1000"});
        assertEquals(new SparkCheckJob.Arguments(Path.of("s.yaml"), "in", Path.of("out"), 1000), a);
        assertEquals(SparkAnalysis.DEFAULT_PIECE_BYTES,
                SparkCheckJob.parse(new String[] {"--input", "in", "--output", "out"}).pieceBytes());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(List.of("Missing --output. " + SparkCheckJob.USAGE_LINE), run("--input", "in"));
        assertEquals(List.of("Unknown argument '--inptu'. " + SparkCheckJob.USAGE_LINE),
                run("--inptu", "in", "--output", "out"));
        assertEquals(List.of("--output needs a value. " + SparkCheckJob.USAGE_LINE), run("--input", "in", "--output"));
        assertEquals(List.of("--piece-size must be a positive number of bytes, not '-5'."),
                run("--input", "in", "--output", "out", "--piece-size", "-5"));
    }

    @Test
    void badSettingsFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.yaml");
        Files.writeString(settings, "threads: many\n");
        List<String> lines = run("--settings", settings.toString(), "--input", dir.toString(), "--output",
                dir.resolve("out").toString());
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(true, lines.get(0).contains("threads"), lines.get(0));
    }
}
