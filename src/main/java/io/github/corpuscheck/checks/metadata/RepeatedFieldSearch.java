package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.DocumentTable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The metadata family's search for documents that repeat an earlier one's id, URL or title, done elsewhere than in
 * the check: e.g. by a cluster, as joins over records of every document. A run publishes it into the corpus phase's
 * context ({@link io.github.corpuscheck.api.CorpusContext#result}); the metadata check then reports the pairs it
 * returns, with the findings its own search would give. An implementation groups documents with the functions of
 * {@link RepeatedFields}, so that both searches find the same pairs.
 */
public interface RepeatedFieldSearch {

    /**
     * One document that repeats a value of an earlier one. Indices are those of the run's {@link DocumentTable}.
     *
     * @param later the document that gets the finding
     * @param first the earlier document it is related to
     * @param group the first document of the group sharing the value's key: with {@code later}, orders the pairs
     *     as the check's own search reports them ({@link #ORDER})
     * @param value {@code metadata.duplicate-id}: the id; {@code metadata.url-repeated}: the later document's URL as
     *     read (trimmed); {@code metadata.title-repeated}: {@code null}
     * @param firstValue {@code metadata.url-repeated}: the first document's URL as read (trimmed); else {@code null}
     */
    record Pair(int later, int first, int group, String value, String firstValue) {}

    /** The order of the check's own search: by group (its first document), then by later document. */
    Comparator<Pair> ORDER = Comparator.comparingInt(Pair::group).thenComparingInt(Pair::later);

    /** What a search found, each list in {@link #ORDER}. */
    record Found(List<Pair> ids, List<Pair> urls, List<Pair> titles) {}

    /**
     * Searches the documents of the run. Empty when the search does not hold every document of {@code documents}
     * (e.g. of a file the run read itself): the check then searches itself.
     */
    Optional<Found> search(DocumentTable documents);
}
