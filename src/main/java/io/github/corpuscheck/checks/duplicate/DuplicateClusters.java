package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.internal.Radix;
import java.util.Arrays;
import java.util.List;

/**
 * The published clusters: one int per document (its representative) plus a sorted array of (representative,
 * member) pairs, and the paragraph hashes kept by the fingerprint store.
 */
public final class DuplicateClusters implements DuplicateResults {

    /** One member of a cluster other than its representative, with its scores against the representative. */
    public record Member(int document, boolean exact, double jaccard, double containmentOfDocument,
            double containmentOfRepresentative, int sharedParagraphs, int sharedShingles, String basis)
            implements java.io.Serializable {}

    /** A cluster: its representative and the other members, in id order. */
    public record Cluster(int representative, List<Member> members) implements java.io.Serializable {
        public int size() {
            return members.size() + 1;
        }
    }

    private final int[] representativeOf;
    private final long[] membership;
    private final FingerprintStore store;
    private final List<Cluster> clusters;

    DuplicateClusters(int documents, List<Cluster> clusters, FingerprintStore store) {
        this.store = store;
        this.clusters = clusters;
        this.representativeOf = new int[documents];
        Arrays.fill(representativeOf, -1);
        int total = 0;
        for (Cluster c : clusters) {
            total += c.size();
        }
        membership = new long[total];
        int k = 0;
        for (Cluster c : clusters) {
            int r = c.representative();
            representativeOf[r] = r;
            membership[k++] = ((long) r << 32) | r;
            for (Member m : c.members()) {
                representativeOf[m.document()] = r;
                membership[k++] = ((long) r << 32) | m.document();
            }
        }
        Radix.sort(membership);
    }

    List<Cluster> clusters() {
        return clusters;
    }

    @Override
    public int representativeOf(int documentIndex) {
        return documentIndex < 0 || documentIndex >= representativeOf.length ? -1 : representativeOf[documentIndex];
    }

    @Override
    public int[] membersOf(int representativeIndex) {
        long lo = (long) representativeIndex << 32;
        int found = Arrays.binarySearch(membership, lo);
        // rep << 32 itself is an entry only when document 0 is a member: otherwise start at the insertion point.
        int from = found >= 0 ? found : -found - 1;
        int to = from;
        while (to < membership.length && (membership[to] >>> 32) == representativeIndex) {
            to++;
        }
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = (int) membership[i];
        }
        return out;
    }

    @Override
    public long[] paragraphHashes(int documentIndex) {
        return store.paragraphHashes(documentIndex);
    }
}
