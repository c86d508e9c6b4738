package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Golden values of the metadata check's keys, which the incremental cache stores per document (id, URL, title and
 * text keys of its state) and compares across documents of different runs. The literals were computed once and
 * must never be edited: a failure means cached keys would no longer match those of re-read documents, so repeated
 * ids, URLs and titles would go unseen. If the change is intended, bump {@code CacheFile.FORMAT} so old caches are
 * discarded, and only then update the literals.
 */
class StoredHashesGoldenTest {

    @Test
    void keysOfIdsUrlsTitlesAndTexts() {
        assertEquals(0x1e781a7c4b755998L, RepeatedKeys.keyOf("np-1"));
        assertEquals(0x9b9f2ec3ba1cb2d9L, RepeatedKeys.keyOf("https://example.org/news/northport-traffic"));
        assertEquals(0xaf6567b764b1791dL, RepeatedKeys.keyOf("northport container traffic rises"));
        assertEquals(0x14a81de3c2963cdaL, RepeatedKeys.keyOf("Le café a rouvert à Genève."));
    }
}
