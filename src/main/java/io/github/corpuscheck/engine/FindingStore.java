package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** All findings of a run, with error counts and positions per document. Used on the engine thread only. */
final class FindingStore {

    private final List<Finding> findings = new ArrayList<>();
    private final Map<Integer, List<Integer>> positionsByDocument = new HashMap<>();
    private int[] errors = new int[1024];

    void add(Finding f) {
        int doc = f.documentIndex();
        if (doc >= 0) {
            positionsByDocument.computeIfAbsent(doc, k -> new ArrayList<>(2)).add(findings.size());
            if (f.severity() == Severity.ERROR) {
                if (doc >= errors.length) {
                    errors = Arrays.copyOf(errors, Math.max(doc + 1, errors.length * 2));
                }
                errors[doc]++;
            }
        }
        findings.add(f);
    }

    int errorCount(int doc) {
        return doc < errors.length ? errors[doc] : 0;
    }

    int amend(int doc, Rule rule, UnaryOperator<Finding.Builder> change) {
        int changed = 0;
        for (int pos : positionsByDocument.getOrDefault(doc, List.of())) {
            Finding old = findings.get(pos);
            if (old.rule().id().equals(rule.id())) {
                Finding.Builder b = change.apply(old.toBuilder());
                // Identity and severity stay as they were: amending adds knowledge, it does not re-rate.
                Finding updated = b.severity(old.severity()).document(old.documentIndex(), old.document()).build();
                findings.set(pos, updated);
                changed++;
            }
        }
        return changed;
    }

    List<Finding> all() {
        return findings;
    }
}
