package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cache} parameter and the configuration fingerprint that guards the cache. */
@MojoTest
class CacheParameterTest {

    private static final String FAILING = "src/test/resources/unit/failing";

    @TempDir
    Path out;

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void cacheIsOnByDefaultAndGivesTheSameReport(CheckMojo mojo) throws Exception {
        mojo.failOnViolation = false;
        assertTrue(mojo.cache);
        mojo.outputDirectory = out.resolve("on").toFile();
        mojo.execute();
        assertTrue(Files.isRegularFile(out.resolve("on/cache/analysis.bin")));
        mojo.execute(); // second run from the cache

        mojo.cache = false;
        assertFalse(MojoSettings.of(mojo).cache());
        mojo.outputDirectory = out.resolve("off").toFile();
        mojo.execute();
        assertFalse(Files.exists(out.resolve("off/cache")));
        assertArrayEquals(Files.readAllBytes(out.resolve("off/report.json")),
                Files.readAllBytes(out.resolve("on/report.json")));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void fingerprintFollowsTheConfigurationButNotTheThreadCount(CheckMojo mojo) throws Exception {
        String before = MojoSettings.of(mojo).fingerprint();
        assertTrue(before.startsWith("goal=check\n"), before);

        mojo.threads = 7;
        mojo.failOnViolation = !mojo.failOnViolation;
        assertEquals(before, MojoSettings.of(mojo).fingerprint());

        mojo.maxFileSize = mojo.maxFileSize + 1;
        String other = MojoSettings.of(mojo).fingerprint();
        assertNotEquals(before, other);
        mojo.maxFileSize = mojo.maxFileSize - 1;
        assertEquals(before, MojoSettings.of(mojo).fingerprint());

        // A configured phrase file counts by its content, not only by its name.
        Path trailers = out.resolve("trailers.txt");
        Files.writeString(trailers, "Read more at example.org\n");
        mojo.trailerFiles = java.util.List.of(trailers.toFile());
        String one = MojoSettings.of(mojo).fingerprint();
        Files.writeString(trailers, "Read more at example.net\n");
        assertNotEquals(one, MojoSettings.of(mojo).fingerprint());
        assertNotEquals(before, one);
    }
}
