package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.model.Rule;
import io.github.corpuscheck.model.Severity;
import java.util.List;

/** Rules of the duplicate family. */
public final class DuplicateRules {

    public static final Rule EXACT = new Rule("duplicate.exact", Severity.ERROR,
            "The text is identical to its cluster's representative after normalisation.");

    public static final List<Rule> ALL = List.of(EXACT);

    private DuplicateRules() {}
}
