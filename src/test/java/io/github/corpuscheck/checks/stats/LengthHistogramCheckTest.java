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
        for (int words : List.of(0, 1, 49, 50, 99, 100, 3199, 3200, 90000)) {
            check.collect(0, words);
        }
        LengthHistogramSection h = check.histogram();
        assertEquals(List.of("0", "1-49", "50-99", "100-199", "200-399", "400-799", "800-1599", "1600-3199", "3200+"),
                h.buckets().stream().map(LengthHistogramSection.Bucket::label).toList());
        assertEquals(List.of(1L, 2L, 2L, 1L, 0L, 0L, 0L, 1L, 2L),
                h.buckets().stream().map(LengthHistogramSection.Bucket::documents).toList());
    }
}
