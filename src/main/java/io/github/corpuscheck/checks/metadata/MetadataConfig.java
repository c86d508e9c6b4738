package io.github.corpuscheck.checks.metadata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options of the metadata family, immutable. {@link #defaults()} requires only {@code date}, parses dates with
 * {@link DateParser#DEFAULT_PATTERNS}, has no minimum date, takes today (UTC) as the maximum date and tolerates two
 * days between a dateline and the date field; change them with {@link #builder()}.
 */
public final class MetadataConfig {

    private static final MetadataConfig DEFAULTS = new MetadataConfig(new Builder());

    private final Map<String, FieldRule> fields;
    private final List<String> requiredFields;
    private final List<String> datePatterns;
    private final LocalDate minDate;
    private final LocalDate maxDate;
    private final int datelineToleranceDays;

    private MetadataConfig(Builder b) {
        if (b.datelineToleranceDays < 0) {
            throw new IllegalArgumentException(
                    "datelineToleranceDays must be 0 or more, not " + b.datelineToleranceDays + ".");
        }
        this.fields = new LinkedHashMap<>(b.fields);
        List<String> required = new ArrayList<>();
        fields.values().forEach(f -> {
            if (f.required()) {
                required.add(f.name());
            }
        });
        this.requiredFields = List.copyOf(required);
        this.datePatterns = b.datePatterns;
        this.minDate = b.minDate;
        this.maxDate = b.maxDate;
        this.datelineToleranceDays = b.datelineToleranceDays;
    }

    /** The defaults (see the class comment). */
    public static MetadataConfig defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The field rules by name, in configuration order ({@code date} first unless replaced). */
    public List<FieldRule> fieldRules() {
        return List.copyOf(fields.values());
    }

    /** The rule of one field, or {@code null}. */
    public FieldRule fieldRule(String name) {
        return fields.get(name);
    }

    /** Names of the required fields, in configuration order. */
    public List<String> requiredFields() {
        return requiredFields;
    }

    /** The ordered date patterns (see {@link DateParser}); the first that reads the whole value wins. */
    public List<String> datePatterns() {
        return datePatterns;
    }

    /** The minimum date, or {@code null} for none. */
    public LocalDate minDate() {
        return minDate;
    }

    /** The configured maximum date, or {@code null} for the build's own date. */
    public LocalDate maxDate() {
        return maxDate;
    }

    /** The maximum date in effect: the configured one, else today in UTC. */
    LocalDate effectiveMaxDate() {
        return maxDate != null ? maxDate : LocalDate.now(ZoneOffset.UTC);
    }

    /** Days a dateline's date may be apart from the date field (default 2). */
    public int datelineToleranceDays() {
        return datelineToleranceDays;
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

    /**
     * Mutable builder starting from the defaults. Field calls ({@link #requiredFields}, {@link #field}) apply in the
     * order they are made; {@link #build()} validates and may be called again after further changes.
     */
    public static final class Builder {
        private final Map<String, FieldRule> fields = new LinkedHashMap<>();
        private List<String> datePatterns = DateParser.DEFAULT_PATTERNS;
        private LocalDate minDate;
        private LocalDate maxDate;
        private int datelineToleranceDays = 2;

        private Builder() {
            fields.put("date", FieldRule.required("date"));
        }

        /**
         * Makes exactly these fields required: the rules so far of other fields keep their other constraints but
         * become optional, and a named field without a rule gets one. An empty list makes even {@code date} optional.
         */
        public Builder requiredFields(List<String> names) {
            Objects.requireNonNull(names, "requiredFields");
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
        public Builder field(FieldRule rule) {
            fields.put(rule.name(), rule);
            return this;
        }

        /** The ordered date patterns (see {@link DateParser}); {@code null} or empty for the defaults. */
        public Builder datePatterns(List<String> patterns) {
            this.datePatterns = patterns == null || patterns.isEmpty() ? DateParser.DEFAULT_PATTERNS : List.copyOf(patterns);
            return this;
        }

        /** Dates before this are {@code metadata.out-of-range}; {@code null} (the default) for no minimum. */
        public Builder minDate(LocalDate value) {
            this.minDate = value;
            return this;
        }

        /** Dates after this are {@code metadata.out-of-range}; {@code null} (the default) for today in UTC. */
        public Builder maxDate(LocalDate value) {
            this.maxDate = value;
            return this;
        }

        /** Days a dateline's date may be apart from the date field; 0 or more (default 2). */
        public Builder datelineToleranceDays(int days) {
            this.datelineToleranceDays = days;
            return this;
        }

        /** The configuration; throws {@link IllegalArgumentException} naming the parameter for an invalid value. */
        public MetadataConfig build() {
            return new MetadataConfig(this);
        }
    }
}
