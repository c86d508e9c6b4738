package io.github.corpuscheck.gate;

/**
 * Matches rule ids: an exact id ({@code truncation.too-short}), a family ({@code duplicate.*} or just
 * {@code duplicate}) or everything ({@code *}).
 */
public final class RulePattern {

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
}
