package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TruncationConfigTest {

    @Test
    void defaults() {
        TruncationConfig d = TruncationConfig.defaults();
        assertSame(d, TruncationConfig.defaults());
        assertEquals(10, TruncationConfig.DEFAULT_MIN_WORDS);
        assertEquals(TruncationConfig.DEFAULT_MIN_WORDS, d.minWords());
        assertNull(d.spillDirectory());
        TruncationConfig built = TruncationConfig.builder().build();
        assertEquals(d.minWords(), built.minWords());
        assertNull(built.spillDirectory());
    }

    @Test
    void builderSetsValues() {
        TruncationConfig c = TruncationConfig.builder().minWords(0).spillDirectory(Path.of("spill")).build();
        assertEquals(0, c.minWords());
        assertEquals(Path.of("spill"), c.spillDirectory());
        assertNull(TruncationConfig.builder().spillDirectory(Path.of("spill")).spillDirectory(null).build().spillDirectory());
    }

    @Test
    void negativeMinWordsIsRejectedByBuild() {
        TruncationConfig.Builder b = TruncationConfig.builder().minWords(-1);
        assertEquals("minWords must be 0 or more, not -1.",
                assertThrows(IllegalArgumentException.class, b::build).getMessage());
    }
}
