package io.github.corpuscheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {

    @Test
    void keepsInsertionOrderAndBehavesLikeTheMapItCopies() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("trigger", "prefix-of");
        source.put("jaccard", 0.5349);
        source.put("missing", null);
        source.put("sharedParagraphs", 12);
        Map<String, Object> copy = SmallMap.copyOf(source);
        assertEquals(List.of("trigger", "jaccard", "missing", "sharedParagraphs"), new ArrayList<>(copy.keySet()));
        assertEquals(source, copy);
        assertEquals(copy, source);
        assertEquals(source.hashCode(), copy.hashCode());
        assertEquals(source.toString(), copy.toString());
        assertEquals(12, copy.get("sharedParagraphs"));
        assertNull(copy.get("missing"));
        assertTrue(copy.containsKey("missing"));
        assertFalse(copy.containsKey("other"));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("x", 1));
        source.put("later", 1);
        assertEquals(4, copy.size()); // a copy, not a view
        assertEquals(Map.of(), SmallMap.copyOf(Map.of()));
    }

    @Test
    void findingsCarryTheirEvidenceInOrder() {
        Finding f = Finding.builder(new Rule("test.rule", Severity.WARNING, "A rule.")).message("m")
                .evidence("b", 1).evidence("a", "x").build();
        assertEquals(List.of("b", "a"), new ArrayList<>(f.evidence().keySet()));
        assertEquals(List.of(), f.related());
    }
}
