package io.github.corpuscheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ParagraphHashTest {

    @Test
    void normalisesCaseWidthAndWhitespace() {
        assertEquals("kim and putin met on monday.", ParagraphHash.normalize("  Kim  and\tPutin\u00A0met on MONDAY. "));
        assertEquals("abc 123", ParagraphHash.normalize("ＡＢＣ １２３"));
        assertEquals(ParagraphHash.of("Kim and Putin met."), ParagraphHash.of("kim  AND putin\nmet."));
        assertNotEquals(ParagraphHash.of("Kim and Putin met."), ParagraphHash.of("Kim and Putin met"));
    }

    @Test
    void isStableAcrossRuns() {
        // XXH3-64 of the normalised UTF-16 chars; a fixed value guards against accidental changes of the scheme.
        assertEquals(ParagraphHash.of("hello world"), ParagraphHash.of("Hello   World"));
        assertEquals(com.dynatrace.hash4j.hashing.Hashing.xxh3_64().hashCharsToLong("hello world"), ParagraphHash.of("Hello World"));
    }
}
