package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsFileTest {

    @Test
    void parsesRulePatternsAndGlobsSkippingComments() {
        List<Suppressions.Exclusion> ex = SuppressionsFile.parse(List.of(
                "# archived copies are known duplicates",
                "",
                "duplicate.*: archive/**, wire/2019-*.txt   # old wire",
                "truncation.mid-sentence:briefs/** digest.jsonl"), "s.txt");
        assertEquals(List.of(
                new Suppressions.Exclusion("duplicate.*", List.of("archive/**", "wire/2019-*.txt"), 3),
                new Suppressions.Exclusion("truncation.mid-sentence", List.of("briefs/**", "digest.jsonl"), 4)), ex);
    }

    @Test
    void linesWithoutRuleOrGlobAreErrors() {
        assertEquals("Suppressions file s.txt line 2: expected 'rule-pattern: glob, glob', found 'duplicate.*'.",
                assertThrows(IllegalArgumentException.class,
                        () -> SuppressionsFile.parse(List.of("# x", "duplicate.*"), "s.txt")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SuppressionsFile.parse(List.of(": a/**"), "s.txt"));
        assertThrows(IllegalArgumentException.class, () -> SuppressionsFile.parse(List.of("duplicate.*:  "), "s.txt"));
    }

    @Test
    void aRulePatternThatMatchesNoKnownRuleIsAnErrorNamingFileLineAndTheClosestRule(@TempDir Path dir)
            throws Exception {
        List<String> known = List.of("duplicate.exact", "duplicate.near", "input.empty-file", "metadata.missing");
        Path file = dir.resolve("corpus-suppressions.txt");
        Files.writeString(file, "# known ones\nduplicate.*: archive/**\n*: drafts/**\ninput.empty-file: x.txt\n"
                + "metadata.missng: **\n");
        assertEquals("Suppressions file " + file + " line 5: 'metadata.missng' is not a known rule (did you mean "
                + "'metadata.missing'?).", assertThrows(IllegalArgumentException.class,
                        () -> SuppressionsFile.read(file, known)).getMessage());
        Files.writeString(file, "duplicate.exakt: a/**\ntruncation.*: b/**\n");
        assertEquals("2 problems:\n"
                + "  Suppressions file " + file + " line 1: 'duplicate.exakt' is not a known rule (did you mean "
                + "'duplicate.exact'?).\n"
                + "  Suppressions file " + file + " line 2: 'truncation.*' is not a family with rules (the families "
                + "are duplicate.*, input.*, metadata.*).", assertThrows(IllegalArgumentException.class,
                        () -> SuppressionsFile.read(file, known)).getMessage());
        Files.writeString(file, "duplicate.*: archive/**\n*: drafts/**\ninput.empty-file: x.txt\n");
        assertEquals(3, SuppressionsFile.read(file, known).size());
    }

    @Test
    void ignoreFieldListsPatternsByCommaOrSpace() {
        assertEquals(List.of("duplicate.near", "truncation.*"), IgnoreField.parse(" duplicate.near,truncation.* "));
        assertEquals(List.of("a.b", "c"), IgnoreField.parse("a.b c"));
        assertNull(IgnoreField.parse("  "));
        assertNull(IgnoreField.parse(null));
        IgnoreField f = new IgnoreField();
        f.collect(3, new IgnoreField.Ignore("digest", List.of("metadata.*")));
        f.collect(4, null);
        assertEquals(Map.of(3, List.of("metadata.*")), f.ignores());
        assertEquals(Map.of("digest", List.of("metadata.*")), f.ignoresById());
    }
}
