package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The metadata family: required fields, field schemas, dates and datelines, ids, URLs and titles. */
public final class MetadataProvider implements CheckProvider<MetadataConfig> {

    @Override
    public String family() {
        return "metadata";
    }

    @Override
    public int order() {
        return 300; // after duplicate: a missing field names a dated duplicate as evidence
    }

    @Override
    public String description() {
        return "Required and valid metadata: dates in range, datelines agreeing with dates, unique ids and URLs.";
    }

    @Override
    public List<Rule> rules() {
        return MetadataRules.ALL;
    }

    @Override
    public List<Option> options() {
        return List.of(
                Option.of("requiredFields", Kind.LIST, "date",
                        "Metadata fields that must be present and not blank; none requires nothing."),
                Option.of("fieldRules", Kind.RECORDS, null,
                        "Per-field schema: {name, required, pattern, allowedValues, minLength, maxLength}.").structured(),
                Option.of("datePatterns", Kind.PHRASES, null,
                        "java.time patterns that read the date field, tried in order (replace the defaults).")
                        .structured(),
                Option.of("minDate", Kind.DATE, null, "Dates before this day are metadata.out-of-range."),
                Option.of("maxDate", Kind.DATE, "today",
                        "Dates after this day are metadata.out-of-range; today is the day of the run (UTC)."),
                Option.of("datelineToleranceDays", Kind.INTEGER, "2",
                        "Days a dateline may be away from the date field before metadata.inconsistent."));
    }

    @Override
    public MetadataConfig configure(OptionValues v) {
        boolean ok = true;
        List<String> required = v.list("requiredFields");
        if (required.size() == 1 && required.get(0).equalsIgnoreCase("none")) {
            required = List.of();
        }
        MetadataConfig.Builder b = MetadataConfig.builder().requiredFields(required);
        for (Map<String, Object> r : v.records("fieldRules")) {
            FieldRule rule = fieldRule(v, r, required);
            if (rule == null) {
                ok = false;
            } else {
                b.field(rule);
            }
        }
        List<String> patterns = v.list("datePatterns");
        try {
            new DateParser(patterns.isEmpty() ? DateParser.DEFAULT_PATTERNS : patterns);
        } catch (IllegalArgumentException e) {
            v.problem("datePatterns", patterns, e.getMessage());
            ok = false;
        }
        int tolerance = v.integer("datelineToleranceDays");
        if (tolerance < 0) {
            v.problem("datelineToleranceDays", tolerance, "must be 0 or more");
            ok = false;
        }
        if (!ok) {
            return null; // the problems are reported; the settings will not be built
        }
        return b.datePatterns(patterns.isEmpty() ? null : patterns).minDate(v.date("minDate"))
                // unset: the check takes the day of the run and says so in its message
                .maxDate(v.isSet("maxDate") ? v.date("maxDate") : null)
                .datelineToleranceDays(tolerance).build();
    }

    private static FieldRule fieldRule(OptionValues v, Map<String, Object> r, List<String> required) {
        Object name = r.get("name");
        if (!(name instanceof String n) || n.isBlank()) {
            v.problem("fieldRules", r, "each field rule needs a name");
            return null;
        }
        n = n.trim();
        try {
            Object req = r.get("required");
            boolean isRequired = req != null ? Boolean.parseBoolean(req.toString().trim()) : required.contains(n);
            List<String> allowed = new ArrayList<>();
            Object values = r.get("allowedValues");
            if (values instanceof List<?> l) {
                l.forEach(x -> allowed.add(x.toString().trim()));
            } else if (values != null && !values.toString().isBlank()) {
                allowed.add(values.toString().trim());
            }
            return new FieldRule(n, isRequired, FieldRule.compile(n, (String) r.get("pattern")), allowed,
                    integer(r.get("minLength")), integer(r.get("maxLength")));
        } catch (IllegalArgumentException e) {
            v.problem("fieldRules", r, e.getMessage());
            return null;
        }
    }

    private static Integer integer(Object value) {
        return value == null ? null : Integer.valueOf(value.toString().trim());
    }

    @Override
    public List<CorpusCheck<?>> create(MetadataConfig config, CheckEnvironment env) {
        return List.of(new MetadataCheck(config));
    }
}
