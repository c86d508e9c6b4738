package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Smaller cases on in-memory documents. */
class MetadataCheckTest {

    static final String WIRE = "WASHINGTON, Sept 4, 2023 (AFP) \u2013 The envoy will travel to the summit, officials said.";

    static CheckResult run(ListSource src, MetadataConfig cfg) throws Exception {
        return new CorpusEngine().run(new CheckRequest(src, "mem", List.of(new MetadataCheck(cfg)), null, null, null, 2, null));
    }

    static List<String> keys(CheckResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "|" + f.document() + "|" + f.evidence().get("field"))
                .collect(Collectors.toList());
    }

    @Test
    void datelineInTextWithEnDashAgreesOrDisagreesWithTheDate() throws Exception {
        CheckResult r = run(new ListSource()
                .add("same-day", WIRE, "date", "2023-09-04")
                .add("two-days", WIRE, "date", "2023-09-06")
                .add("six-days", WIRE, "date", "2023-09-10"), MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).build());
        assertEquals(List.of("metadata.inconsistent|six-days|dateline"), keys(r));
        Finding f = r.findings().get(0);
        assertEquals("The dateline 'WASHINGTON, Sept 4, 2023 (AFP)' says 2023-09-04, 6 days from the date field 2023-09-10"
                + " (tolerance 2 days).", f.message());
        assertEquals("text", f.evidence().get("from"));
    }

    @Test
    void aDatelineFieldIsNamedAsTheFindingsSource() throws Exception {
        CheckResult r = run(new ListSource()
                .add("field-dated", "The envoy will travel to the summit, officials said.", "date", "2023-09-10",
                        "dateline", "WASHINGTON, Sept 4, 2023 (AFP)", "source", "Reuters"),
                MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).build());
        assertEquals(List.of("metadata.inconsistent|field-dated|dateline", "metadata.inconsistent|field-dated|source"),
                keys(r));
        for (Finding f : r.findings()) {
            assertEquals("field", f.evidence().get("from"), f.message());
        }
        assertEquals("The dateline names the agency 'AFP' but the source field is 'Reuters'.", r.findings().get(1).message());
    }

    @Test
    void toleranceIsConfigurable() throws Exception {
        CheckResult r = run(new ListSource().add("six-days", WIRE, "date", "2023-09-10"),
                MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).datelineToleranceDays(6).build());
        assertEquals(List.of(), keys(r));
        CheckResult zero = run(new ListSource().add("one-day", WIRE, "date", "2023-09-05"),
                MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).datelineToleranceDays(0).build());
        assertEquals(List.of("metadata.inconsistent|one-day|dateline"), keys(zero));
    }

    @Test
    void maxDateDefaultsToTheBuildDate() throws Exception {
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        String today = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        CheckResult r = run(new ListSource().add("future", "x", "date", tomorrow).add("past", "y", "date", today),
                MetadataConfig.defaults());
        assertEquals(List.of("metadata.out-of-range|future|date"), keys(r));
        assertEquals(true, r.findings().get(0).message().endsWith("(the build's date)."));
    }

    /** Lists (front matter, JSON arrays) are kept as compact JSON; the schema checks each element. */
    @Test
    void listValuesAreCheckedElementByElement() throws Exception {
        MetadataConfig cfg = MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01"))
                .requiredFields(List.of("date", "author"))
                .field(new FieldRule("tags", false, null, List.of("port", "city"), null, null))
                .field(new FieldRule("author", true, null, List.of(), 3, null))
                .build();
        CheckResult r = run(new ListSource()
                .add("good", "x", "date", "[\"2024-05-14\",\"2024-05-15\"]", "author", "[\"Ann Lee\",\"Bo Chen\"]",
                        "tags", "[\"port\",\"city\"]")
                .add("one-bad", "y", "date", "[\"2024-05-14\",\"2024-13-01\"]", "author", "[\"Ann Lee\",\"Bo\"]",
                        "tags", "[\"port\",\"beach\",\"CITY\"]")
                .add("empty-lists", "z", "date", "[]", "author", "[\"\", \" \"]"), cfg);
        assertEquals(List.of("metadata.invalid|one-bad|author", "metadata.invalid|one-bad|date",
                "metadata.invalid|one-bad|tags", "metadata.noisy|one-bad|tags",
                "metadata.missing|empty-lists|author", "metadata.missing|empty-lists|date"),
                keys(r).stream().sorted((a, b) -> a.contains("empty") != b.contains("empty")
                        ? (a.contains("empty") ? 1 : -1) : a.compareTo(b)).toList());
        assertEquals("Invalid author 'Bo': expected at least 3 characters (has 2).", r.findings().stream()
                .filter(f -> "author".equals(f.evidence().get("field")) && f.ruleId().equals("metadata.invalid"))
                .findFirst().orElseThrow().message());
    }

    @Test
    void requiredFieldsBlankValuesLengthsAndPatterns() throws Exception {
        MetadataConfig cfg = MetadataConfig.builder().requiredFields(List.of("date", "title", "author"))
                .field(new FieldRule("title", true, null, List.of(), 5, null))
                .field(new FieldRule("id", false, FieldRule.compile("id", "[a-z]+-\\d{3}"), List.of(), null, null))
                .maxDate(LocalDate.parse("2030-01-01"))
                .build();
        CheckResult r = run(new ListSource()
                .add("story-001", "Text.", "date", "2023-09-04", "title", "  Good Title ", "author", "A. Writer", "id", "story-001")
                .add("story-002", "Text.", "date", "2023-09-04", "title", "   ", "author", "A. Writer", "id", "story-002")
                .add("Story_3", "Text.", "date", "2023-09-04", "title", "Tiny", "id", "Story_3"), cfg);
        // Report order: file (Story_3 sorts before story-002), line, rule.
        assertEquals(List.of(
                "metadata.invalid|Story_3|id",
                "metadata.invalid|Story_3|title",
                "metadata.missing|Story_3|author",
                "metadata.missing|story-002|title"), keys(r));
        Finding blank = r.findings().stream().filter(f -> f.document().equals("story-002")).findFirst().orElseThrow();
        assertEquals("No title: the required field 'title' is blank.", blank.message());
        Finding id = r.findings().stream().filter(f -> "id".equals(f.evidence().get("field"))).findFirst().orElseThrow();
        assertEquals(Map.of("field", "id", "value", "Story_3", "expected", "a value matching [a-z]+-\\d{3}"), id.evidence());
    }

    @Test
    void repeatedUrlOnlyAcrossDifferentTexts() throws Exception {
        String u = "https://example.org/story";
        CheckResult r = run(new ListSource()
                .add("a", "Same text.", "date", "2023-09-04", "url", u)
                .add("b", "Same text.", "date", "2023-09-04", "url", u)
                .add("c", "Other text.", "date", "2023-09-04", "url", "HTTPS://Example.org/story")
                .add("d", "Same text.", "date", "2023-09-04", "url", u)
                .add("e", "Unrelated.", "date", "2023-09-04", "url", "https://example.org/other"),
                MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).build());
        // b repeats a's text (left to duplicate.*); c differs from a; d equals a's text but differs from c.
        assertEquals(List.of("metadata.url-repeated|c|url", "metadata.url-repeated|d|url"), keys(r));
        assertEquals(List.of("a"), r.findings().get(0).related());
        assertEquals(List.of("c"), r.findings().get(1).related());
        assertEquals("HTTPS://Example.org/story", r.findings().get(0).evidence().get("value"));
    }

    @Test
    void zeroConfigurationRequiresOnlyTheDate() throws Exception {
        CheckResult r = run(new ListSource().add("bare", "Just a text."), MetadataConfig.defaults());
        assertEquals(List.of("metadata.missing|bare|date"), keys(r));
        assertEquals(List.of("date"), MetadataConfig.defaults().requiredFields());
        assertEquals(List.of(), MetadataConfig.builder().requiredFields(List.of()).build().requiredFields());
    }

    @Test
    void configurationErrorsAreReadable() {
        assertEquals("Field 'title': minLength 9 > maxLength 3.", assertThrows(IllegalArgumentException.class,
                () -> new FieldRule("title", false, null, null, 9, 3)).getMessage());
        assertEquals("minDate must be a date like 2023-09-04, not '04/09/2023'.", assertThrows(IllegalArgumentException.class,
                () -> MetadataConfig.parseConfigDate("minDate", "04/09/2023")).getMessage());
        assertEquals("Field 'id': invalid pattern '[a-z': Unclosed character class.", assertThrows(IllegalArgumentException.class,
                () -> FieldRule.compile("id", "[a-z")).getMessage());
    }

    /** The month of each document's date, for the HTML report's findings per month; report.json counts them. */
    @Test
    void publishesTheMonthOfEveryDocumentsDate() throws Exception {
        CheckResult r = run(new ListSource()
                .add("may", "Text.", "date", "2024-05-14")
                .add("none", "Text.")
                .add("june", "Text.", "date", "June 2, 2024")
                .add("may-again", "Text.", "date", "2024-05-31 # noisy"), MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).build());
        io.github.corpuscheck.api.DocumentMonthsSection months =
                r.section(io.github.corpuscheck.api.DocumentMonthsSection.class).orElseThrow();
        int may = 2024 * 12 + 4;
        assertEquals(List.of(may, io.github.corpuscheck.api.DocumentMonthsSection.NONE, may + 1, may),
                java.util.Arrays.stream(months.months()).boxed().toList());
        assertEquals(java.util.Map.of("2024-05", 2L, "2024-06", 1L), months.json());
        assertEquals("[2024-05, 2024-06]", ((java.util.Map<?, ?>) months.json()).keySet().toString());
        assertEquals("0012-01", io.github.corpuscheck.api.DocumentMonthsSection.label(12 * 12));
    }
}
