package io.github.corpuscheck.gate;

import io.github.corpuscheck.api.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates limits over a list of findings. Shared by the engine and by filters that re-count after removing
 * findings (baseline, suppressions), so both give the same numbers.
 */
public final class LimitEvaluator {

    private LimitEvaluator() {}

    /** One result per bound of each limit, in configuration order; ratios are over {@code documents}. */
    public static List<LimitResult> evaluate(List<Limit> limits, List<Finding> findings, int documents) {
        List<LimitResult> out = new ArrayList<>();
        for (Limit limit : limits) {
            long count = 0;
            Set<Integer> docs = new HashSet<>();
            for (Finding f : findings) {
                if (RulePattern.matches(limit.target(), f.ruleId())) {
                    count++;
                    if (f.documentIndex() >= 0) {
                        docs.add(f.documentIndex());
                    }
                }
            }
            if (limit.maximumCount() != null) {
                out.add(new LimitResult(limit.target(), "count", count, limit.maximumCount(), count <= limit.maximumCount()));
            }
            if (limit.maximumRatio() != null) {
                double ratio = documents == 0 ? 0.0 : round((double) docs.size() / documents);
                out.add(new LimitResult(limit.target(), "ratio", ratio, limit.maximumRatio(), ratio <= limit.maximumRatio()));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
