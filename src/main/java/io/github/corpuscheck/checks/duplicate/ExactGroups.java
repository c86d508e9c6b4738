package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.internal.Radix;
import java.util.Arrays;

/**
 * Documents with the same normalised body, found by sorting their text hashes (no map of texts). Each group is
 * represented by its first document in reading order, its <em>canonical</em> member; near-duplicate search runs on
 * canonical members only.
 */
final class ExactGroups {

    /** canonical[d] is the first document with d's text, d itself when unique, -1 without text. */
    final int[] canonical;
    /** Number of groups with at least two documents, and documents in them. */
    final int groups;
    final int documents;

    ExactGroups(FingerprintStore store) {
        int n = store.size();
        canonical = new int[n];
        Arrays.fill(canonical, -1);
        int bits = bitsFor(n);
        long[] keys = new long[n];
        int k = 0;
        for (int d = 0; d < n; d++) {
            if (store.hasText(d)) {
                keys[k++] = ((store.textHash(d) >>> bits) << bits) | d;
                canonical[d] = d;
            }
        }
        Radix.sort(keys, 0, k);
        long mask = (1L << bits) - 1;
        int g = 0;
        int docs = 0;
        int i = 0;
        while (i < k) {
            int j = i + 1;
            while (j < k && (keys[j] >>> bits) == (keys[i] >>> bits)) {
                j++;
            }
            // The truncated key may collide: group by the full hash inside the run (runs are tiny).
            for (int x = i; x < j; x++) {
                int dx = (int) (keys[x] & mask);
                if (canonical[dx] != dx) {
                    continue;
                }
                int members = 1;
                for (int y = x + 1; y < j; y++) {
                    int dy = (int) (keys[y] & mask);
                    if (canonical[dy] == dy && store.textHash(dy) == store.textHash(dx)) {
                        canonical[dy] = dx; // keys are sorted by index within equal hashes, so dx < dy
                        members++;
                    }
                }
                if (members > 1) {
                    g++;
                    docs += members;
                }
            }
            i = j;
        }
        this.groups = g;
        this.documents = docs;
    }

    /** Bits needed to store any index below n. */
    static int bitsFor(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    }

    boolean isCanonical(int d) {
        return canonical[d] == d;
    }
}
