package io.github.corpuscheck.checks.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BoilerplateConfigTest {

    @Test
    void defaults() {
        BoilerplateConfig d = BoilerplateConfig.defaults();
        assertSame(d, BoilerplateConfig.defaults());
        assertFalse(d.reportSignOffs());
        assertEquals(List.of(), d.extraTrailers());
        assertEquals(List.of(), d.extraSignOffs());
        assertEquals(List.of(), d.trailerFiles());
        assertEquals(List.of(), d.signOffFiles());
        BoilerplateConfig built = BoilerplateConfig.builder().build();
        assertFalse(built.reportSignOffs());
        assertEquals(List.of(), built.extraTrailers());
    }

    @Test
    void builderSetsValuesAndCopiesLists() {
        List<String> trailers = new ArrayList<>(List.of("Lire aussi :*"));
        BoilerplateConfig c = BoilerplateConfig.builder().reportSignOffs(true).extraTrailers(trailers)
                .extraSignOffs(List.of("(ANSA)")).trailerFiles(List.of(Path.of("t.txt")))
                .signOffFiles(List.of(Path.of("s.txt"))).build();
        trailers.add("Most read*");
        assertTrue(c.reportSignOffs());
        assertEquals(List.of("Lire aussi :*"), c.extraTrailers());
        assertEquals(List.of("(ANSA)"), c.extraSignOffs());
        assertEquals(List.of(Path.of("t.txt")), c.trailerFiles());
        assertEquals(List.of(Path.of("s.txt")), c.signOffFiles());
        assertThrows(UnsupportedOperationException.class, () -> c.extraTrailers().add("x"));
        // A null list stands for an empty one.
        BoilerplateConfig none = BoilerplateConfig.builder().extraTrailers(null).extraSignOffs(null).trailerFiles(null)
                .signOffFiles(null).build();
        assertEquals(List.of(), none.extraTrailers());
        assertEquals(List.of(), none.extraSignOffs());
        assertEquals(List.of(), none.trailerFiles());
        assertEquals(List.of(), none.signOffFiles());
    }

    @Test
    void aNullEntryIsRejectedByBuildNamingTheParameter() {
        assertMessage("extraTrailers must not contain null, not [Related:*, null].",
                () -> BoilerplateConfig.builder().extraTrailers(Arrays.asList("Related:*", null)).build());
        assertMessage("extraSignOffs must not contain null, not [null].",
                () -> BoilerplateConfig.builder().extraSignOffs(Arrays.asList((String) null)).build());
        assertMessage("trailerFiles must not contain null, not [null].",
                () -> BoilerplateConfig.builder().trailerFiles(Arrays.asList((Path) null)).build());
        assertMessage("signOffFiles must not contain null, not [null].",
                () -> BoilerplateConfig.builder().signOffFiles(Arrays.asList((Path) null)).build());
    }

    private static void assertMessage(String expected, Executable build) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, build).getMessage());
    }
}
