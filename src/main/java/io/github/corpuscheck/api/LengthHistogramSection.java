package io.github.corpuscheck.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents counted by text length in words ({@code report.json}: {@value #NAME}).
 *
 * @param buckets every bucket, shortest first, empty ones included
 */
public record LengthHistogramSection(List<Bucket> buckets) implements ReportSection {

    public static final String NAME = "lengthHistogram";

    public LengthHistogramSection {
        buckets = List.copyOf(buckets);
    }

    /**
     * @param label the range of word counts, e.g. {@code 50-99} or {@code 3200+}
     * @param documents number of documents in the range
     */
    public record Bucket(String label, long documents) {}

    @Override
    public String name() {
        return NAME;
    }

    /** {@code {"label": documents, ...}}, in bucket order. */
    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        buckets.forEach(b -> m.put(b.label(), b.documents()));
        return m;
    }
}
