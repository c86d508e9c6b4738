package io.github.corpuscheck.api;

/**
 * The duplicate clusters, published by the duplicate check for checks that finish after it (metadata evidence,
 * truncation.prefix-of). Indices are reading-order document indices.
 */
public interface DuplicateResults {

    /** The representative's index of the cluster holding this document, or -1 when it is in no cluster. */
    int representativeOf(int documentIndex);

    /** All members of the cluster whose representative is given (representative included), ascending. */
    int[] membersOf(int representativeIndex);

    /**
     * Hashes of the document's normalised body paragraphs (after trailer stripping), in text order; empty when
     * the document had no text.
     */
    long[] paragraphHashes(int documentIndex);
}
