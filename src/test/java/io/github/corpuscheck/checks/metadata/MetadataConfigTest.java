package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataConfigTest {

    @Test
    void defaults() {
        MetadataConfig d = MetadataConfig.defaults();
        assertSame(d, MetadataConfig.defaults());
        assertEquals(List.of(FieldRule.required("date")), d.fieldRules());
        assertEquals(FieldRule.required("date"), d.fieldRule("date"));
        assertNull(d.fieldRule("title"));
        assertEquals(List.of("date"), d.requiredFields());
        assertEquals(DateParser.DEFAULT_PATTERNS, d.datePatterns());
        assertNull(d.minDate());
        assertNull(d.maxDate());
        assertEquals(LocalDate.now(ZoneOffset.UTC), d.effectiveMaxDate());
        assertEquals(2, d.datelineToleranceDays());
        MetadataConfig built = MetadataConfig.builder().build();
        assertEquals(d.fieldRules(), built.fieldRules());
        assertEquals(d.datePatterns(), built.datePatterns());
    }

    @Test
    void builderSetsValues() {
        MetadataConfig c = MetadataConfig.builder().datePatterns(List.of("dd/MM/uuuu")).minDate(LocalDate.parse("1990-01-01"))
                .maxDate(LocalDate.parse("2030-01-01")).datelineToleranceDays(0).build();
        assertEquals(List.of("dd/MM/uuuu"), c.datePatterns());
        assertEquals(LocalDate.parse("1990-01-01"), c.minDate());
        assertEquals(LocalDate.parse("2030-01-01"), c.maxDate());
        assertEquals(LocalDate.parse("2030-01-01"), c.effectiveMaxDate());
        assertEquals(0, c.datelineToleranceDays());
        assertEquals(DateParser.DEFAULT_PATTERNS, MetadataConfig.builder().datePatterns(null).build().datePatterns());
        assertEquals(DateParser.DEFAULT_PATTERNS, MetadataConfig.builder().datePatterns(List.of()).build().datePatterns());
    }

    @Test
    void fieldCallsApplyInOrder() {
        FieldRule title = new FieldRule("title", false, null, List.of(), 5, 45);
        // requiredFields rewrites the required flag of the rules so far and adds missing fields...
        MetadataConfig fieldFirst = MetadataConfig.builder().field(title).requiredFields(List.of(" title ", "author", ""))
                .build();
        assertEquals(List.of("title", "author"), fieldFirst.requiredFields());
        assertFalse(fieldFirst.fieldRule("date").required());
        assertEquals(new FieldRule("title", true, null, List.of(), 5, 45), fieldFirst.fieldRule("title"));
        assertEquals(List.of("date", "title", "author"), fieldFirst.fieldRules().stream().map(FieldRule::name).toList());
        // ...and a later field rule replaces the one of its field.
        MetadataConfig requiredFirst = MetadataConfig.builder().requiredFields(List.of("title", "author")).field(title)
                .build();
        assertEquals(List.of("author"), requiredFirst.requiredFields());
        assertEquals(title, requiredFirst.fieldRule("title"));
        assertEquals(List.of(), MetadataConfig.builder().requiredFields(List.of()).build().requiredFields());
    }

    @Test
    void builtConfigurationsDoNotChange() {
        List<String> patterns = new ArrayList<>(List.of("dd/MM/uuuu"));
        MetadataConfig.Builder b = MetadataConfig.builder().datePatterns(patterns);
        MetadataConfig first = b.build();
        patterns.add("ISO_DATE");
        b.field(FieldRule.required("title")).datelineToleranceDays(5);
        assertEquals(List.of("dd/MM/uuuu"), first.datePatterns());
        assertEquals(List.of("date"), first.requiredFields());
        assertEquals(2, first.datelineToleranceDays());
        assertEquals(List.of("date", "title"), b.build().requiredFields());
        assertThrows(UnsupportedOperationException.class, () -> first.fieldRules().add(FieldRule.required("x")));
        assertThrows(UnsupportedOperationException.class, () -> first.requiredFields().add("x"));
    }

    @Test
    void aNegativeToleranceIsRejectedByBuild() {
        MetadataConfig.Builder b = MetadataConfig.builder().datelineToleranceDays(-1);
        assertEquals("datelineToleranceDays must be 0 or more, not -1.",
                assertThrows(IllegalArgumentException.class, b::build).getMessage());
        assertEquals(0, b.datelineToleranceDays(0).build().datelineToleranceDays());
    }
}
