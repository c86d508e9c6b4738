package io.github.corpuscheck.check;

import io.github.corpuscheck.check.duplicate.DuplicateCheck;
import io.github.corpuscheck.check.duplicate.DuplicateConfig;
import io.github.corpuscheck.check.metadata.MetadataCheck;
import io.github.corpuscheck.check.metadata.MetadataConfig;
import io.github.corpuscheck.check.truncation.BoilerplateCheck;
import io.github.corpuscheck.check.truncation.TruncationCheck;
import io.github.corpuscheck.check.truncation.TruncationConfig;
import java.util.List;

/**
 * The standard checks in the order they must run. Boilerplate comes first (it strips trailers that duplicates and
 * truncation must not see); duplicates finish before metadata and truncation, which use the clusters.
 */
public final class CheckSuite {

    private CheckSuite() {}

    public static List<CorpusCheck<?>> standard(MetadataConfig metadata, DuplicateConfig duplicates, TruncationConfig truncation) {
        return List.of(
                new BoilerplateCheck(truncation),
                new DuplicateCheck(duplicates),
                new MetadataCheck(metadata),
                new TruncationCheck(truncation));
    }

    /** All check families' names, as used in rule ids. */
    public static final List<String> FAMILIES = List.of("input", "metadata", "duplicate", "truncation", "boilerplate");
}
