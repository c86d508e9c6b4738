package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.codehaus.plexus.util.MatchPatterns;
import org.junit.jupiter.api.Test;

class AntPatternTest {

    @Test
    void antSemantics() {
        String[][] cases = {
            // pattern, path, expected
            {"**/*.txt", "a.txt", "true"},
            {"**/*.txt", "a/b/c.txt", "true"},
            {"*.txt", "a/b.txt", "false"},
            {"a/**/b.txt", "a/b.txt", "true"},
            {"a/**/b.txt", "a/x/y/b.txt", "true"},
            {"a/**/b.txt", "ab.txt", "false"},
            {"a/**", "a/x/y", "true"},
            {"a/**", "a", "true"}, // Ant: ** is zero or more folders
            {"a/**", "ab/x", "false"},
            {"a/", "a/x.txt", "true"},
            {"a\\b\\*.md", "a/b/c.md", "true"},
            {"?.txt", "a.txt", "true"},
            {"?.txt", "ab.txt", "false"},
            {"*a*b*", "xaybz", "true"},
            {"*a*b*", "xbya", "false"},
            {"**.txt", "a.txt", "true"}, // ** inside a segment is *: it does not span folders
            {"**.txt", "a/b.txt", "false"},
            {"wire/2019-*.txt", "wire/2019-05.txt", "true"},
            {"/a.txt", "a.txt", "true"}, // DirectoryScanner cuts names into segments: a leading / is not significant
            {"a.txt", "A.txt", "false"},
            {"feeds/wire.jsonl:*", "feeds/wire.jsonl:12", "true"},
        };
        for (String[] c : cases) {
            assertEquals(Boolean.parseBoolean(c[2]), new AntPattern(c[0]).matches(c[1]), c[0] + " ~ " + c[1]);
        }
    }

    /**
     * Random patterns and paths answer as plexus-utils' {@code MatchPatterns} answers {@code DirectoryScanner} for the
     * pattern it makes of them (trailing {@code /} read as {@code /**}), empty segments included.
     */
    @Test
    void agreesWithPlexusSelectorUtilsOnRandomPatterns() {
        String[] patternParts = {"a", "b", "*", "?", "a*", "*b", "**", "?b", "a?", "A", ""};
        String[] pathParts = {"a", "b", "ab", "ba", "bb", "aab", "A", ""};
        SplittableRandom random = new SplittableRandom(11);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            String glob = join(random, patternParts, 1 + random.nextInt(5));
            String path = join(random, pathParts, 1 + random.nextInt(6));
            String plexusPattern = glob.endsWith("/") ? glob + "**" : glob;
            boolean expected = MatchPatterns.from(plexusPattern).matches(path, true);
            assertEquals(expected, new AntPattern(glob).matches(path), glob + " ~ " + path);
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 1_000 && matched < 19_000, "both answers are exercised: " + matched);
    }

    @Test
    void repeatedDoubleStarsOnADeepTreeMatchInLinearTime() {
        String deep = "d/".repeat(60) + "file.txt";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            for (int i = 0; i < 100; i++) {
                assertFalse(new AntPattern("**/".repeat(14) + "nothing.txt").matches(deep));
                assertFalse(new AntPattern("**/d/".repeat(14) + "e/*.txt").matches(deep));
                assertTrue(new AntPattern("**/d/".repeat(14) + "*.txt").matches(deep));
                assertFalse(new AntPattern("*d*d*d*d*d*d*d*d*d*d*d*d*d*d*e").matches("d".repeat(5000)));
            }
        });
    }

    @Test
    void foldersBelowWhichAPatternMayMatchOrMatchesEverything() {
        assertTrue(new AntPattern("**/*.txt").mayMatchBelow("etc"));
        assertTrue(new AntPattern("etc/*.txt").mayMatchBelow("etc"));
        assertFalse(new AntPattern("etc/*.txt").mayMatchBelow("etc/x"));
        assertFalse(new AntPattern("articles/**/*.txt").mayMatchBelow("etc"));
        assertTrue(new AntPattern("a/*/c/**").mayMatchBelow("a/b"));
        assertFalse(new AntPattern("*.txt").mayMatchBelow("etc"));

        assertTrue(new AntPattern("etc/**").matchesAllBelow("etc"));
        assertTrue(new AntPattern("etc/").matchesAllBelow("etc/sub"));
        assertTrue(new AntPattern("**").matchesAllBelow("etc"));
        assertTrue(new AntPattern("**/e*/**").matchesAllBelow("x/etc/y"));
        assertFalse(new AntPattern("etc/**/*.txt").matchesAllBelow("etc"));
        assertFalse(new AntPattern("etc/sub/**").matchesAllBelow("etc"));
    }

    private static String join(SplittableRandom random, String[] parts, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : "/").append(parts[random.nextInt(parts.length)]);
        }
        return sb.toString();
    }
}
