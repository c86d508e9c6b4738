package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.DuplicateResults;
import java.util.List;
import java.util.Optional;

/**
 * The truncation family's search for {@code truncation.prefix-of} done elsewhere than in the check: e.g. by a
 * cluster, as a join of the duplicate clusters with a record of each member. A run publishes it into the corpus
 * phase's context ({@link io.github.corpuscheck.api.CorpusContext#result}); the truncation check then reports the
 * hits it returns. An implementation finds them with {@link Prefixes#inCluster}, so that both searches find the same
 * hits.
 */
public interface PrefixSearch {

    /**
     * A document that stops where another edition goes on. Indices are those of the run's {@link DocumentTable}.
     *
     * @param document the document that gets the finding
     * @param other the member of its cluster that goes on
     * @param following how many paragraphs {@code other} has after the shared one, up to its last content paragraph
     * @param ending the ending of {@code document}'s body, as the check's analysis computes it
     */
    record Hit(int document, int other, int following, String ending) {}

    /**
     * The hits in the clusters, sorted by document. Empty when the search does not hold every document of
     * {@code documents} (e.g. of a file the run read itself): the check then searches itself.
     */
    Optional<List<Hit>> prefixes(DocumentTable documents, DuplicateResults clusters);
}
