package io.github.corpuscheck.api;

/**
 * A top-level section a check adds to the report, e.g. the duplicate clusters. Report writers read a section through
 * its type ({@code CheckResult.section(Class)}) and its record components; only {@code report.json} writes
 * {@link #json()}, under {@link #name()}.
 */
public interface ReportSection {

    /** The section's key in {@code report.json}; a result holds one section per name. */
    String name();

    /**
     * The section as {@code report.json} publishes it: JSON-like values only (maps in key order, lists, strings,
     * numbers, booleans, {@code null}). Part of the published schema: the same section must give the same value.
     */
    Object json();
}
