package io.github.corpuscheck.api;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The month of each document's date ({@code report.json}: {@value #NAME}, the number of dated documents per month).
 * The per-document months let the HTML report count findings by the month of their articles' dates.
 *
 * @param months per document index, the month of its date as {@code year * 12 + month - 1}, or {@link #NONE}
 */
public record DocumentMonthsSection(int[] months) implements ReportSection {

    public static final String NAME = "documentsByMonth";
    /** A document without a readable date. */
    public static final int NONE = Integer.MIN_VALUE;

    public DocumentMonthsSection {
        months = months.clone();
    }

    /** The month of the document with this index, or {@link #NONE}. */
    public int month(int documentIndex) {
        return documentIndex >= 0 && documentIndex < months.length ? months[documentIndex] : NONE;
    }

    /** {@code 2024-05} for a month value. */
    public static String label(int month) {
        int year = Math.floorDiv(month, 12);
        int m = Math.floorMod(month, 12) + 1;
        return String.format(java.util.Locale.ROOT, year >= 0 && year <= 9999 ? "%04d-%02d" : "%+05d-%02d", year, m);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code {"2024-04": 310, "2024-05": 295}}: dated documents per month, oldest first. */
    @Override
    public Object json() {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int m : months) {
            if (m != NONE) {
                counts.merge(m, 1L, Long::sum);
            }
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        counts.forEach((m, n) -> out.put(label(m), n));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentMonthsSection s && Arrays.equals(months, s.months);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(months);
    }

    @Override
    public String toString() {
        return "DocumentMonthsSection" + json();
    }
}
