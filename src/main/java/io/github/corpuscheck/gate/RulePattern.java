package io.github.corpuscheck.gate;

import io.github.corpuscheck.internal.Closest;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Matches rule ids: an exact id ({@code truncation.too-short}), a family ({@code duplicate.*} or just
 * {@code duplicate}) or everything ({@code *}).
 */
public final class RulePattern {

    /** Edits within which a known pattern is offered as the one meant. */
    private static final int SUGGESTION_DISTANCE = 3;

    private RulePattern() {}

    public static boolean matches(String pattern, String ruleId) {
        String p = pattern.trim();
        if (p.equals("*")) {
            return true;
        }
        if (p.endsWith(".*")) {
            return ruleId.startsWith(p.substring(0, p.length() - 1));
        }
        if (p.indexOf('.') < 0) {
            return ruleId.startsWith(p + ".");
        }
        return p.equals(ruleId);
    }

    /** Higher is more specific: exact id 2, family 1, everything 0. */
    public static int specificity(String pattern) {
        String p = pattern.trim();
        if (p.equals("*")) {
            return 0;
        }
        return p.endsWith(".*") || p.indexOf('.') < 0 ? 1 : 2;
    }

    /**
     * Why a pattern can never apply: it matches none of the known rule ids (a misspelt id or family). A severity
     * override, limit or suppression with such a pattern would silently do nothing.
     *
     * @param pattern a rule id, a family ({@code family.*} or {@code family}) or {@code *}
     * @param knownIds every rule id there is
     * @return {@code null} when the pattern matches a known rule; else the end of a sentence that names the closest
     *     known pattern, e.g. {@code is not a known rule (did you mean 'duplicate.exact'?)}
     */
    public static String unknown(String pattern, Collection<String> knownIds) {
        for (String id : knownIds) {
            if (matches(pattern, id)) {
                return null;
            }
        }
        String p = pattern.trim();
        boolean family = specificity(p) < 2;
        SortedSet<String> families = new TreeSet<>();
        knownIds.forEach(id -> families.add(familyOf(id)));
        // A misspelt id is offered ids, a misspelt family families: 'truncation.cut' is not 'truncation.*'.
        SortedSet<String> candidates = new TreeSet<>();
        if (family) {
            families.forEach(f -> candidates.add(f + ".*"));
        } else {
            candidates.addAll(knownIds);
        }
        String closest = closest(p, candidates);
        String what = family ? "is not a family with rules" : "is not a known rule";
        if (closest != null) {
            return what + " (did you mean '" + closest + "'?)";
        }
        String f = familyOf(p);
        if (!family && families.contains(f)) {
            return what + " (the rules of " + f + " are "
                    + String.join(", ", knownIds.stream().filter(id -> familyOf(id).equals(f)).sorted().toList())
                    + ")";
        }
        return what + " (the families are " + String.join(", ", families.stream().map(x -> x + ".*").toList())
                + ")";
    }

    private static String familyOf(String idOrPattern) {
        int dot = idOrPattern.indexOf('.');
        return dot < 0 ? idOrPattern : idOrPattern.substring(0, dot);
    }

    private static String closest(String pattern, Collection<String> candidates) {
        String best = Closest.to(pattern, candidates, SUGGESTION_DISTANCE);
        // A bare family name ("duplicat") is valid as a family: offer the family pattern for it too.
        if (best == null && pattern.indexOf('.') < 0) {
            return closest(pattern + ".*", candidates);
        }
        return best;
    }
}
