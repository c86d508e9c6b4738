package io.github.corpuscheck.check.metadata;

import io.github.corpuscheck.model.Rule;
import io.github.corpuscheck.model.Severity;
import java.util.List;

/** Rules of the metadata family. */
public final class MetadataRules {

    public static final Rule MISSING = new Rule("metadata.missing", Severity.ERROR,
            "A required metadata field is absent or blank.");

    public static final List<Rule> ALL = List.of(MISSING);

    private MetadataRules() {}
}
