package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Duplicate messages format their numbers by hand; they must read exactly as {@code %.0f} and {@code %.2f} would. */
class MessageNumbersTest {

    @Test
    void fixedRoundsLikeTheFormatter() {
        double[] edges = {0, 1, 0.5, 0.125, 0.005, 1.005, 0.285, 0.615, 62.5, 99.5, 100, 0.9999, 79.59183673469387, 9.995,
            0.995, 999.9951, 1.0E-5, 12345678.9, 0.0049999};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.0f", v), DuplicateCheck.fixed(v, 0), "" + v);
            assertEquals(String.format(Locale.ROOT, "%.2f", v), DuplicateCheck.fixed(v, 2), "" + v);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            // Ratios as the check computes them: shared / size.
            int size = 1 + random.nextInt(2000);
            double ratio = (double) random.nextInt(size + 1) / size;
            assertEquals(String.format(Locale.ROOT, "%.2f", ratio), DuplicateCheck.fixed(ratio, 2), "" + ratio);
            assertEquals(String.format(Locale.ROOT, "%.0f", 100 * ratio), DuplicateCheck.fixed(100 * ratio, 0), "" + ratio);
        }
    }
}
