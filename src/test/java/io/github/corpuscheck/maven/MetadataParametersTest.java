package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.checks.metadata.DateParser;
import io.github.corpuscheck.checks.metadata.FieldRule;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata parameters of the mojo mapped to {@link MetadataConfig}. */
class MetadataParametersTest {

    static MetadataMojo mojo() {
        MetadataMojo m = new MetadataMojo();
        m.requiredFields = "date";
        m.datelineToleranceDays = 2;
        m.maxFileSize = 67108864; // what Maven injects by default
        m.maxLineSize = 67108864;
        m.maxConsoleFindings = 20;
        return m;
    }

    static MetadataFieldRule rule(String name, Boolean required, String pattern, List<String> allowed, Integer min, Integer max) {
        MetadataFieldRule r = new MetadataFieldRule();
        r.setName(name);
        r.setRequired(required);
        r.setPattern(pattern);
        r.setAllowedValues(allowed);
        r.setMinLength(min);
        r.setMaxLength(max);
        return r;
    }

    @Test
    void defaults() throws Exception {
        MetadataConfig c = MojoSettings.config(mojo(), "metadata");
        assertEquals(List.of("date"), c.requiredFields());
        assertEquals(DateParser.DEFAULT_PATTERNS, c.datePatterns());
        assertNull(c.minDate());
        assertNull(c.maxDate());
        assertEquals(2, c.datelineToleranceDays());
    }

    @Test
    void everyParameter() throws Exception {
        MetadataMojo m = mojo();
        m.requiredFields = "date, title ,id";
        m.fieldRules = List.of(rule("language", true, null, List.of(" en", "fr"), null, null),
                rule("title", null, null, null, 5, 120),
                rule("id", false, "[a-z]+-\\d{3}", null, null, null));
        m.datePatterns = List.of("dd/MM/uuuu", "ISO_DATE");
        m.minDate = "1980-01-01";
        m.maxDate = "2025-12-31";
        m.datelineToleranceDays = 5;
        MetadataConfig c = MojoSettings.config(m, "metadata");
        assertEquals(List.of("date", "title", "language"), c.requiredFields());
        FieldRule language = c.fieldRule("language");
        assertEquals(List.of("en", "fr"), language.allowedValues());
        assertEquals(5, c.fieldRule("title").minLength());
        assertEquals(120, c.fieldRule("title").maxLength());
        assertEquals("[a-z]+-\\d{3}", c.fieldRule("id").pattern().pattern());
        assertEquals(List.of("dd/MM/uuuu", "ISO_DATE"), c.datePatterns());
        assertEquals(LocalDate.parse("1980-01-01"), c.minDate());
        assertEquals(LocalDate.parse("2025-12-31"), c.maxDate());
        assertEquals(5, c.datelineToleranceDays());
    }

    @Test
    void noneRequiresNothing() throws Exception {
        MetadataMojo m = mojo();
        m.requiredFields = "none";
        assertEquals(List.of(), MojoSettings.<MetadataConfig>config(m, "metadata").requiredFields());
    }

    @Test
    void badValuesAreConfigurationErrors() {
        MetadataMojo m = mojo();
        m.maxDate = "31.12.2025";
        assertEquals("maxDate: '31.12.2025' must be a date like 2023-09-04.", MojoSettings.problem(m));
        MetadataMojo p = mojo();
        p.datePatterns = List.of("uuuu-MM-dd {");
        assertTrue(MojoSettings.problem(p).startsWith("datePatterns: '[uuuu-MM-dd {]' Invalid date pattern 'uuuu-MM-dd {'"),
                MojoSettings.problem(p));
        MetadataMojo n = mojo();
        n.fieldRules = List.of(rule(" ", null, null, null, null, null));
        assertEquals("fieldRules: '{name= }' each field rule needs a name.", MojoSettings.problem(n));
        MetadataMojo t = mojo();
        t.datelineToleranceDays = -1;
        assertEquals("datelineToleranceDays: '-1' must be 0 or more.", MojoSettings.problem(t));
    }
}
