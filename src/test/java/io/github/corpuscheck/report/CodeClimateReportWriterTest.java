package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.corpuscheck.adopt.Fingerprints;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeClimateReportWriterTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = CodeClimateReportWriterTest.class.getResourceAsStream("/codeclimate/gitlab-code-quality.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @TempDir
    Path tmp;

    /** A repository with two modules; the corpus of {@code module} is {@code <module>/src/main/corpus}. */
    private ReportContext context(String module) throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path project = Files.createDirectories(repo.resolve(module));
        Path corpus = project.resolve("src/main/corpus");
        SourceRoot root = SourceRoot.resolve(null, project, corpus);
        return new ReportContext(project.resolve("target/corpus"), project, corpus, "1.2.3",
                ReportContext.Problems.IGNORE, root, root.category("check", corpus));
    }

    private JsonNode write(CheckResult result, ReportContext context) throws Exception {
        Path file = new CodeClimateReportWriter().write(result, context);
        assertEquals(context.outputDirectory().resolve("gl-code-quality-report.json"), file);
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, "GitLab refuses a byte order mark");
        return JSON.readTree(bytes);
    }

    private static List<String> errors(JsonNode report) {
        return schema.validate(report).stream().map(Error::toString).toList();
    }

    @Test
    void validatesAgainstGitLabsCodeQualityFormat() throws Exception {
        JsonNode report = write(ReportFixtures.result(), context("module-a"));
        assertTrue(report.isArray());
        assertEquals(3, report.size());
        assertEquals(List.of(), errors(report));
    }

    @Test
    void theSchemaCheckRejectsWhatGitLabWouldNotRead() throws Exception {
        // Guards the test above: the schema must really look at every field it is meant to.
        JsonNode report = write(ReportFixtures.result(), context("module-a"));
        ArrayNode badSeverity = report.deepCopy();
        ((ObjectNode) badSeverity.get(0)).put("severity", "error");
        assertFalse(errors(badSeverity).isEmpty());
        ArrayNode absolute = report.deepCopy();
        ((ObjectNode) absolute.get(1).get("location")).put("path", "/home/ci/repo/module-a/a.txt");
        assertFalse(errors(absolute).isEmpty());
        ArrayNode textLine = report.deepCopy();
        ((ObjectNode) textLine.get(1).get("location").get("lines")).put("begin", "1");
        assertFalse(errors(textLine).isEmpty());
        ArrayNode noCheck = report.deepCopy();
        ((ObjectNode) noCheck.get(2)).remove("check_name");
        assertFalse(errors(noCheck).isEmpty());
        assertFalse(errors(JSON.readTree("{\"description\": \"not an array\"}")).isEmpty());
    }

    @Test
    void oneIssuePerFindingOnItsRepositoryPathAndLine() throws Exception {
        JsonNode report = write(ReportFixtures.result(), context("module-a"));

        JsonNode missing = report.get(0);
        assertEquals("No date.", missing.get("description").asText());
        assertEquals("metadata.missing", missing.get("check_name").asText());
        assertEquals("critical", missing.get("severity").asText());
        assertEquals("module-a/src/main/corpus/feed.jsonl", missing.get("location").get("path").asText());
        assertEquals(3, missing.get("location").get("lines").get("begin").asInt());

        JsonNode exact = report.get(1);
        assertEquals("duplicate.exact", exact.get("check_name").asText());
        assertEquals("module-a/src/main/corpus/wire/b.txt", exact.get("location").get("path").asText());
        assertEquals(1, exact.get("location").get("lines").get("begin").asInt());

        JsonNode mid = report.get(2);
        assertEquals("minor", mid.get("severity").asText());
        // A path, not a URI: the space stays a space.
        assertEquals("module-a/src/main/corpus/wire/storm report.txt", mid.get("location").get("path").asText());
        assertEquals(1, mid.get("location").get("lines").get("begin").asInt(), "line 0 (unknown) is the first line");
    }

    @Test
    void severitiesMapOntoGitLabsScale() {
        assertEquals("critical", CodeClimateReportWriter.severity(Severity.ERROR));
        assertEquals("minor", CodeClimateReportWriter.severity(Severity.WARNING));
        assertEquals("info", CodeClimateReportWriter.severity(Severity.OFF));
    }

    @Test
    void fingerprintsStartWithTheBaselinesAndAreStableAcrossRuns() throws Exception {
        ReportContext context = context("module-a");
        JsonNode first = write(ReportFixtures.result(), context);
        String firstBytes = Files.readString(context.outputDirectory().resolve(CodeClimateReportWriter.FILE_NAME));
        write(ReportFixtures.result(), context);
        assertEquals(firstBytes, Files.readString(context.outputDirectory().resolve(CodeClimateReportWriter.FILE_NAME)));

        List<Finding> findings = ReportFixtures.result().findings();
        for (int i = 0; i < findings.size(); i++) {
            String fingerprint = first.get(i).get("fingerprint").asText();
            assertEquals(32, fingerprint.length(), fingerprint);
            assertTrue(fingerprint.matches("[0-9a-f]{32}"), fingerprint);
            assertEquals(Fingerprints.of(findings.get(i), Fingerprints.CURRENT_VERSION), fingerprint.substring(0, 16));
        }
        // Pinned: merge requests compare these with the target branch's report, written by an earlier build.
        assertEquals(Fingerprints.of(ReportFixtures.missing(), 1) + "51116bf1b07b9fc0",
                first.get(0).get("fingerprint").asText());
        assertEquals(Fingerprints.of(ReportFixtures.missing(), 1) + "51116bf1b07b9fc0",
                CodeClimateReportWriter.fingerprint(Fingerprints.of(ReportFixtures.missing(), 1),
                        "module-a/src/main/corpus", 1));
    }

    @Test
    void theSameFindingInAnotherModuleOrRepeatedKeepsItsOwnFingerprint() throws Exception {
        // GitLab merges the reports of all modules and keeps one issue per fingerprint.
        JsonNode a = write(ReportFixtures.result(), context("module-a"));
        JsonNode b = write(ReportFixtures.result(), context("module-b"));
        for (int i = 0; i < a.size(); i++) {
            String fa = a.get(i).get("fingerprint").asText();
            String fb = b.get(i).get("fingerprint").asText();
            assertNotEquals(fa, fb);
            assertEquals(fa.substring(0, 16), fb.substring(0, 16));
        }
        CheckResult twice = ReportFixtures.result(List.of(ReportFixtures.missing(), ReportFixtures.missing(),
                ReportFixtures.exact()), List.of());
        JsonNode report = write(twice, context("module-a"));
        List<String> fingerprints = new ArrayList<>();
        report.forEach(issue -> fingerprints.add(issue.get("fingerprint").asText()));
        assertEquals(3, new HashSet<>(fingerprints).size(), fingerprints.toString());
        assertEquals(fingerprints.get(0).substring(0, 16), fingerprints.get(1).substring(0, 16));
        assertEquals(a.get(0).get("fingerprint").asText(), fingerprints.get(0));
    }

    @Test
    void noFindingsIsAnEmptyArray() throws Exception {
        JsonNode report = write(ReportFixtures.result(List.of(), List.of()), context("module-a"));
        assertEquals("[ ]\n", Files.readString(tmp.resolve("repo/module-a/target/corpus/gl-code-quality-report.json"),
                StandardCharsets.UTF_8));
        assertEquals(0, report.size());
        assertEquals(List.of(), errors(report));
    }

    @Test
    void codeclimateIsAKnownReportFormat() {
        assertEquals(List.of("json", "timing", "codeclimate"),
                Reports.writersFor("json,codeclimate").stream().map(ReportWriter::format).toList());
    }
}
