package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.DuplicateResults;
import java.util.List;
import java.util.Optional;

/**
 * The metadata family's search for the dates of duplicates of undated documents (the evidence of
 * {@code metadata.missing} on a missing date) done elsewhere than in the check: e.g. by a cluster, as a join of the
 * duplicate clusters with a record of each member. A run publishes it into the corpus phase's context
 * ({@link io.github.corpuscheck.api.CorpusContext#result}); the metadata check then amends its findings with what it
 * returns. An implementation finds the members with {@link DuplicateDates}, so that both searches agree.
 */
public interface DuplicateDateSearch {

    /**
     * An undated document and the first dated member of its cluster. Indices are those of the run's
     * {@link DocumentTable}.
     *
     * @param undated the document whose date field is missing
     * @param dated the first member of its cluster, in the cluster's order, with a valid date
     * @param epochDay that member's date
     * @param exact whether the two have the same paragraph hashes ({@link DuplicateDates#exact})
     */
    record Dated(int undated, int dated, int epochDay, boolean exact) {}

    /**
     * Every undated document in a cluster with a dated member, sorted by undated document. Empty when the search
     * does not hold every document of {@code documents}: the check then searches itself.
     */
    Optional<List<Dated>> datedDuplicates(DocumentTable documents, DuplicateResults clusters);
}
