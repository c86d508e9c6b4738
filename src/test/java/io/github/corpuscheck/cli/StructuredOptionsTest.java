package io.github.corpuscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --rule} and {@code --limit} merged into the rules and limits a settings file gave. */
class StructuredOptionsTest {

    private final List<String> problems = new ArrayList<>();

    private static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void rulesAreAddedAndReplaceTheFilesEntryForTheSameId() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rules", List.of(record("id", "truncation.*", "severity", "off"),
                record("id", "duplicate.near", "severity", "error")));

        StructuredOptions.rules(List.of("duplicate.near=warning", " metadata.missing = off "), values, problems);

        assertEquals(List.of(), problems);
        assertEquals(List.of(record("id", "truncation.*", "severity", "off"),
                record("id", "duplicate.near", "severity", "warning"),
                record("id", "metadata.missing", "severity", "off")), values.get("rules"));
    }

    @Test
    void rulesWithoutAFile() {
        Map<String, Object> values = new LinkedHashMap<>();

        StructuredOptions.rules(List.of("*=warning"), values, problems);

        assertEquals(List.of(record("id", "*", "severity", "warning")), values.get("rules"));
    }

    @Test
    void aLimitOptionSetsOneBoundAndKeepsTheOther() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("limits", List.of(record("rule", "duplicate.*", "maximumRatio", 0.01),
                record("rule", "metadata.*", "maximumCount", 0)));

        StructuredOptions.limits(List.of("duplicate.*:maximumCount=3", "metadata.*:maximumCount=2,maximumRatio=0.1",
                "truncation.mid-sentence:maximumRatio=0.05"), values, problems);

        assertEquals(List.of(), problems);
        assertEquals(List.of(record("rule", "duplicate.*", "maximumRatio", 0.01, "maximumCount", "3"),
                record("rule", "metadata.*", "maximumCount", "2", "maximumRatio", "0.1"),
                record("rule", "truncation.mid-sentence", "maximumRatio", "0.05")), values.get("limits"));
    }

    @Test
    void repeatedLimitOptionsOnOneRuleMakeOneLimit() {
        Map<String, Object> values = new LinkedHashMap<>();

        StructuredOptions.limits(List.of("*:maximumCount=10", "*:maximumRatio=0.2", "*:maximumCount=5"), values, problems);

        assertEquals(List.of(record("rule", "*", "maximumCount", "5", "maximumRatio", "0.2")), values.get("limits"));
    }

    @Test
    void malformedFormsAreProblemsAndLeaveTheRest() {
        Map<String, Object> values = new LinkedHashMap<>();

        StructuredOptions.rules(List.of("duplicate.near", "=off", "duplicate.near="), values, problems);
        StructuredOptions.limits(List.of("duplicate.*", ":maximumCount=1", "duplicate.*:max=1",
                "duplicate.*:maximumCount=", "duplicate.*:maximumCount=1,"), values, problems);

        String rule = "expected ID=SEVERITY, e.g. --rule truncation.too-short=off.";
        String limit = "expected RULE:maximumCount=N or RULE:maximumRatio=R (or both, comma-separated), "
                + "e.g. --limit duplicate.*:maximumRatio=0.01.";
        assertEquals(List.of("--rule 'duplicate.near': " + rule, "--rule '=off': " + rule, "--rule 'duplicate.near=': " + rule,
                "--limit 'duplicate.*': " + limit, "--limit ':maximumCount=1': " + limit,
                "--limit 'duplicate.*:max=1': " + limit, "--limit 'duplicate.*:maximumCount=': " + limit,
                "--limit 'duplicate.*:maximumCount=1,': " + limit), problems);
        assertEquals(List.of(), values.get("rules"));
        assertEquals(List.of(), values.get("limits"));
    }

    @Test
    void aRecordsOptionTakesYamlObjects() {
        Object records = StructuredOptions.records("fieldRules",
                List.of("{name: language, required: true}", "[{name: id}, {name: title, minLength: 5}]", "{name: x"),
                problems);

        assertEquals(List.of(record("name", "language", "required", true), record("name", "id"),
                record("name", "title", "minLength", 5)), records);
        assertEquals(List.of("--fieldRules: '{name: x' is not valid YAML or JSON: expected ',' or '}', but got <stream end>."),
                problems);
    }
}
