package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run finds the repository's root for SARIF and Code Quality paths; report.json does not change with it. */
class RepositoryPathsRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "The harbour board met on Tuesday to discuss the new ferry timetable for the "
            + "winter. Members agreed that the early crossing would move to six in the morning from November.";

    @TempDir
    Path tmp;

    /** A project whose corpus {@code src/main/corpus} holds an exact duplicate pair. */
    private static Path project(Path project) throws Exception {
        Path corpus = Files.createDirectories(project.resolve("src/main/corpus/wire"));
        Files.writeString(corpus.resolve("a.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        Files.writeString(corpus.resolve("b.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        return project;
    }

    private static CorpusSettings settings(Path project, String formats) throws SettingsException {
        return CorpusSettings.builder(project).set("maxDate", "2025-01-01").set("cache", false)
                .set("reportFormats", formats).build();
    }

    @Test
    void aModuleOfARepositoryNamesFilesFromTheRepositorysRoot() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere/worktrees/repo\n");
        Path module = project(repo.resolve("modules/module-a"));
        List<String> lines = new ArrayList<>();

        RunOutcome outcome = CorpusRun.execute(settings(module, "sarif,codeclimate"), new RecordingLog(lines));

        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        assertFalse(lines.stream().anyMatch(l -> l.contains("No git repository")), lines.toString());
        JsonNode run = JSON.readTree(module.resolve("target/corpus/corpus.sarif").toFile()).get("runs").get(0);
        assertEquals("corpus-check/modules/module-a/src/main/corpus/", run.get("automationDetails").get("id").asText());
        assertEquals(repo.toUri().toASCIIString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        JsonNode result = run.get("results").get(0);
        assertEquals("modules/module-a/src/main/corpus/wire/b.txt", result.get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals("modules/module-a/src/main/corpus/wire/a.txt", result.get("relatedLocations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
        JsonNode issue = JSON.readTree(module.resolve("target/corpus/gl-code-quality-report.json").toFile()).get(0);
        assertEquals("duplicate.exact", issue.get("check_name").asText());
        assertEquals("modules/module-a/src/main/corpus/wire/b.txt", issue.get("location").get("path").asText());
    }

    @Test
    void reportJsonIsTheSameInsideAndOutsideARepository() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path inside = project(repo.resolve("p"));
        Path outside = project(tmp.resolve("plain/p"));

        CorpusRun.execute(settings(inside, "sarif,codeclimate"), RunLog.SILENT);
        CorpusRun.execute(settings(outside, "sarif,codeclimate"), RunLog.SILENT);

        byte[] report = Files.readAllBytes(inside.resolve("target/corpus/report.json"));
        assertArrayEquals(report, Files.readAllBytes(outside.resolve("target/corpus/report.json")));
        String text = new String(report, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains(tmp.toString()), "no absolute path in report.json");
    }

    @Test
    void outsideAnyRepositoryOneLogLineSaysWhatPathsAreRelativeTo() throws Exception {
        Path plain = project(tmp.resolve("plain/p"));
        List<String> lines = new ArrayList<>();

        CorpusRun.execute(settings(plain, "json,sarif"), new RecordingLog(lines));

        String note = "info No git repository above " + plain + ": SARIF and Code Quality paths are relative to this "
                + "folder (set sarifRoot to the repository's root to change it).";
        assertEquals(1, lines.stream().filter(note::equals).count(), lines.toString());
        JsonNode run = JSON.readTree(plain.resolve("target/corpus/corpus.sarif").toFile()).get("runs").get(0);
        assertEquals("src/main/corpus/wire/b.txt", run.get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
        // A corpus outside the project folder: absolute paths, said instead.
        Path elsewhere = project(tmp.resolve("elsewhere")).resolve("src/main/corpus");
        lines.clear();
        CorpusRun.execute(CorpusSettings.builder(plain).set("directory", elsewhere.toString()).set("cache", false)
                .set("maxDate", "2025-01-01").set("reportFormats", "codeclimate").build(), new RecordingLog(lines));
        assertEquals(List.of("info The corpus " + elsewhere + " lies outside " + plain + ": SARIF and Code Quality "
                + "name its files by absolute paths (set sarifRoot to a folder holding it)."),
                lines.stream().filter(l -> l.contains("SARIF")).toList());
        assertEquals(elsewhere.resolve("wire/b.txt").toString(), JSON.readTree(plain.resolve(
                "target/corpus/gl-code-quality-report.json").toFile()).get(0).get("location").get("path").asText());
        // Without a report that names repository paths, nothing to say.
        lines.clear();
        CorpusRun.execute(settings(plain, "json,html"), new RecordingLog(lines));
        assertFalse(lines.stream().anyMatch(l -> l.contains("No git repository")), lines.toString());
    }

    @Test
    void sarifRootOverridesTheRepositoryAndMustBeAFolder() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path module = project(repo.resolve("module"));
        CorpusSettings settings = CorpusSettings.builder(module).set("maxDate", "2025-01-01").set("cache", false)
                .set("reportFormats", "sarif").set("sarifRoot", ".").build();
        assertEquals(module, settings.sarifRoot().normalize());

        CorpusRun.execute(settings, RunLog.SILENT);

        JsonNode run = JSON.readTree(module.resolve("target/corpus/corpus.sarif").toFile()).get("runs").get(0);
        assertEquals("src/main/corpus/wire/b.txt", run.get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals("corpus-check/src/main/corpus/", run.get("automationDetails").get("id").asText());

        SettingsException e = assertThrows(SettingsException.class,
                () -> CorpusSettings.builder(module).set("sarifRoot", "no-such-folder").build());
        assertEquals(List.of("sarifRoot: '" + module.resolve("no-such-folder") + "' is not a folder."), e.problems());
        assertTrue(CorpusSettings.builder(module).build().canonical().contains("sarifRoot=null\n"));
    }
}
