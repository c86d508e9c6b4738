package io.github.corpuscheck.api;

import java.util.Locale;

/** How much a finding matters: errors fail the build, warnings only through a limit, off drops the rule. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** The lower-case name used in reports and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} (or {@code warn}) and {@code off}, in any case. */
    public static Severity parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            case "off":
            case "none":
            case "ignore":
                return OFF;
            default:
                throw new IllegalArgumentException("Unknown severity '" + value + "': use error, warning or off.");
        }
    }
}
