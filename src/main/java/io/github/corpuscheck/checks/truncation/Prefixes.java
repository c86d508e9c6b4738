package io.github.corpuscheck.checks.truncation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule of {@code truncation.prefix-of} for one duplicate cluster, shared by the check's own search and searches
 * done elsewhere ({@link PrefixSearch}): a member whose last content paragraph occurs in another member before that
 * member's own last content paragraph stops where the other goes on.
 */
public final class Prefixes {

    private Prefixes() {}

    /** What the truncation check keeps of a document: no comparable last paragraph. */
    public static final byte NONE = 0;
    /** A comparable last paragraph. */
    public static final byte LAST = 1;
    /** A comparable last content paragraph, followed by a continuation-marker paragraph. */
    public static final byte MARKER_LAST = 2;

    /**
     * A member that stops where another goes on.
     *
     * @param member its position in the cluster's arrays
     * @param other the position of the member that goes on
     * @param following paragraphs of {@code other} after the shared one, up to its last content paragraph
     */
    public record Hit(int member, int other, int following) {}

    /**
     * The truncation check's flags of a document ({@link #NONE}, {@link #LAST}, {@link #MARKER_LAST}) among its states
     * (one per check); {@code -1} when the check did not run.
     */
    public static byte flagsIn(Object[] states) {
        for (Object s : states) {
            if (s instanceof TruncationCheck.EndState e) {
                return (byte) e.flags();
            }
        }
        return -1;
    }

    /** The ending the truncation check's analysis kept among a document's states, or {@code null}. */
    public static String endingIn(Object[] states) {
        for (Object s : states) {
            if (s instanceof TruncationCheck.EndState e) {
                return e.ending();
            }
        }
        return null;
    }

    /**
     * The hits of one cluster, in one pass over its members' paragraph hashes: for each member, the first other
     * member (in the arrays' order) that has the member's last content paragraph before its own last content
     * paragraph, at its first occurrence. Linear in the cluster's paragraphs.
     *
     * @param hashes each member's paragraph hashes ({@link io.github.corpuscheck.api.DuplicateResults#paragraphHashes}),
     *     in the cluster's order
     * @param flags each member's flags ({@link #NONE}, {@link #LAST}, {@link #MARKER_LAST})
     * @return the hits, by member position
     */
    public static List<Hit> inCluster(long[][] hashes, byte[] flags) {
        // Members are referred to by their position in the cluster, so the only map is keyed by paragraph hash (a map
        // keyed by document as well had the JIT's type checks on map keys fail and its code compiled again).
        Map<Long, List<Integer>> byLastHash = new HashMap<>();
        for (int k = 0; k < hashes.length; k++) {
            int at = hashes[k].length - (flags[k] == MARKER_LAST ? 2 : 1);
            if (flags[k] > NONE && at >= 0) {
                byLastHash.computeIfAbsent(hashes[k][at], h -> new ArrayList<>()).add(k);
            }
        }
        List<Hit> hits = new ArrayList<>();
        if (byLastHash.isEmpty()) {
            return hits;
        }
        Hit[] found = new Hit[hashes.length];
        for (int o = 0; o < hashes.length; o++) {
            long[] other = hashes[o];
            int otherEnd = other.length - (flags[o] == MARKER_LAST ? 2 : 1); // index of its last content paragraph
            for (int j = 0; j < otherEnd; j++) {
                List<Integer> stopping = byLastHash.get(other[j]);
                if (stopping == null) {
                    continue;
                }
                for (int k : stopping) {
                    if (k != o && found[k] == null) {
                        found[k] = new Hit(k, o, otherEnd - j);
                    }
                }
            }
        }
        for (Hit hit : found) {
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }
}
