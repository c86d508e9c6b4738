package io.github.corpuscheck.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusMemoTest {

    /** A memo (as the cache opens it) whose documents 0..n-1 have content keys. */
    private static CorpusMemo memo(CorpusMemo.Stored previous, int n) {
        CorpusMemo m = new CorpusMemo(previous, true);
        for (int d = 0; d < n; d++) {
            m.setDocumentKey(d, 1000 + d);
        }
        return m;
    }

    private static Document doc(int index, String id, Map<String, String> fields, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Paragraph(p, index + ps.size() + 2));
        }
        return new Document(index, id, id + ".txt", index + 1, fields, String.join("\n\n", paragraphs), index + 2, ps);
    }

    @Test
    void aDocumentsKeyIsItsFieldsAndParagraphTextsNotWhereItIs() {
        long key = CorpusMemo.documentKey(doc(0, "a", Map.of("url", "u"), "One two.", "Three."));
        assertEquals(key, CorpusMemo.documentKey(doc(7, "b", Map.of("url", "u"), "One two.", "Three.")));
        assertNotEquals(key, CorpusMemo.documentKey(doc(0, "a", Map.of("url", "v"), "One two.", "Three.")));
        assertNotEquals(key, CorpusMemo.documentKey(doc(0, "a", Map.of(), "One two.", "Three.")));
        assertNotEquals(key, CorpusMemo.documentKey(doc(0, "a", Map.of("url", "u"), "One two. Three.")));
        assertNotEquals(key, CorpusMemo.documentKey(doc(0, "a", Map.of("url", "u"), "One", "two.", "Three.")));
        assertNotEquals(0, key);
    }

    private static CorpusMemo.Stored roundTrip(CorpusMemo.Stored s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusMemo.write(new DataOutputStream(bytes), s);
        return CorpusMemo.read(CacheInput.of(bytes.toByteArray()));
    }

    @Test
    void offKnowsNoDocumentAndKeepsNothing() {
        CorpusMemo.OFF.setDocumentKey(0, 7L);
        assertEquals(0, CorpusMemo.OFF.documentKey(0));
        assertEquals(0, CorpusMemo.OFF.key("ns", 0));
        assertEquals(0, CorpusMemo.OFF.key("ns", 0, 1));
        CorpusMemo.OFF.put(5L, new byte[] {1});
        assertNull(CorpusMemo.OFF.get(5L));
        assertFalse(CorpusMemo.OFF.changed());
    }

    @Test
    void keysFollowContentNamespaceAndOrderNotIndices() {
        CorpusMemo m = memo(CorpusMemo.Stored.EMPTY, 3);
        // The same document of the same file content has the same key whatever its index in the run.
        CorpusMemo shifted = new CorpusMemo(CorpusMemo.Stored.EMPTY, true);
        shifted.setDocumentKey(10, 1001);
        assertEquals(m.key("ns", 1), shifted.key("ns", 10));
        assertNotEquals(m.key("ns", 1), m.key("other", 1));
        assertNotEquals(m.key("ns", 0, 1), m.key("ns", 1, 0));
        assertEquals(0, m.key("ns", 3), "a document without content key has no key");
        assertEquals(0, m.key("ns", 0, 3));
        m.put(0, new byte[] {1});
        assertNull(m.get(0));
    }

    @Test
    void onlyValuesAskedForOrAddedAreKeptForTheNextRun() throws IOException {
        CorpusMemo first = memo(CorpusMemo.Stored.EMPTY, 3);
        first.put(first.key("ns", 0), new byte[] {1, 2});
        first.put(first.key("ns", 1), new byte[0]);
        first.putText(first.key("text", 2), "stops \ud800 here");
        first.put(first.key("ns", 0), new byte[] {1, 2}); // the same content twice: one value
        assertTrue(first.changed());
        CorpusMemo.Stored stored = roundTrip(first.toStore());
        assertEquals(3, stored.size());

        CorpusMemo second = memo(stored, 3);
        assertArrayEquals(new byte[0], second.get(second.key("ns", 1)));
        assertEquals("stops \ud800 here", second.getText(second.key("text", 2)), "a lone surrogate survives");
        assertArrayEquals(new byte[] {1, 2}, second.get(second.key("ns", 0)));
        assertArrayEquals(new byte[] {1, 2}, second.get(second.key("ns", 0)));
        assertNull(second.get(second.key("ns", 2)));
        assertFalse(second.changed(), "everything asked for, nothing added");
        assertEquals("3 of 3 values reused, 0 added", second.describe());

        CorpusMemo third = memo(roundTrip(second.toStore()), 3);
        assertArrayEquals(new byte[] {1, 2}, third.get(third.key("ns", 0)));
        assertTrue(third.changed(), "two values were not asked for");
        CorpusMemo.Stored kept = roundTrip(third.toStore());
        assertEquals(1, kept.size());
        assertArrayEquals(new byte[] {1, 2}, memo(kept, 3).get(third.key("ns", 0)));
    }

    @Test
    void aDamagedMemoIsRejected() throws IOException {
        CorpusMemo m = memo(CorpusMemo.Stored.EMPTY, 2);
        m.put(m.key("ns", 0), new byte[] {1, 2, 3});
        m.put(m.key("ns", 1), new byte[] {4});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusMemo.write(new DataOutputStream(bytes), m.toStore());
        byte[] b = bytes.toByteArray();
        b[b.length - 5] = 9; // the data length no longer matches the last offset
        assertThrows(IOException.class,
                () -> CorpusMemo.read(CacheInput.of(b)));
    }
}
