package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.report.CorpusReport;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ReportContext;
import io.github.corpuscheck.report.ReportFixtures;
import io.github.corpuscheck.report.ReportJsonReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site report goals as Maven configures them: what they read, what they run, what the page says. */
@MojoTest
class ReportMojoTest {

    private static final String FAILING = "src/test/resources/unit/failing";
    private static final String SITE = "src/test/resources/unit/site-report";

    @TempDir
    Path out;

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "report", pom = "pom.xml")
    void withoutReportJsonTheCheckRunsAndAFailedGateIsShownNotThrown(ReportMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();
        mojo.maxReportFindings = 1;
        RecordingSink page = new RecordingSink();

        assertTrue(mojo.canGenerateReport());
        mojo.generate(page.sink, null, Locale.ROOT);

        CorpusReport written = ReportJsonReader.read(out.resolve("report.json"));
        assertTrue(written.failed());
        List<String> texts = page.texts();
        assertTrue(texts.contains("Verdict: failed (1 error finding, 1 crossed limit)."), texts.toString());
        assertEquals("The first 1 of 2 findings, errors first; all are in report.json.",
                texts.get(texts.lastIndexOf("Findings") + 1));
        assertEquals(List.of("error", "duplicate.exact"), texts.subList(texts.indexOf("Location") + 3, texts.indexOf("Location") + 5));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "report", pom = "pom.xml")
    void anExistingReportJsonIsShownAsItIs(ReportMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();
        new JsonReportWriter().write(ReportFixtures.result(),
                new ReportContext(out, out, out.resolve("src/main/corpus"), "1.2.3"));
        RecordingSink page = new RecordingSink();

        mojo.generate(page.sink, null, Locale.ROOT);

        List<String> texts = page.texts();
        assertTrue(texts.contains("Corpus folder src/main/corpus"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("written by corpus-maven-plugin 1.2.3.")), texts.toString());
        assertTrue(texts.contains("truncation.mid-sentence"), texts.toString());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "report", pom = "pom.xml")
    void aBrokenReportJsonIsAReportErrorNamingIt(ReportMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();
        Files.writeString(out.resolve("report.json"), "{\"schemaVersion\": 1}");

        MavenReportException e = assertThrows(MavenReportException.class,
                () -> mojo.generate(new RecordingSink().sink, null, Locale.ROOT));

        assertEquals("Report " + out.resolve("report.json") + " is not usable: it has no object 'tool'. Run"
                + " corpus:check again to rewrite it.", e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/no-corpus")
    @InjectMojo(goal = "report", pom = "pom.xml")
    void noCorpusAndNoReportMeansNoPage(ReportMojo mojo) throws Exception {
        mojo.outputDirectory = out.toFile();

        assertFalse(mojo.canGenerateReport());
        mojo.skip = true;
        assertFalse(mojo.canGenerateReport());
    }

    @Test
    @Basedir(SITE)
    @InjectMojo(goal = "report-aggregate", pom = "pom.xml")
    void theAggregateReadsOrMakesEachModulesReportAndWritesItsOwn(ReportAggregateMojo mojo) throws Exception {
        // module-y has a report.json; module-x only a corpus (checked now); module-z nothing; the root no corpus.
        Path root = out.resolve("root");
        MavenProject rootProject = project(root, "root");
        MavenProject x = project(root.resolve("module-x"), "x");
        MavenProject y = project(root.resolve("module-y"), "y");
        MavenProject z = project(root.resolve("module-z"), "z");
        Files.createDirectories(root.resolve("module-x/src/main/corpus"));
        Files.writeString(root.resolve("module-x/src/main/corpus/short.txt"),
                "---\nid: short\ndate: 2024-01-02\n---\nToo short.\n");
        Files.createDirectories(root.resolve("module-z"));
        new JsonReportWriter().write(ReportFixtures.result(), new ReportContext(root.resolve("module-y/target/corpus"),
                root.resolve("module-y"), root.resolve("module-y/src/main/corpus"), "1.2.3"));
        // module-w's check writes to quality/ (its own configuration): its report.json is read from there
        MavenProject w = project(root.resolve("module-w"), "w");
        Plugin plugin = new Plugin();
        plugin.setGroupId("io.github.corpuscheck");
        plugin.setArtifactId("corpus-maven-plugin");
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom output = new Xpp3Dom("outputDirectory");
        output.setValue("quality");
        configuration.addChild(output);
        plugin.setConfiguration(configuration);
        w.getModel().getBuild().addPlugin(plugin);
        new JsonReportWriter().write(ReportFixtures.result(), new ReportContext(root.resolve("module-w/quality"),
                root.resolve("module-w"), root.resolve("module-w/texts"), "4.5.6"));
        mojo.project = rootProject;
        mojo.reactorProjects = List.of(rootProject, y, z, w, x);

        var aggregate = mojo.aggregate();

        assertEquals(List.of("module-w", "module-x", "module-y"),
                aggregate.modules().stream().map(m -> m.name()).toList());
        assertEquals(List.of("w", "x", "y"), aggregate.modules().stream().map(m -> m.artifactId()).toList());
        assertEquals(ReportJsonReader.read(root.resolve("module-w/quality/report.json")),
                aggregate.modules().get(0).report());
        assertEquals("4.5.6", aggregate.modules().get(0).report().toolVersion());
        assertEquals(ReportJsonReader.read(root.resolve("module-x/target/corpus/report.json")),
                aggregate.modules().get(1).report());
        assertEquals(ReportJsonReader.read(root.resolve("module-y/target/corpus/report.json")),
                aggregate.modules().get(2).report());
        assertEquals(List.of("module-x/src/main/corpus/short.txt:1"), aggregate.findings().stream()
                .filter(f -> f.module().equals("module-x")).map(f -> f.location()).toList());
        assertTrue(Files.isRegularFile(root.resolve("target/corpus/aggregate/report.json")));
        assertFalse(Files.exists(root.resolve("module-z/target")));
        RecordingSink page = new RecordingSink();
        mojo.generate(page.sink, null, Locale.ROOT);
        assertTrue(page.texts().contains("Aggregate report: target/corpus/aggregate/report.json."),
                page.texts().toString());
    }

    private static MavenProject project(Path dir, String artifactId) {
        MavenProject p = new MavenProject();
        p.setArtifactId(artifactId);
        p.setFile(new File(dir.toFile(), "pom.xml"));
        Build build = new Build();
        build.setDirectory(dir.resolve("target").toString());
        p.getModel().setBuild(build);
        return p;
    }
}
