package io.github.corpuscheck.adopt;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.gate.RulePattern;
import io.github.corpuscheck.source.AntPattern;
import java.util.List;
import java.util.Map;

/**
 * Findings a user has opted out of: rule patterns a document names in its own {@code corpus-ignore} field, and
 * the rules-to-document-globs lines of a suppressions file. A document's opt-out covers findings about it and
 * findings that name it as a related document: which member of a duplicate pair carries the finding depends on
 * which one is the representative, and the opt-out must not.
 *
 * @param documentIgnores rule patterns by reading-order document index (only documents that have some)
 * @param relatedIgnores the same rule patterns by document id, matched against a finding's related documents
 * @param exclusions lines of the suppressions file, in file order
 */
public record Suppressions(Map<Integer, List<String>> documentIgnores, Map<String, List<String>> relatedIgnores,
        List<Exclusion> exclusions) {

    /** {@code rulePattern: glob glob...}: the rule's findings on a document whose file or id matches a glob are suppressed. */
    public record Exclusion(String rulePattern, List<String> globs, int line) {
        boolean matches(Finding f) {
            if (!RulePattern.matches(rulePattern, f.ruleId())) {
                return false;
            }
            for (String glob : globs) {
                AntPattern p = new AntPattern(glob);
                if ((f.file() != null && p.matches(f.file())) || (f.document() != null && p.matches(f.document()))) {
                    return true;
                }
            }
            return false;
        }
    }

    public Suppressions {
        documentIgnores = Map.copyOf(documentIgnores);
        relatedIgnores = Map.copyOf(relatedIgnores);
        exclusions = List.copyOf(exclusions);
    }

    /** Only a suppressions file's exclusions. */
    public static Suppressions of(List<Exclusion> exclusions) {
        return new Suppressions(Map.of(), Map.of(), exclusions);
    }

    public static Suppressions none() {
        return of(List.of());
    }

    /** True when nothing can be suppressed. */
    public boolean isEmpty() {
        return documentIgnores.isEmpty() && exclusions.isEmpty();
    }

    /** Why the finding is suppressed (shown in reports), or {@code null} when it is not. */
    public String reason(Finding f) {
        List<String> ignores = documentIgnores.get(f.documentIndex());
        if (ignores != null) {
            for (String pattern : ignores) {
                if (RulePattern.matches(pattern, f.ruleId())) {
                    return IgnoreField.NAME + ": " + pattern;
                }
            }
        }
        for (String related : f.related()) {
            List<String> patterns = related == null ? null : relatedIgnores.get(related);
            if (patterns != null) {
                for (String pattern : patterns) {
                    if (RulePattern.matches(pattern, f.ruleId())) {
                        return IgnoreField.NAME + " of " + related + ": " + pattern;
                    }
                }
            }
        }
        for (Exclusion e : exclusions) {
            if (e.matches(f)) {
                return "suppressions file line " + e.line() + ": " + e.rulePattern() + " " + String.join(" ", e.globs());
            }
        }
        return null;
    }
}
