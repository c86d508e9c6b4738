package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;

/** Rules of the duplicate family. */
public final class DuplicateRules {

    public static final Rule EXACT = new Rule("duplicate.exact", Severity.ERROR,
            "The text is identical to its cluster's representative after normalisation.");

    public static final Rule NEAR = new Rule("duplicate.near", Severity.WARNING,
            "Most of the text is shared with its cluster's representative (shingle Jaccard, containment or shared"
                    + " paragraphs, verified exactly).");

    public static final List<Rule> ALL = List.of(EXACT, NEAR);

    private DuplicateRules() {}
}
