package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals as Maven configures them from a POM. Reports go to a temporary folder so tests never write into
 * src/test/resources.
 */
@MojoTest
class CheckMojoTest {

    private static final String FAILING = "src/test/resources/unit/failing";

    @TempDir
    Path out;

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void failsOnceWithEveryErrorRuleAndCrossedLimit(CheckMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Corpus check failed: 1 error finding(s): duplicate.exact (1); limit(s) crossed: "
                + "metadata.* count 1 > 0. See " + out.resolve("report.json"), e.getMessage());
        String report = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"metadata.missing\": 1"), report);
        assertTrue(report.contains("\"duplicate.exact\": 1"), report);
        assertTrue(Files.isRegularFile(out.resolve("timing.json")));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void reportsWithoutFailingWhenFailOnViolationIsOff(CheckMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();
        mojo.failOnViolation = false;

        mojo.execute();

        assertTrue(Files.isRegularFile(out.resolve("report.json")));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void reportIsByteIdenticalAcrossRunsAndThreadCounts(CheckMojo mojo) throws Exception {
        mojo.failOnViolation = false;
        mojo.outputDirectory = out.resolve("one").toFile();
        mojo.threads = 1;
        mojo.execute();
        mojo.outputDirectory = out.resolve("two").toFile();
        mojo.threads = 2;
        mojo.execute();

        assertEquals(Files.readString(out.resolve("one/report.json")), Files.readString(out.resolve("two/report.json")));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void skipWritesNothing(CheckMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();
        mojo.skip = true;

        mojo.execute();

        assertFalse(Files.exists(out.resolve("report.json")));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void unknownReportFormatIsAConfigurationError(CheckMojo mojo) {
        mojo.outputDirectory = out.toFile();
        mojo.reportFormats = "json,pdf";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("Invalid corpus plugin configuration: reportFormats: Unknown report format 'pdf'"), e.getMessage());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anOutputFolderThatCannotBeWrittenIsExplainedAndTheFindingsAreStillLogged(CheckMojo mojo) throws Exception {
        Path blocked = Files.writeString(out.resolve("corpus"), "a file where the reports should go");
        mojo.outputDirectory = blocked.toFile();
        mojo.cache = false;
        List<String> lines = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                lines.add("info " + line);
            }

            @Override
            public void warn(CharSequence line) {
                lines.add("warn " + line);
            }

            @Override
            public void error(CharSequence line) {
                lines.add("error " + line);
            }
        });

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("Could not check corpus " + mojo.basedir + File.separator + "corpus: cannot write " + blocked
                + ": exists and is not a directory (FileAlreadyExistsException)", e.getMessage());
        assertTrue(lines.contains("error [duplicate.exact] a.txt:1 (harbour-1) Exact duplicate of b.txt (same text after "
                        + "normalisation)."),
                lines.toString());
    }

    @Test
    @Basedir("src/test/resources/unit/no-corpus")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void defaultFolderMissingSkips(CheckMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();

        mojo.execute();

        assertFalse(Files.exists(out.resolve("report.json")));
    }

    @Test
    @Basedir("src/test/resources/unit/missing-directory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void configuredFolderMissingFails(CheckMojo mojo) {
        mojo.outputDirectory = out.toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Corpus directory " + mojo.basedir + File.separator + "articles does not exist or is not a directory.",
                e.getMessage());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "duplicates", pom = "pom.xml")
    void familyGoalReportsOnlyItsFamilyInItsOwnFolder(DuplicatesMojo mojo) throws Exception {
        mojo.buildDirectory = out.toFile();
        mojo.outputDirectory = null;
        mojo.limits = null;

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Corpus check failed: 1 error finding(s): duplicate.exact (1). See "
                + out.resolve("corpus/duplicates/report.json"), e.getMessage());
        String report = Files.readString(out.resolve("corpus/duplicates/report.json"));
        assertFalse(report.contains("metadata.missing"), report);
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aSeverityOverrideOfAMisspeltRuleIsAConfigurationError(CheckMojo mojo) {
        mojo.outputDirectory = out.toFile();
        RuleConfig rule = new RuleConfig();
        rule.setId("duplicate.exakt");
        rule.setSeverity("off");
        mojo.rules = java.util.List.of(rule);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("Invalid corpus plugin configuration: rules: 'duplicate.exakt' is not a known rule (did you mean "
                + "'duplicate.exact'?).", e.getMessage());
        assertFalse(Files.exists(out.resolve("report.json")));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void filesThatGiveNoDocumentFailTheBuildUnlessAllowEmpty(CheckMojo mojo) throws Exception {
        Path corpus = Files.createDirectories(out.resolve("blank"));
        Files.writeString(corpus.resolve("a.txt"), "");
        mojo.directory = corpus.toFile();
        mojo.outputDirectory = out.resolve("reports").toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("No document could be read from 1 file (input.empty-file 1): check the directory, includes and "
                + "inputFormat, or set allowEmpty to accept an empty corpus.", e.getMessage());
        mojo.allowEmpty = true;
        mojo.execute();
    }
}
