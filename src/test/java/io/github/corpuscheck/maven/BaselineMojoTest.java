package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adoption workflow through the goals: baseline, check passes, a new exact duplicate fails alone. */
@MojoTest
class BaselineMojoTest {

    static final String FLOOD = "River levels rose overnight and the ferry service was suspended until further notice.\n";
    static final String FAIR = "The autumn fair drew record crowds despite the rain, organisers said on Sunday.\n";
    static final String BRIDGE = "Engineers inspected the old bridge after a lorry struck its railing late on Friday.\n";

    @TempDir
    Path project;

    private void setUp(AbstractCorpusMojo mojo) throws Exception {
        Path corpus = project.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), FLOOD);
        Files.writeString(corpus.resolve("b.txt"), FLOOD);
        Files.writeString(corpus.resolve("c.txt"), FAIR);
        mojo.basedir = project.toFile();
        mojo.directory = corpus.toFile();
        mojo.outputDirectory = project.resolve("target/corpus").toFile();
        mojo.baselineFile = project.resolve("corpus-baseline.json").toFile();
    }

    @Test
    @Basedir("src/test/resources/unit/adopt")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void withoutBaselineTheExistingProblemsFail(CheckMojo check) throws Exception {
        setUp(check);
        MojoFailureException e = assertThrows(MojoFailureException.class, check::execute);
        assertTrue(e.getMessage().contains("duplicate.exact (1)"), e.getMessage());
        Path out = project.resolve("target/corpus");
        for (String f : new String[] {"report.json", "timing.json", "index.html", "corpus.sarif", "TEST-corpus.xml", "summary.md"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String sarif = Files.readString(out.resolve("corpus.sarif"));
        assertTrue(sarif.contains("\"uri\": \"corpus/b.txt\""), "SARIF URIs are relative to the project base directory");
        assertTrue(sarif.contains("\"uriBaseId\": \"%SRCROOT%\""));
    }

    @Test
    @Basedir("src/test/resources/unit/adopt")
    void baselineThenCheckPassesThenANewDuplicateFailsAlone(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo baseline,
            @InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check) throws Exception {
        setUp(baseline);
        baseline.execute();
        String written = Files.readString(project.resolve("corpus-baseline.json"));
        assertTrue(written.startsWith("{\n  \"fingerprintVersion\": 1,\n"));
        assertEquals(1, count(written, "\"rule\": \"duplicate.exact\""));

        setUp(check);
        check.execute(); // passes: everything is baselined
        JsonNode report = report();
        assertEquals(0, report.get("findings").size());
        assertEquals(4, report.get("summary").get("baselined").asInt()); // 1 duplicate + 3 missing dates
        assertEquals(0, report.get("summary").get("fixed").asInt());

        Files.writeString(project.resolve("corpus/d.txt"), BRIDGE);
        Files.writeString(project.resolve("corpus/e.txt"), BRIDGE);
        MojoFailureException e = assertThrows(MojoFailureException.class, check::execute);
        assertTrue(e.getMessage().startsWith("Corpus check failed: 3 error finding(s): duplicate.exact (1), metadata.missing (2)"),
                e.getMessage());
        report = report();
        // Only what the new files bring: their duplicate pair and their own missing dates.
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("document").asText()));
        assertEquals(List.of("duplicate.exact e.txt", "metadata.missing d.txt", "metadata.missing e.txt"), findings.stream().sorted().toList());
        assertEquals(4, report.get("summary").get("baselined").asInt());
    }

    private JsonNode report() throws Exception {
        return new ObjectMapper().readTree(project.resolve("target/corpus/report.json").toFile());
    }

    @Test
    @Basedir("src/test/resources/unit/adopt")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void suppressionsFileExemptsDocuments(CheckMojo check) throws Exception {
        setUp(check);
        Files.writeString(project.resolve("corpus-suppressions.txt"), "# known\nduplicate.*: b.txt\nmetadata.*: *.txt\n");
        check.execute();
        JsonNode report = report();
        assertEquals(0, report.get("findings").size());
        assertEquals(4, report.get("summary").get("suppressed").asInt());
        JsonNode first = report.get("suppressed").get(0);
        assertEquals("metadata.missing", first.get("rule").asText());
        assertEquals("suppressions file line 3: metadata.* *.txt", first.get("reason").asText());
    }

    @Test
    @Basedir("src/test/resources/unit/adopt")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aDocumentOptsOutInItsFrontMatter(CheckMojo check) throws Exception {
        setUp(check);
        Files.writeString(project.resolve("corpus/b.txt"), "---\ndate: 2024-05-02\ncorpus-ignore: duplicate.*, truncation.*\n---\n" + FLOOD);
        Files.writeString(project.resolve("corpus-suppressions.txt"), "metadata.missing: a.txt c.txt\n");
        check.execute();
        JsonNode report = report();
        assertEquals(0, report.get("findings").size());
        assertEquals(3, report.get("summary").get("suppressed").asInt());
        List<String> reasons = new ArrayList<>();
        report.get("suppressed").forEach(f -> reasons.add(f.get("document").asText() + " " + f.get("rule").asText() + " " + f.get("reason").asText()));
        // b has a date, so it is the representative: the duplicate finding is on a, and b's opt-out still covers it.
        assertEquals(List.of("a.txt duplicate.exact corpus-ignore of b.txt: duplicate.*",
                "a.txt metadata.missing suppressions file line 1: metadata.missing a.txt c.txt",
                "c.txt metadata.missing suppressions file line 1: metadata.missing a.txt c.txt"), reasons);
    }

    @Test
    @Basedir("src/test/resources/unit/adopt")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aBrokenBaselineIsAConfigurationError(CheckMojo check) throws Exception {
        setUp(check);
        Files.writeString(project.resolve("corpus-baseline.json"), "{\"fingerprintVersion\": 9, \"findings\": []}");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, check::execute);
        assertTrue(e.getMessage().contains("fingerprintVersion 9 is not known"), e.getMessage());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
