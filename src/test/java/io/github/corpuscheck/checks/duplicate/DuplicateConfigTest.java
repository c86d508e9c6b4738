package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DuplicateConfigTest {

    @Test
    void defaults() {
        DuplicateConfig d = DuplicateConfig.defaults();
        assertSame(d, DuplicateConfig.defaults());
        assertEquals(5, d.shingleSize());
        assertEquals(20, d.minWords());
        assertEquals(0.8, d.nearJaccard());
        assertEquals(0.8, d.nearContainment());
        assertEquals(0.5, d.editionContainment());
        assertEquals(3, d.editionParagraphs());
        assertEquals(100, d.templateWords());
        assertEquals(RepresentativePolicy.MOST_COMPLETE, d.representative());
        assertTrue(d.unicodeNormalization() && d.caseFolding() && d.collapseWhitespace());
        assertEquals(6, d.minParagraphWords());
        assertEquals(50, d.maxParagraphPostings());
        assertEquals(16, d.bands());
        assertEquals(4, d.rows());
        assertEquals(64, d.maxBucket());
        assertNull(d.spillDirectory());
        DuplicateConfig built = DuplicateConfig.builder().build();
        assertEquals(d.shingleSize(), built.shingleSize());
        assertEquals(d.minWords(), built.minWords());
    }

    @Test
    void builderSetsValues() {
        DuplicateConfig c = DuplicateConfig.builder().shingleSize(3).minWords(0).nearJaccard(1).spillDirectory(Path.of("t"))
                .build();
        assertEquals(3, c.shingleSize());
        assertEquals(0, c.minWords());
        assertEquals(1.0, c.nearJaccard());
        assertEquals(Path.of("t"), c.spillDirectory());
    }

    @Test
    void invalidValuesNameTheParameterAndValue() {
        assertMessage("shingleSize must be at least 1, was 0", () -> DuplicateConfig.builder().shingleSize(0).build());
        assertMessage("minWords must not be negative, was -1", () -> DuplicateConfig.builder().minWords(-1).build());
        assertMessage("nearJaccard must be in (0, 1], was 0.0", () -> DuplicateConfig.builder().nearJaccard(0).build());
        assertMessage("nearContainment must be in (0, 1], was 1.5",
                () -> DuplicateConfig.builder().nearContainment(1.5).build());
        assertMessage("editionContainment must be in (0, 1], was NaN",
                () -> DuplicateConfig.builder().editionContainment(Double.NaN).build());
        assertMessage("bands and rows must be at least 1 (and bands*rows at most 1024)",
                () -> DuplicateConfig.builder().bands(64).rows(32).build());
    }

    private static void assertMessage(String expected, Executable build) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, build).getMessage());
    }
}
