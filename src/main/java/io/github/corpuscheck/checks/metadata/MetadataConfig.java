package io.github.corpuscheck.checks.metadata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of the metadata family. Zero configuration requires only {@code date}, parses dates with
 * {@link DateParser#DEFAULT_PATTERNS}, has no minimum date, takes today (UTC) as the maximum date and tolerates
 * two days between a dateline and the date field.
 */
public final class MetadataConfig {

    private final Map<String, FieldRule> fields = new LinkedHashMap<>();
    private List<String> datePatterns = DateParser.DEFAULT_PATTERNS;
    private LocalDate minDate;
    private LocalDate maxDate;
    private int datelineToleranceDays = 2;

    public MetadataConfig() {
        fields.put("date", FieldRule.required("date"));
    }

    /** The field rules by name, in configuration order ({@code date} first unless replaced). */
    public List<FieldRule> fieldRules() {
        return List.copyOf(fields.values());
    }

    public FieldRule fieldRule(String name) {
        return fields.get(name);
    }

    /** Names of the required fields. */
    public List<String> requiredFields() {
        List<String> out = new ArrayList<>();
        fields.values().forEach(f -> {
            if (f.required()) {
                out.add(f.name());
            }
        });
        return out;
    }

    /**
     * Makes exactly these fields required (others keep their other constraints but become optional). An empty
     * list makes even {@code date} optional.
     */
    public MetadataConfig requiredFields(List<String> names) {
        List<String> wanted = names.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (Map.Entry<String, FieldRule> e : new ArrayList<>(fields.entrySet())) {
            FieldRule f = e.getValue();
            fields.put(e.getKey(), new FieldRule(f.name(), wanted.contains(f.name()), f.pattern(), f.allowedValues(),
                    f.minLength(), f.maxLength()));
        }
        for (String n : wanted) {
            fields.putIfAbsent(n, FieldRule.required(n));
        }
        return this;
    }

    /** Adds or replaces the rule of one field. */
    public MetadataConfig field(FieldRule rule) {
        fields.put(rule.name(), rule);
        return this;
    }

    public List<String> datePatterns() {
        return datePatterns;
    }

    /** The ordered date patterns (see {@link DateParser}); the first that reads the whole value wins. */
    public MetadataConfig datePatterns(List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            this.datePatterns = DateParser.DEFAULT_PATTERNS;
        } else {
            this.datePatterns = List.copyOf(patterns);
        }
        return this;
    }

    public LocalDate minDate() {
        return minDate;
    }

    public MetadataConfig minDate(LocalDate value) {
        this.minDate = value;
        return this;
    }

    /** The configured maximum date, or {@code null} for the build's own date. */
    public LocalDate maxDate() {
        return maxDate;
    }

    public MetadataConfig maxDate(LocalDate value) {
        this.maxDate = value;
        return this;
    }

    /** The maximum date in effect: the configured one, else today in UTC. */
    LocalDate effectiveMaxDate() {
        return maxDate != null ? maxDate : LocalDate.now(ZoneOffset.UTC);
    }

    public int datelineToleranceDays() {
        return datelineToleranceDays;
    }

    public MetadataConfig datelineToleranceDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("datelineToleranceDays must be 0 or more, not " + days + ".");
        }
        this.datelineToleranceDays = days;
        return this;
    }

    /** Parses {@code yyyy-MM-dd} for a configuration value, with a readable error. */
    public static LocalDate parseConfigDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2023-09-04, not '" + value + "'.");
        }
    }
}
