package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure functions a search done elsewhere shares with the metadata check. */
class RepeatedFieldsTest {

    private static List<List<Integer>> list(List<int[]> pairs) {
        return pairs.stream().map(p -> List.of(p[0], p[1])).toList();
    }

    @Test
    void idsArePairedWithTheFirstDocumentOfTheirExactId() {
        // a group sharing a key may hold two ids (a hash collision): each is paired with its own first document
        int[] group = {1, 4, 6, 9, 12};
        assertEquals(List.of(List.of(6, 1), List.of(9, 4), List.of(12, 1)),
                list(RepeatedFields.idPairs(group, new String[] {"a-1", "b-2", "a-1", "b-2", "a-1"})));
        assertEquals(List.of(), list(RepeatedFields.idPairs(group, new String[] {"a", "A", "a ", "b", "c"})));
    }

    @Test
    void laterDocumentsArePairedWithTheFirstEarlierDocumentWhoseTextDiffers() {
        // b repeats a's text; c differs from a; d has a's text, so differs from c, the first that differs
        assertEquals(List.of(List.of(2, 0), List.of(3, 2)),
                list(RepeatedFields.pairsOnOtherTexts(new int[] {0, 1, 2, 3}, new long[] {7, 7, 8, 7})));
        // all the same text: nothing
        assertEquals(List.of(), list(RepeatedFields.pairsOnOtherTexts(new int[] {3, 5, 8}, new long[] {9, 9, 9})));
        // no text (key 0) differs from every text, itself included
        assertEquals(List.of(List.of(5, 3), List.of(8, 3)),
                list(RepeatedFields.pairsOnOtherTexts(new int[] {3, 5, 8}, new long[] {0, 0, 4})));
        assertEquals(List.of(List.of(5, 3), List.of(8, 5)),
                list(RepeatedFields.pairsOnOtherTexts(new int[] {3, 5, 8}, new long[] {4, 0, 4})));
    }

    @Test
    void urlsAreComparedNormalised() {
        assertEquals("https://example.org/a/b?q=1", RepeatedFields.normalisedUrl("HTTPS://Example.ORG/a/./b?q=1#top"));
        assertNull(RepeatedFields.normalisedUrl("ftp://example.org/a"));
        assertNull(RepeatedFields.normalisedUrl(null));
        assertTrue(RepeatedFields.sameUrl("HTTPS://Example.org/story", "https://example.org/story#comments"));
        assertFalse(RepeatedFields.sameUrl("https://example.org/story", "https://example.org/Story"));
        assertFalse(RepeatedFields.sameUrl("/story", "/story"), "not acceptable URLs are never the same URL");
        assertFalse(RepeatedFields.sameUrl("https://example.org/story", null));
        assertFalse(RepeatedFields.sameUrl(null, "https://example.org/story"));
    }

    @Test
    void theUrlAsReadIsTrimmed() {
        Document doc = ListSource.document(0, "a", "a.jsonl", 1, Map.of("url", "  https://example.org/x \n"), "Text.");
        assertEquals("https://example.org/x", RepeatedFields.urlAsRead(doc));
        assertNull(RepeatedFields.urlAsRead(ListSource.document(0, "a", "a.jsonl", 1, Map.of("url", "  "), "Text.")));
        assertNull(RepeatedFields.urlAsRead(ListSource.document(0, "a", "a.jsonl", 1, Map.of(), "Text.")));
    }

    @Test
    void titleKeysIgnoreCaseAndRunsOfWhitespace() {
        assertEquals(RepeatedFields.key("oil prices rise"), RepeatedFields.titleKey("Oil  Prices\tRISE"));
        assertNotEquals(RepeatedFields.titleKey("Oil prices rise"), RepeatedFields.titleKey("Oil prices fall"));
        assertNotEquals(0L, RepeatedFields.key(""));
        assertEquals(RepeatedKeys.keyOf("harbour-001"), RepeatedFields.key("harbour-001"));
    }

    @Test
    void theKeysAreTheMetadataChecksStateAmongTheDocumentsStates() {
        MetadataCheck.DocState state = new MetadataCheck.DocState(19_000, false, 11L, 22L, 0L, 44L);
        assertEquals(new RepeatedFields.Keys(11L, 22L, 0L, 44L),
                RepeatedFields.keysIn(new Object[] {"another check's state", null, state}));
        assertNull(RepeatedFields.keysIn(new Object[] {"another check's state", null}));
    }
}
