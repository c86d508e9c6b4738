package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsFileTest {

    /** Rule ids the tests of reading (not of rule validation) know. */
    private static final List<String> KNOWN = List.of("duplicate.exact", "truncation.mid-sentence");

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
    void bytesThatAreNotUtf8AreNamedWithTheFileAndTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus-suppressions.txt");
        byte[] head = "# ok\nduplicate.*: a/**\ntruncation.*: caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 5);
        bytes[head.length] = (byte) 0xE9; // Latin-1 e acute
        System.arraycopy(" b/\n".getBytes(StandardCharsets.UTF_8), 0, bytes, head.length + 1, 4);
        assertEquals("Suppressions file " + file + " line 3: bytes that are not valid UTF-8 (at byte 18 of the line);"
                        + " save it as UTF-8.",
                assertThrows(IllegalArgumentException.class, () -> {
                    Files.write(file, bytes);
                    SuppressionsFile.read(file, KNOWN);
                }).getMessage());
        // A byte order mark is skipped; control characters in a bad line are shown, not printed.
        Files.writeString(file, "\uFEFFduplicate.*: a/**\r\ntruncation.*\u001b[2J\r\n");
        assertEquals("Suppressions file " + file + " line 2: expected 'rule-pattern: glob, glob', found 'truncation.*\\u001b[2J'.",
                assertThrows(IllegalArgumentException.class, () -> SuppressionsFile.read(file, KNOWN)).getMessage());
        Files.writeString(file, "\uFEFFduplicate.*: a/**\r\n");
        assertEquals(List.of(new Suppressions.Exclusion("duplicate.*", List.of("a/**"), 1)), SuppressionsFile.read(file, KNOWN));
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
