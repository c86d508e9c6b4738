package io.github.corpuscheck.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents counted by text length in words ({@code report.json}: {@value #NAME}).
 *
 * @param buckets every bucket, shortest first, empty ones included
 * @param documentBuckets per document index, the index of its bucket (for the HTML report, which filters findings
 *     by the length of their documents; not in {@code report.json}); empty when not known
 */
public record LengthHistogramSection(List<Bucket> buckets, byte[] documentBuckets) implements ReportSection {

    public static final String NAME = "lengthHistogram";

    public LengthHistogramSection {
        buckets = List.copyOf(buckets);
        documentBuckets = documentBuckets.clone();
    }

    /** Counts only, without the bucket of each document. */
    public LengthHistogramSection(List<Bucket> buckets) {
        this(buckets, new byte[0]);
    }

    /** The bucket of the document with this index, or -1 when not known. */
    public int bucketOf(int documentIndex) {
        return documentIndex >= 0 && documentIndex < documentBuckets.length ? documentBuckets[documentIndex] : -1;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof LengthHistogramSection s && buckets.equals(s.buckets)
                && Arrays.equals(documentBuckets, s.documentBuckets);
    }

    @Override
    public int hashCode() {
        return buckets.hashCode() * 31 + Arrays.hashCode(documentBuckets);
    }

    @Override
    public String toString() {
        return "LengthHistogramSection" + buckets;
    }
}
