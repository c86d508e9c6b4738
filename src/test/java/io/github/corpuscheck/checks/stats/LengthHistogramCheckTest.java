package io.github.corpuscheck.checks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.LengthHistogramSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthHistogramCheckTest {

    @Test
    void bucketsByWordCount() {
        assertEquals(0, LengthHistogramCheck.words("   "));
        assertEquals(3, LengthHistogramCheck.words(" Storm\nhits  coast "));
        LengthHistogramCheck check = new LengthHistogramCheck();
        List<Integer> words = List.of(0, 1, 49, 50, 99, 100, 3199, 3200, 90000);
        for (int i = 0; i < words.size(); i++) {
            check.collect(i, words.get(i));
        }
        LengthHistogramSection h = check.histogram();
        assertEquals(List.of("0", "1-49", "50-99", "100-199", "200-399", "400-799", "800-1599", "1600-3199", "3200+"),
                h.buckets().stream().map(LengthHistogramSection.Bucket::label).toList());
        assertEquals(List.of(1L, 2L, 2L, 1L, 0L, 0L, 0L, 1L, 2L),
                h.buckets().stream().map(LengthHistogramSection.Bucket::documents).toList());
        // Each document's bucket, for the HTML report (not in report.json).
        assertEquals("[0, 1, 1, 2, 2, 3, 7, 8, 8]", java.util.Arrays.toString(h.documentBuckets()));
        assertEquals(8, h.bucketOf(8));
        assertEquals(-1, h.bucketOf(9));
        assertEquals(-1, h.bucketOf(-1));
    }
}
