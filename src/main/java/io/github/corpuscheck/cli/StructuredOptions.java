package io.github.corpuscheck.cli;

import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.SettingsFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The command line's short forms of structured settings, merged into the settings a settings file gave:
 * {@code --rule ID=SEVERITY} into {@code rules} and {@code --limit RULE:maximumCount=N,maximumRatio=R} into
 * {@code limits}. Only the form is checked here; the values (a known severity, a number) are checked with every other
 * setting by {@link io.github.corpuscheck.run.CorpusSettings}.
 */
final class StructuredOptions {

    static final String RULES = "rules";
    static final String LIMITS = "limits";
    private static final List<String> BOUNDS = List.of("maximumCount", "maximumRatio");

    private StructuredOptions() {}

    /** Each {@code ID=SEVERITY} replaces the rule of that id, or is added after the others. */
    static void rules(List<String> options, Map<String, Object> values, List<String> problems) {
        List<Object> rules = records(values.get(RULES));
        for (String option : options) {
            int eq = option.indexOf('=');
            String id = eq < 0 ? "" : option.substring(0, eq).strip();
            String severity = eq < 0 ? "" : option.substring(eq + 1).strip();
            if (id.isEmpty() || severity.isEmpty()) {
                problems.add("--rule '" + option + "': expected ID=SEVERITY, e.g. --rule truncation.too-short=off.");
                continue;
            }
            rules.removeIf(r -> r instanceof Map<?, ?> m && id.equals(text(m.get("id"))));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("severity", severity);
            rules.add(r);
        }
        values.put(RULES, rules);
    }

    /**
     * Each {@code RULE:BOUND=VALUE[,BOUND=VALUE]} sets those bounds of the limit on that rule (the first such limit),
     * keeping its other bound, or adds a limit after the others.
     */
    static void limits(List<String> options, Map<String, Object> values, List<String> problems) {
        List<Object> limits = records(values.get(LIMITS));
        for (String option : options) {
            int colon = option.indexOf(':');
            String rule = colon < 0 ? "" : option.substring(0, colon).strip();
            Map<String, Object> bounds = new LinkedHashMap<>();
            if (!rule.isEmpty()) {
                for (String part : option.substring(colon + 1).split(",", -1)) {
                    int eq = part.indexOf('=');
                    String key = eq < 0 ? "" : part.substring(0, eq).strip();
                    String value = eq < 0 ? "" : part.substring(eq + 1).strip();
                    if (!BOUNDS.contains(key) || value.isEmpty()) {
                        bounds = null;
                        break;
                    }
                    bounds.put(key, value);
                }
            }
            if (rule.isEmpty() || bounds == null || bounds.isEmpty()) {
                problems.add("--limit '" + option + "': expected RULE:maximumCount=N or RULE:maximumRatio=R "
                        + "(or both, comma-separated), e.g. --limit duplicate.*:maximumRatio=0.01.");
                continue;
            }
            Map<String, Object> limit = null;
            for (int i = 0; i < limits.size(); i++) {
                if (limits.get(i) instanceof Map<?, ?> m && rule.equals(text(m.get("rule")))) {
                    limit = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        limit.put(String.valueOf(e.getKey()), e.getValue());
                    }
                    limits.set(i, limit);
                    break;
                }
            }
            if (limit == null) {
                limit = new LinkedHashMap<>();
                limit.put("rule", rule);
                limits.add(limit);
            }
            limit.putAll(bounds);
        }
        values.put(LIMITS, limits);
    }

    /** A records setting written on the command line: each value one object (or a list of them) in YAML or JSON. */
    static Object records(String name, Object optionValue, List<String> problems) {
        List<Object> out = new ArrayList<>();
        for (Object text : (Collection<?>) optionValue) {
            try {
                Object v = SettingsFile.parseValue(String.valueOf(text), "--" + name);
                if (v instanceof Collection<?> c) {
                    out.addAll(c);
                } else {
                    out.add(v);
                }
            } catch (SettingsException e) {
                problems.addAll(e.problems());
            }
        }
        return out;
    }

    /** The records a settings file gave (a list, or one object), copied so they can be changed. */
    private static List<Object> records(Object fromFile) {
        List<Object> out = new ArrayList<>();
        if (fromFile instanceof Collection<?> c) {
            out.addAll(c);
        } else if (fromFile != null) {
            out.add(fromFile);
        }
        return out;
    }

    private static String text(Object o) {
        return o == null ? null : Objects.toString(o).strip();
    }
}
