package io.github.corpuscheck.run;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.duplicate.DuplicateCheck;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.metadata.MetadataCheck;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.checks.truncation.TruncationCheck;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import java.util.List;

/**
 * For tests that run families together with configurations of their own: the standard checks in the order their
 * providers give ({@code CorpusRun} itself finds them by {@code ServiceLoader}). Boilerplate comes first (it strips trailers that duplicates and
 * truncation must not see, and publishes its stripper for truncation's re-reads); duplicates finish before metadata
 * and truncation, which use the clusters.
 */
public final class CheckSuite {

    private CheckSuite() {}

    public static List<CorpusCheck<?>> standard(MetadataConfig metadata, DuplicateConfig duplicates,
            TruncationConfig truncation, BoilerplateConfig boilerplate) {
        return List.of(
                new BoilerplateCheck(boilerplate),
                new DuplicateCheck(duplicates),
                new MetadataCheck(metadata),
                new TruncationCheck(truncation));
    }
}
