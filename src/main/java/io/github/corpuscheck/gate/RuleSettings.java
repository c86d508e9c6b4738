package io.github.corpuscheck.gate;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/** The user's severity overrides, by rule pattern; the most specific pattern wins. */
public final class RuleSettings {

    private final Map<String, Severity> overrides;

    public RuleSettings(Map<String, Severity> overrides) {
        this.overrides = new LinkedHashMap<>(overrides);
    }

    public static RuleSettings defaults() {
        return new RuleSettings(Map.of());
    }

    public Map<String, Severity> overrides() {
        return Map.copyOf(overrides);
    }

    public Severity severityOf(Rule rule) {
        Severity result = rule.defaultSeverity();
        int best = -1;
        for (Map.Entry<String, Severity> e : overrides.entrySet()) {
            if (RulePattern.matches(e.getKey(), rule.id())) {
                int s = RulePattern.specificity(e.getKey());
                if (s > best) {
                    best = s;
                    result = e.getValue();
                }
            }
        }
        return result;
    }
}
