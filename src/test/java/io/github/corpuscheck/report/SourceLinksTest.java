package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLinksTest {

    @TempDir
    Path tmp;

    @Test
    void aTemplateMustBeAnHttpUrlWithThePath() {
        SourceLinks.validate(null);
        SourceLinks.validate(" ");
        SourceLinks.validate("https://github.com/o/r/blob/{revision}/{path}#L{line}");
        assertEquals("'javascript:alert(1)/{path}' must start with https:// or http://, e.g. "
                + "https://github.com/org/repo/blob/{revision}/{path}#L{line}.", assertThrows(IllegalArgumentException.class,
                () -> SourceLinks.validate("javascript:alert(1)/{path}")).getMessage());
        assertEquals("'https://x.org/blob/main' must contain {path} (the file's path in the repository); {line} and "
                + "{revision} are optional.", assertThrows(IllegalArgumentException.class,
                () -> SourceLinks.validate("https://x.org/blob/main")).getMessage());
    }

    @Test
    void theSettingWinsOverTheCiAndTheCiGivesTheRevision() {
        Map<String, String> github = Map.of("GITHUB_SERVER_URL", "https://github.com/", "GITHUB_REPOSITORY", "o/r", "GITHUB_SHA", "f00");
        assertEquals("https://github.com/o/r/blob/{revision}/{path}#L{line}", SourceLinks.template(null, github));
        assertEquals("https://x.org/{path}", SourceLinks.template(" https://x.org/{path} ", github));
        assertEquals("f00", SourceLinks.revision(github));
        assertEquals("HEAD", SourceLinks.revision(Map.of()));
        assertNull(SourceLinks.template(null, Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "o/r")));
        assertNull(SourceLinks.template("", Map.of()));
    }

    @Test
    void pathsAreRelativeToTheRepositoryRootFoundByItsGitFolder() throws Exception {
        Path repo = tmp.resolve("repo");
        Path module = repo.resolve("modules/news site");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(module);
        Path root = SourceRoot.resolve(null, module, module.resolve("corpus")).directory();
        assertEquals(repo, root);
        assertArrayEquals(new String[] {"https://x.org/HEAD/modules/news%20site/corpus/{path}#L{line}",
                "https://x.org/HEAD/modules/news%20site/corpus/{path}"},
                SourceLinks.forgePatterns("https://x.org/{revision}/{path}#L{line}", Map.of(), root, module.resolve("corpus")));
        assertNull(SourceLinks.forgePatterns("https://x.org/{path}", Map.of(), root, tmp.resolve("outside")),
                "a corpus outside the repository has no forge links");
        assertNull(SourceLinks.forgePatterns("ftp://x.org/{path}", Map.of(), root, module.resolve("corpus")));
    }

    @Test
    void fileLinksAreRelativeToTheReportFolder() {
        assertEquals("../../src/main/corpus/", SourceLinks.relativePrefix(tmp.resolve("target/corpus"), tmp.resolve("src/main/corpus")));
        assertEquals("../../my%20corpus%3Aa%23b/", SourceLinks.relativePrefix(tmp.resolve("target/corpus"), tmp.resolve("my corpus:a#b")));
        assertEquals("", SourceLinks.relativePrefix(tmp, tmp));
    }
}
