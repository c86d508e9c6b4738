package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture corpus in src/test/resources/metadata: every rule with a positive and a negative case. */
class MetadataFixtureTest {

    static final Path FIXTURE = Path.of("src/test/resources/metadata");

    static MetadataConfig config() {
        return MetadataConfig.builder()
                .minDate(LocalDate.parse("1900-01-01"))
                .maxDate(LocalDate.parse("2030-12-31"))
                .field(new FieldRule("language", false, null, List.of("en", "fr"), null, null))
                .field(new FieldRule("title", false, null, List.of(), 5, 45))
                .field(new FieldRule("author", false, FieldRule.compile("author", "\\p{Lu}.*"), List.of(), null, null))
                .build();
    }

    /** The plugin's own reader over a folder. */
    static CorpusReader reader(Path dir, String include) {
        return new CorpusReader(new ReaderOptions(dir, List.of(include), List.of(), InputFormat.AUTO, StandardCharsets.UTF_8,
                FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
    }

    static CheckResult run(RuleSettings rules, int threads) throws Exception {
        return new CorpusEngine().run(new CheckRequest(reader(FIXTURE, "*.jsonl"), "fixture",
                List.of(new MetadataCheck(config())), rules, null, null, threads, null));
    }

    /** rule|file:line|document|field, in report order. */
    static List<String> keys(CheckResult r) {
        return r.findings().stream()
                .map(f -> f.ruleId() + "|" + f.file() + ":" + f.line() + "|" + f.document() + "|" + f.evidence().get("field"))
                .collect(Collectors.toList());
    }

    static Finding find(CheckResult r, String rule, String file, int line, String field) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.file().equals(file) && f.line() == line
                        && field.equals(f.evidence().get("field")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + file + ":" + line));
    }

    @Test
    void defaultSeveritiesReportExactlyTheseFindings() throws Exception {
        CheckResult r = run(null, 2);
        assertEquals(List.of(
                "metadata.missing|a.jsonl:2|bridge-002|date",
                "metadata.invalid|a.jsonl:3|school-003|date",
                "metadata.invalid|a.jsonl:4|market-004|date",
                "metadata.noisy|a.jsonl:5|library-005|date",
                "metadata.out-of-range|a.jsonl:7|rail-007|date",
                "metadata.out-of-range|a.jsonl:8|port-008|date",
                "metadata.inconsistent|a.jsonl:9|tokyo-009|dateline",
                "metadata.inconsistent|a.jsonl:11|lima-011|dateline",
                "metadata.inconsistent|a.jsonl:12|berlin-012|source",
                "metadata.dateline-unreadable|a.jsonl:13|madrid-013|dateline",
                "metadata.invalid|a.jsonl:13|madrid-013|title",
                "metadata.noisy|a.jsonl:15|london-015|language",
                "metadata.duplicate-id|b.jsonl:1|harbour-001|id",
                "metadata.url-repeated|b.jsonl:2|pass-017|url",
                "metadata.invalid|b.jsonl:5|files-020|author",
                "metadata.invalid|b.jsonl:5|files-020|language",
                "metadata.invalid|b.jsonl:5|files-020|url",
                "metadata.invalid|b.jsonl:6|rel-021|url"), keys(r));
        assertEquals(Map.of("metadata.missing", 1, "metadata.invalid", 7, "metadata.noisy", 2, "metadata.out-of-range", 2,
                "metadata.inconsistent", 3, "metadata.dateline-unreadable", 1, "metadata.duplicate-id", 1,
                "metadata.url-repeated", 1), r.byRule());
        assertEquals(Severity.OFF, r.rules().get("metadata.title-case").severity());
        assertEquals(Severity.OFF, r.rules().get("metadata.title-repeated").severity());
    }

    @Test
    void evidenceNamesFieldValueAndExpectation() throws Exception {
        CheckResult r = run(null, 1);
        Finding missing = find(r, "metadata.missing", "a.jsonl", 2, "date");
        assertEquals("No date: the required field 'date' is missing.", missing.message());
        assertEquals(Map.of("field", "date"), missing.evidence());

        Finding month13 = find(r, "metadata.invalid", "a.jsonl", 3, "date");
        assertEquals("2023-13-04", month13.evidence().get("value"));
        assertEquals("Invalid value for MonthOfYear (valid values 1 - 12): 13", month13.evidence().get("reason"));
        assertEquals("unreadable from '5:40:11.05'",
                find(r, "metadata.invalid", "a.jsonl", 4, "date").evidence().get("reason"));

        Finding noisy = find(r, "metadata.noisy", "a.jsonl", 5, "date");
        assertEquals("12-JUN-1988 09:14:22.31", noisy.evidence().get("cleaned"));
        assertEquals("\u0005X Q", noisy.evidence().get("noise"));
        assertEquals("1988-06-12", noisy.evidence().get("date"));
        assertEquals(Severity.WARNING, noisy.severity());

        assertEquals("2030-12-31", find(r, "metadata.out-of-range", "a.jsonl", 7, "date").evidence().get("maxDate"));
        assertEquals("Date 1899-12-31 is before minDate 1900-01-01.",
                find(r, "metadata.out-of-range", "a.jsonl", 8, "date").message());

        Finding tokyo = find(r, "metadata.inconsistent", "a.jsonl", 9, "dateline");
        assertEquals("TOKYO, May 18", tokyo.evidence().get("value"));
        assertEquals("2023-05-18", tokyo.evidence().get("datelineDate"));
        assertEquals(61L, tokyo.evidence().get("gapDays"));
        assertEquals(3L, find(r, "metadata.inconsistent", "a.jsonl", 11, "dateline").evidence().get("gapDays"));

        Finding agency = find(r, "metadata.inconsistent", "a.jsonl", 12, "source");
        assertEquals("The dateline names the agency 'Reuters' but the source field is 'AFP'.", agency.message());
        assertEquals("text", agency.evidence().get("from"));

        Finding unreadable = find(r, "metadata.dateline-unreadable", "a.jsonl", 13, "dateline");
        assertEquals("MADRID, Narch 2", unreadable.evidence().get("value"));
        assertEquals("Narch 2", unreadable.evidence().get("unreadable"));

        Finding language = find(r, "metadata.noisy", "a.jsonl", 15, "language");
        assertEquals("en", language.evidence().get("cleaned"));
        assertEquals("one of en, fr", find(r, "metadata.invalid", "b.jsonl", 5, "language").evidence().get("expected"));
        assertEquals("at most 45 characters (has 58)", find(r, "metadata.invalid", "a.jsonl", 13, "title").evidence().get("expected"));

        Finding dupId = find(r, "metadata.duplicate-id", "b.jsonl", 1, "id");
        assertEquals(List.of("harbour-001"), dupId.related());
        assertEquals(List.of(new Location("a.jsonl", 1)), dupId.relatedLocations());
        assertEquals("The id 'harbour-001' is already used by the document at a.jsonl:1.", dupId.message());

        Finding url = find(r, "metadata.url-repeated", "b.jsonl", 2, "url");
        assertEquals(List.of(new Location("a.jsonl", 1)), url.relatedLocations());
        assertEquals("The URL 'https://NEWS.example.org/harbour-ferry#top' is also on harbour-001, whose text differs.",
                url.message());
        assertEquals("https://news.example.org/harbour-ferry", url.evidence().get("firstValue"));
        assertEquals("/news/rates", find(r, "metadata.invalid", "b.jsonl", 6, "url").evidence().get("value"));
    }

    @Test
    void titleRulesWhenSwitchedOn() throws Exception {
        CheckResult r = run(new RuleSettings(Map.of("metadata.title-*", Severity.WARNING,
                "metadata.title-repeated", Severity.WARNING, "metadata.title-case", Severity.WARNING)), 2);
        Finding repeated = find(r, "metadata.title-repeated", "b.jsonl", 1, "title");
        assertEquals(List.of("rail-007"), repeated.related());
        Finding caps = find(r, "metadata.title-case", "b.jsonl", 6, "title");
        assertEquals("The title is all in capitals: 'FED HOLDS RATES STEADY'.", caps.message());
        // pass-018 and pass-019 repeat pass-017's title on the same text: no finding.
        assertEquals(1, r.byRule().get("metadata.title-repeated"));
        assertEquals(1, r.byRule().get("metadata.title-case"));
    }

    @Test
    void sameReportWithAnyThreadCount() throws Exception {
        assertEquals(run(null, 1).findings().toString(), run(null, 4).findings().toString());
    }
}
