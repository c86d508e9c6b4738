package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;

/** Rules of the metadata family. */
public final class MetadataRules {

    public static final Rule MISSING = new Rule("metadata.missing", Severity.ERROR,
            "A required metadata field is absent or blank.");

    public static final Rule INVALID = new Rule("metadata.invalid", Severity.ERROR,
            "A metadata value cannot be valid: an unparseable date, a pattern or allowed-value mismatch, a bad length or URL.");

    public static final Rule NOISY = new Rule("metadata.noisy", Severity.WARNING,
            "A metadata value is valid only once cleaned (trailing noise after a date, wrong case of an allowed value).");

    public static final Rule OUT_OF_RANGE = new Rule("metadata.out-of-range", Severity.ERROR,
            "A date lies before minDate or after maxDate.");

    public static final Rule INCONSISTENT = new Rule("metadata.inconsistent", Severity.WARNING,
            "Two sources of the same fact disagree: dateline date vs date field, dateline agency vs source field.");

    public static final Rule DATELINE_UNREADABLE = new Rule("metadata.dateline-unreadable", Severity.WARNING,
            "A dateline holds a date that cannot be read (misspelt month, impossible day).");

    public static final Rule DUPLICATE_ID = new Rule("metadata.duplicate-id", Severity.ERROR,
            "Two documents carry the same id.");

    public static final Rule URL_REPEATED = new Rule("metadata.url-repeated", Severity.WARNING,
            "Two documents with different texts carry the same URL.");

    public static final Rule TITLE_REPEATED = new Rule("metadata.title-repeated", Severity.OFF,
            "Two documents with different texts carry the same title (normal for wire services, hence off).");

    public static final Rule TITLE_CASE = new Rule("metadata.title-case", Severity.OFF,
            "A title is written all in capitals or all in lower case (normal for wire services, hence off).");

    public static final List<Rule> ALL = List.of(MISSING, INVALID, NOISY, OUT_OF_RANGE, INCONSISTENT, DATELINE_UNREADABLE,
            DUPLICATE_ID, URL_REPEATED, TITLE_REPEATED, TITLE_CASE);

    private MetadataRules() {}
}
