package io.github.corpuscheck.cli;

import static io.github.corpuscheck.cli.CliRun.copyFixture;
import static io.github.corpuscheck.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.CorpusSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config}: a YAML or JSON settings file, overridden by the command line. */
class CorpusCliSettingsFileTest {

    static final String YAML = """
            # relative paths are relative to this file's folder
            directory: ../corpus
            outputDirectory: ../reports
            maxDate: 2025-12-31
            reportFormats: [json, sarif]
            rules:
              - {id: metadata.missing, severity: warning}
            limits:
              - {rule: metadata.*, maximumCount: 0}
            """;

    static final String JSON = """
            {"directory": "../corpus", "outputDirectory": "../reports", "maxDate": "2025-12-31",
             "reportFormats": ["json", "sarif"],
             "rules": [{"id": "metadata.missing", "severity": "warning"}],
             "limits": [{"rule": "metadata.*", "maximumCount": 0}]}
            """;

    @TempDir
    Path work;

    @BeforeEach
    void corpora() throws Exception {
        copyFixture("failing", work.resolve("corpus"));
        copyFixture("clean", work.resolve("clean"));
        Files.createDirectories(work.resolve("conf"));
        Files.writeString(work.resolve("conf/corpus.yaml"), YAML);
        Files.writeString(work.resolve("conf/corpus.json"), JSON);
    }

    private String lastErr(CliRun r) {
        return r.errLines().get(r.errLines().size() - 1);
    }

    @Test
    void aSettingsFileConfiguresTheRunWithPathsRelativeToItsFolder() throws Exception {
        CliRun yaml = run(work, "check", "--config", "conf/corpus.yaml");

        assertEquals(CorpusCli.FAILED, yaml.exit(), yaml.toString());
        assertEquals("[ERROR] Corpus check failed: 1 error finding(s): duplicate.exact (1); limit(s) crossed: "
                + "metadata.* count 1 > 0. See " + work.resolve("reports/report.json"), lastErr(yaml));
        assertTrue(Files.isRegularFile(work.resolve("reports/corpus.sarif")));
        String yamlReport = Files.readString(work.resolve("reports/report.json"));

        CliRun json = run(work, "check", "--config", work.resolve("conf/corpus.json").toString());

        assertEquals(yaml.exit(), json.exit(), json.toString());
        assertEquals(lastErr(yaml), lastErr(json));
        assertEquals(yamlReport, Files.readString(work.resolve("reports/report.json")));
    }

    @Test
    void commandLineOptionsOverrideTheFile() {
        CliRun relaxed = run(work, "check", "--config", "conf/corpus.yaml", "--rule", "duplicate.exact=off",
                "--limit", "metadata.*:maximumCount=1");
        CliRun otherFolder = run(work, "check", "clean", "--config", "conf/corpus.yaml");
        CliRun notFailing = run(work, "check", "--config", "conf/corpus.yaml", "--failOnViolation", "false");

        assertEquals(CorpusCli.PASSED, relaxed.exit(), relaxed.toString());
        assertEquals(CorpusCli.PASSED, otherFolder.exit(), otherFolder.toString());
        assertTrue(otherFolder.out().contains("Corpus folder clean: 2 files"), otherFolder.toString());
        assertEquals(CorpusCli.PASSED, notFailing.exit(), notFailing.toString());
        assertTrue(lastErr(notFailing).startsWith("[WARN] Corpus check failed: "), notFailing.toString());
    }

    @Test
    void anUnusableSettingsFileIsAUsageError() throws Exception {
        Files.writeString(work.resolve("conf/broken.yaml"), "directory: corpus\n  shingleSize: 5\n");
        Files.writeString(work.resolve("conf/typo.yaml"), "directory: ../corpus\nmaxDat: 2025-12-31\n");

        CliRun broken = run(work, "check", "--config", "conf/broken.yaml");
        CliRun missing = run(work, "check", "--config", "conf/none.yaml");
        CliRun typo = run(work, "check", "--config", "conf/typo.yaml", "--threads", "x");

        assertEquals(CorpusCli.USAGE, broken.exit(), broken.toString());
        assertEquals(List.of("[ERROR] Settings file " + work.resolve("conf/broken.yaml")
                + ", line 2, column 14: mapping values are not allowed here."), broken.errLines());
        assertEquals(CorpusCli.USAGE, missing.exit(), missing.toString());
        assertEquals(List.of("[ERROR] Settings file " + work.resolve("conf/none.yaml") + ": no such file."),
                missing.errLines());
        assertEquals(CorpusCli.USAGE, typo.exit(), typo.toString());
        assertEquals(List.of("[ERROR] Unknown setting 'maxDat' (did you mean 'maxDate'?).",
                "[ERROR] threads: 'x' must be a whole number."), typo.errLines());
    }

    @Test
    void theReadmesSettingsFileIsValid() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\n# corpus.yaml");
        String yaml = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));
        Files.writeString(work.resolve("corpus.yaml"), yaml);
        copyFixture("clean", work.resolve("articles"));

        CorpusSettings settings = new CorpusCli(work, CheckRegistry.load()).settings("check", "--config", "corpus.yaml");

        assertEquals(work.resolve("articles"), settings.directory());
        assertEquals("json,sarif", settings.reportFormats());
    }
}
