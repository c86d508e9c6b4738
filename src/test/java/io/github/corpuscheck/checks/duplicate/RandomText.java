package io.github.corpuscheck.checks.duplicate;

import java.util.SplittableRandom;

/** Random short texts over a small alphabet, for tests that compare a fast path with its definition. */
final class RandomText {

    private RandomText() {}

    /** Up to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    static String of(SplittableRandom random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
