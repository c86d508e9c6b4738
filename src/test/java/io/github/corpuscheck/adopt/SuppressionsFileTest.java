package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
