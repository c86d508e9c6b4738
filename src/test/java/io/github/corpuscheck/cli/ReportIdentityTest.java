package io.github.corpuscheck.cli;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.maven.CheckMojo;
import io.github.corpuscheck.maven.MojoSettings;
import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.ToolVersion;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven goal and the command line are two front ends of one run: the same corpus and settings (the pom of
 * {@code unit/cli-identity} and the same options on the command line, {@code maxDate} fixed) give the same settings
 * and byte-identical reports.
 */
@MojoTest
class ReportIdentityTest {

    private static final String BASEDIR = "src/test/resources/unit/cli-identity";

    @TempDir
    Path out;

    /** The pom's configuration as command-line options. */
    private static String[] options(Path outputDirectory) {
        return Stream.concat(Stream.of("check", "corpus",
                "--includes", "**/*.txt",
                "--maxDate", "2025-12-31",
                "--threads", "2",
                "--reportFormats", "json,sarif",
                "--shingleSize", "4",
                "--extraTrailers", "Read more, daily:*",
                "--rule", "metadata.missing=warning",
                "--rule", "truncation.*=off",
                "--limit", "metadata.*:maximumCount=0",
                "--limit", "duplicate.*:maximumRatio=0.5"),
                Stream.of("--outputDirectory", outputDirectory.toString())).toArray(String[]::new);
    }

    private static Path basedir(CheckMojo mojo) throws Exception {
        return ((File) getVariableValueFromObject(mojo, "basedir")).toPath();
    }

    @Test
    @Basedir(BASEDIR)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theGoalAndTheCommandLineMapToTheSameSettings(CheckMojo mojo) throws Exception {
        Path reports = out.resolve("corpus");
        setVariableValueToObject(mojo, "outputDirectory", reports.toFile());

        String maven = MojoSettings.of(mojo).canonical();
        String cli = new CorpusCli(basedir(mojo), CheckRegistry.load()).settings(options(reports)).canonical();

        assertEquals(maven, cli);
    }

    @Test
    @Basedir(BASEDIR)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theGoalAndTheCommandLineWriteByteIdenticalReports(CheckMojo mojo) throws Exception {
        Path mavenReports = out.resolve("maven/target/corpus");
        Path cliReports = out.resolve("cli/target/corpus");
        setVariableValueToObject(mojo, "outputDirectory", mavenReports.toFile());

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        CliRun cli = CliRun.run(basedir(mojo), options(cliReports));

        assertEquals(CorpusCli.FAILED, cli.exit(), cli.toString());
        assertEquals("[ERROR] " + failure.getMessage().replace(mavenReports.toString(), cliReports.toString()),
                cli.errLines().get(cli.errLines().size() - 1));
        for (String report : List.of("report.json", "corpus.sarif")) {
            String maven = Files.readString(mavenReports.resolve(report));
            assertEquals(maven, Files.readString(cliReports.resolve(report)), report);
            assertArrayEquals(Files.readAllBytes(mavenReports.resolve(report)), Files.readAllBytes(cliReports.resolve(report)));
            // both name the build's version
            assertEquals(true, maven.contains("\"" + ToolVersion.current() + "\""), report + ": " + maven);
        }
    }
}
