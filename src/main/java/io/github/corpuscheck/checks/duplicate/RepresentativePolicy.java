package io.github.corpuscheck.checks.duplicate;

import java.util.Locale;

/** How a cluster's representative (the document the others are reported against) is chosen. */
public enum RepresentativePolicy {
    /** Fewest error findings, then the longest text once trailers are stripped, then the smallest id. */
    MOST_COMPLETE("most-complete"),
    /** The earliest readable {@code date} field (undated last), then the smallest id. */
    EARLIEST_DATE("earliest-date"),
    /** The longest text once trailers are stripped, then the smallest id. */
    LONGEST("longest"),
    /** The smallest id. */
    FIRST_ID("first-id");

    private final String label;

    RepresentativePolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RepresentativePolicy parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (RepresentativePolicy p : values()) {
            if (p.label.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown representative policy '" + value
                + "': use most-complete, earliest-date, longest or first-id.");
    }
}
