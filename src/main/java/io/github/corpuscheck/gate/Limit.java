package io.github.corpuscheck.gate;

import java.util.Objects;

/**
 * A threshold on the findings of a rule or family: at most {@code maximumCount} findings and/or at most
 * {@code maximumRatio} of the documents read having at least one such finding. {@code null} means no bound.
 */
public record Limit(String target, Long maximumCount, Double maximumRatio) {

    public Limit {
        Objects.requireNonNull(target, "target");
        if (maximumCount == null && maximumRatio == null) {
            throw new IllegalArgumentException("Limit on '" + target + "' sets neither maximumCount nor maximumRatio.");
        }
        if (maximumCount != null && maximumCount < 0) {
            throw new IllegalArgumentException("Limit on '" + target + "': maximumCount must be >= 0.");
        }
        // Written so that NaN fails too: a NaN bound compares false with every ratio, and the limit would always fail.
        if (maximumRatio != null && !(maximumRatio >= 0 && maximumRatio <= 1)) {
            throw new IllegalArgumentException("Limit on '" + target + "': maximumRatio must be between 0 and 1, not "
                    + maximumRatio + ".");
        }
    }
}
