package io.github.corpuscheck.checks.stats;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.StateCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts documents by text length in words into fixed buckets, for the HTML report's histogram. Reports no
 * findings; publishes a {@link LengthHistogramSection}.
 */
public final class LengthHistogramCheck implements CorpusCheck<Integer> {

    /** Lower bounds (inclusive) of the buckets, in words; the last bucket is open-ended. */
    static final int[] LOWER = {0, 1, 50, 100, 200, 400, 800, 1600, 3200};

    private final long[] counts = new long[LOWER.length];
    /** The bucket of each document, by index. */
    private byte[] documentBuckets = new byte[1024];
    private int size;

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public StateCodec<Integer> stateCodec() {
        return StateCodec.INT;
    }

    @Override
    public Integer analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        return doc.hasText() ? words(doc.text()) : 0;
    }

    @Override
    public void collect(int documentIndex, Integer words) {
        int b = bucket(words);
        counts[b]++;
        if (documentIndex >= documentBuckets.length) {
            documentBuckets = Arrays.copyOf(documentBuckets, Math.max(documentIndex + 1, documentBuckets.length * 2));
        }
        documentBuckets[documentIndex] = (byte) b;
        size = Math.max(size, documentIndex + 1);
    }

    @Override
    public void finish(CorpusContext context, FindingSink sink) {
        context.section(histogram());
    }

    LengthHistogramSection histogram() {
        List<LengthHistogramSection.Bucket> buckets = new ArrayList<>(LOWER.length);
        for (int i = 0; i < LOWER.length; i++) {
            buckets.add(new LengthHistogramSection.Bucket(label(i), counts[i]));
        }
        return new LengthHistogramSection(buckets, Arrays.copyOf(documentBuckets, size));
    }

    static int bucket(int words) {
        int b = 0;
        while (b + 1 < LOWER.length && words >= LOWER[b + 1]) {
            b++;
        }
        return b;
    }

    static String label(int bucket) {
        if (bucket == 0) {
            return "0";
        }
        return bucket + 1 < LOWER.length ? LOWER[bucket] + "-" + (LOWER[bucket + 1] - 1) : LOWER[bucket] + "+";
    }

    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }
}
