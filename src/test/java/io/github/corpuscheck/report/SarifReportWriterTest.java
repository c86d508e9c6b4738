package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.corpuscheck.adopt.Fingerprints;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    @TempDir
    Path project;

    private JsonNode writeAndRead() throws Exception {
        Path file = new SarifReportWriter().write(ReportFixtures.result(), ReportFixtures.context(project));
        assertEquals(project.resolve("target/corpus/corpus.sarif"), file);
        return JSON.readTree(file.toFile());
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        JsonNode sarif = writeAndRead();
        List<Error> errors = schema.validate(sarif);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertEquals("2.1.0", sarif.get("version").asText());
    }

    @Test
    void schemaCheckRejectsAnInvalidLevel() throws Exception {
        // Guards the test above: the validator must really look at results.
        ObjectNode sarif = (ObjectNode) writeAndRead();
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(schema.validate(sarif).isEmpty());
    }

    @Test
    void oneResultPerFindingWithRepositoryRelativeLocations() throws Exception {
        JsonNode results = writeAndRead().get("runs").get(0).get("results");
        assertEquals(3, results.size());

        JsonNode missing = results.get(0);
        assertEquals("metadata.missing", missing.get("ruleId").asText());
        assertEquals(2, missing.get("ruleIndex").asInt());
        assertEquals("error", missing.get("level").asText());
        assertEquals("No date.", missing.get("message").get("text").asText());
        JsonNode loc = missing.get("locations").get(0).get("physicalLocation");
        assertEquals("src/main/corpus/feed.jsonl", loc.get("artifactLocation").get("uri").asText());
        assertEquals("%SRCROOT%", loc.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(3, loc.get("region").get("startLine").asInt());
        assertEquals("feed.jsonl:3", missing.get("locations").get(0).get("logicalLocations").get(0).get("name").asText());
        assertEquals("date", missing.get("properties").get("evidence").get("field").asText());
        assertEquals(Fingerprints.of(ReportFixtures.missing(), 1), missing.get("partialFingerprints").get("corpusFinding/v1").asText());

        JsonNode exact = results.get(1);
        assertEquals("duplicate.exact", exact.get("ruleId").asText());
        JsonNode related = exact.get("relatedLocations").get(0);
        assertEquals(1, related.get("id").asInt());
        assertEquals("src/main/corpus/wire/a.txt", related.get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals("Related document wire/a.txt.", related.get("message").get("text").asText());

        JsonNode mid = results.get(2);
        assertEquals("warning", mid.get("level").asText());
        JsonNode midLoc = mid.get("locations").get(0).get("physicalLocation");
        assertEquals("src/main/corpus/wire/storm%20report.txt", midLoc.get("artifactLocation").get("uri").asText());
        assertFalse(midLoc.has("region"), "line 0 means unknown: no region");
        assertFalse(mid.has("relatedLocations"));
    }

    @Test
    void ruleMetadataForEveryRule() throws Exception {
        JsonNode rules = writeAndRead().get("runs").get(0).get("tool").get("driver").get("rules");
        assertEquals(List.of("boilerplate.trailer", "duplicate.exact", "metadata.missing", "truncation.mid-sentence"),
                List.of(rules.get(0).get("id").asText(), rules.get(1).get("id").asText(), rules.get(2).get("id").asText(),
                        rules.get(3).get("id").asText()));
        JsonNode mid = rules.get(3);
        assertEquals("The text stops in the middle of a sentence.", mid.get("shortDescription").get("text").asText());
        assertEquals("The text stops in the middle of a sentence. Often a cut-off feed.", mid.get("fullDescription").get("text").asText());
        assertEquals("warning", mid.get("defaultConfiguration").get("level").asText());
        assertTrue(mid.get("help").get("text").asText().startsWith("The text stops in the middle of a sentence. Often a cut-off feed. Default severity: warning"));
        assertEquals("none", rules.get(0).get("defaultConfiguration").get("level").asText());
        assertEquals("error", rules.get(1).get("defaultConfiguration").get("level").asText());
    }

    @Test
    void corpusOutsideTheProjectGetsAbsoluteUris() throws Exception {
        Path elsewhere = project.resolve("elsewhere").toAbsolutePath();
        ReportContext ctx = new ReportContext(project.resolve("out"), project.resolve("proj"), elsewhere, "1.2.3");
        JsonNode sarif = JSON.readTree(new SarifReportWriter().write(ReportFixtures.result(), ctx).toFile());
        JsonNode art = sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals(elsewhere.resolve("feed.jsonl").toUri().toASCIIString(), art.get("uri").asText());
        assertFalse(art.has("uriBaseId"));
        assertEquals(List.of(), schema.validate(sarif).stream().map(Error::toString).toList());
    }

    /**
     * The shape of a module's report in a repository: paths from the repository's root, the root declared as
     * {@code %SRCROOT%}, the module's own category; valid SARIF 2.1.0. (The invoker IT {@code sarif-repository-root}
     * checks the same shape from a real two-module build in a git repository.)
     */
    @Test
    void inARepositoryUrisStartAtItsRootAndTheRunHasTheModulesCategory() throws Exception {
        Path repo = project.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("module-a"));
        Path corpus = module.resolve("src/main/corpus");
        SourceRoot root = SourceRoot.resolve(null, module, corpus);
        ReportContext ctx = new ReportContext(module.resolve("target/corpus"), module, corpus, "1.2.3",
                ReportContext.Problems.IGNORE, root, root.category("check", corpus));
        JsonNode sarif = JSON.readTree(new SarifReportWriter().write(ReportFixtures.result(), ctx).toFile());

        assertEquals(List.of(), schema.validate(sarif).stream().map(Error::toString).toList());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("corpus-check/module-a/src/main/corpus/", run.get("automationDetails").get("id").asText());
        String rootUri = run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText();
        assertEquals(repo.toUri().toASCIIString(), rootUri);
        assertTrue(rootUri.startsWith("file:/") && rootUri.endsWith("/"), rootUri);
        List<String> uris = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            for (JsonNode l : r.get("locations")) {
                JsonNode art = l.get("physicalLocation").get("artifactLocation");
                assertEquals("%SRCROOT%", art.get("uriBaseId").asText());
                uris.add(art.get("uri").asText());
            }
        }
        assertEquals(List.of("module-a/src/main/corpus/feed.jsonl", "module-a/src/main/corpus/wire/b.txt",
                "module-a/src/main/corpus/wire/storm%20report.txt"), uris);
        assertEquals("module-a/src/main/corpus/wire/a.txt", run.get("results").get(1).get("relatedLocations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
    }

    @Test
    void withoutARepositoryTheProjectIsTheRootAndTheCategoryNamesTheCorpus() throws Exception {
        JsonNode run = writeAndRead().get("runs").get(0);
        assertEquals("corpus-check/src/main/corpus/", run.get("automationDetails").get("id").asText());
        assertEquals(project.toUri().toASCIIString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    }

    @Test
    void sameResultSameBytes() throws Exception {
        Path a = new SarifReportWriter().write(ReportFixtures.result(), ReportFixtures.context(project));
        byte[] first = Files.readAllBytes(a);
        new SarifReportWriter().write(ReportFixtures.result(), ReportFixtures.context(project));
        assertEquals(new String(first), Files.readString(a));
    }
}
