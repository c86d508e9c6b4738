package io.github.corpuscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the command line the repository is found from the working folder, or from the corpus checked from elsewhere. */
class CliRepositoryPathsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String firstUri(Path sarif) throws Exception {
        return JSON.readTree(sarif.toFile()).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText();
    }

    private static JsonNode run(Path sarif) throws Exception {
        return JSON.readTree(sarif.toFile()).get("runs").get(0);
    }

    @Test
    void fromASubfolderOfTheRepositoryAndFromOutsideIt() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path corpus = CliRun.copyFixture("failing", repo.resolve("data/news"));

        CliRun inside = CliRun.run(repo.resolve("data"), "check", "news", "--reportFormats", "sarif,codeclimate",
                "--failOnViolation", "false");
        assertEquals(0, inside.exit(), inside.toString());
        Path sarif = repo.resolve("data/target/corpus/corpus.sarif");
        assertEquals("data/news/", firstUri(sarif).substring(0, "data/news/".length()));
        assertEquals("corpus-check/data/news/", run(sarif).get("automationDetails").get("id").asText());
        String path = JSON.readTree(repo.resolve("data/target/corpus/gl-code-quality-report.json").toFile()).get(0)
                .get("location").get("path").asText();
        assertEquals("data/news/", path.substring(0, "data/news/".length()));

        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        CliRun outside = CliRun.run(elsewhere, "check", corpus.toString(), "--reportFormats", "sarif",
                "--failOnViolation", "false");
        assertEquals(0, outside.exit(), outside.toString());
        assertEquals(firstUri(sarif), firstUri(elsewhere.resolve("target/corpus/corpus.sarif")));
        assertEquals(repo.toUri().toASCIIString(), run(elsewhere.resolve("target/corpus/corpus.sarif"))
                .get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    }
}
