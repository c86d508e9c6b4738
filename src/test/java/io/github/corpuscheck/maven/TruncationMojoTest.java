package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class TruncationMojoTest {

    @Test
    @Basedir("src/test/resources/unit/truncation")
    @InjectMojo(goal = "truncation", pom = "pom.xml")
    void parametersMapToTheConfigAndALimitFailsTheBuild(TruncationMojo mojo) throws Exception {
        TruncationConfig c = MojoSettings.config(mojo, "truncation");
        assertEquals(15, c.minWords());
        BoilerplateConfig b = MojoSettings.config(mojo, "boilerplate");
        assertTrue(b.reportSignOffs());
        assertEquals(List.of("Lire aussi :*", "Most read, this week*"), b.extraTrailers());
        assertEquals(List.of("(ANSA)"), b.extraSignOffs());
        assertEquals(1, b.signOffFiles().size());
        assertTrue(b.signOffFiles().get(0).isAbsolute());
        assertEquals("sign-offs.txt", b.signOffFiles().get(0).getFileName().toString());
        assertEquals(List.of(), b.trailerFiles());

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("truncation.*"), e.getMessage());
        Path report = MojoSettings.of(mojo).outputDirectory().resolve("report.json");
        String json = Files.readString(report);
        assertTrue(json.contains("\"truncation.mid-sentence\""), json);
        // fine.txt ends in the user's sign-off from sign-offs.txt: reported as a sign-off, not as a cut text.
        assertTrue(json.contains("-- Northwind Wire"), json);
        assertEquals(1, count(json, "\"rule\"\\s*:\\s*\"truncation\\.mid-sentence\""));
        assertEquals(1, count(json, "\"rule\"\\s*:\\s*\"boilerplate\\.sign-off\""));
        assertEquals(0, count(json, "\"rule\"\\s*:\\s*\"truncation\\.(no-terminal-punctuation|too-short)\""));
    }

    @Test
    @Basedir("src/test/resources/unit/no-corpus")
    @InjectMojo(goal = "truncation", pom = "pom.xml")
    void defaults(TruncationMojo mojo) throws Exception {
        TruncationConfig c = MojoSettings.config(mojo, "truncation");
        assertEquals(TruncationConfig.defaults().minWords(), c.minWords());
        assertEquals(10, c.minWords());
        // The goal's own report folder, where the truncation check also keeps its temporary endings file.
        assertTrue(MojoSettings.of(mojo).outputDirectory().endsWith(Path.of("target", "corpus", "truncation")),
                MojoSettings.of(mojo).outputDirectory().toString());
        BoilerplateConfig b = MojoSettings.config(mojo, "boilerplate");
        BoilerplateConfig d = BoilerplateConfig.defaults();
        assertEquals(d.reportSignOffs(), b.reportSignOffs());
        assertEquals(d.extraTrailers(), b.extraTrailers());
        assertEquals(d.extraSignOffs(), b.extraSignOffs());
        assertEquals(d.trailerFiles(), b.trailerFiles());
        assertEquals(d.signOffFiles(), b.signOffFiles());
    }

    private static int count(String s, String regex) {
        return (int) java.util.regex.Pattern.compile(regex).matcher(s).results().count();
    }
}
