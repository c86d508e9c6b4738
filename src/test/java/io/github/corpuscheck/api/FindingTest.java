package io.github.corpuscheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final Rule RULE = new Rule("test.rule", Severity.WARNING, "A rule for tests.");

    @Test
    void evidenceKeepsInsertionOrderAndARepeatedKeyKeepsItsPlace() {
        Finding.Builder b = Finding.builder(RULE).document(3, "doc-3").at("a.jsonl", 4).message("m");
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) { // past the builder's first array
            b.evidence("k" + i, i);
            expected.put("k" + i, i);
        }
        b.evidence("k2", "again");
        expected.put("k2", "again");
        b.evidence("nothing", null);
        expected.put("nothing", null);
        Finding f = b.build();
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(f.evidence().entrySet()));
        assertEquals("again", f.evidence().get("k2"));
        assertEquals(List.of(), f.related());
        assertEquals(List.of(), f.relatedLocations());
    }

    @Test
    void toBuilderCopiesEverything() {
        Location where = new Location("b.jsonl", 9);
        Finding f = Finding.builder(RULE).document(1, "d1").at("a.jsonl", 2).message("text")
                .related("d2", where).related("d3", null).evidence("x", 1).evidence("y", "z").build();
        Finding copy = f.toBuilder().build();
        assertEquals(List.of("d2", "d3"), copy.related());
        assertEquals(java.util.Arrays.asList(where, null), copy.relatedLocations());
        assertEquals(List.copyOf(f.evidence().entrySet()), List.copyOf(copy.evidence().entrySet()));
        assertEquals("test.rule warning d1 (a.jsonl:2): text", copy.toString());
    }
}
