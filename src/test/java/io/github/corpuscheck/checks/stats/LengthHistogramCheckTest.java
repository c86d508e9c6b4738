package io.github.corpuscheck.checks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
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
        Map<String, Long> h = check.histogram();
        assertEquals(List.of("0", "1-49", "50-99", "100-199", "200-399", "400-799", "800-1599", "1600-3199", "3200+"),
                List.copyOf(h.keySet()));
        assertEquals(List.of(1L, 2L, 2L, 1L, 0L, 0L, 0L, 1L, 2L), List.copyOf(h.values()));
    }
}
