package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreFieldTest {

    @Test
    void aCommaSeparatedValueOrAFrontMatterListNamesTheRules() {
        assertEquals(List.of("duplicate.near", "truncation.*"), IgnoreField.parse("duplicate.near, truncation.*"));
        assertEquals(List.of("duplicate.near", "truncation.*"), IgnoreField.parse("[\"duplicate.near\",\"truncation.*\"]"));
        assertNull(IgnoreField.parse("[]"));
        assertNull(IgnoreField.parse(" "));
    }
}
