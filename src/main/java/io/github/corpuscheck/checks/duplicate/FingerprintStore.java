package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.internal.LongList;
import java.util.Arrays;

/**
 * Every document's fingerprint in flat primitive arrays (about 100 bytes plus 8 per paragraph a document), indexed
 * by reading-order document index.
 */
final class FingerprintStore {

    private final int bands;
    private int size;
    private long[] textHash = new long[1024];
    /** Words in the body; -1 when the document has no text. */
    private int[] words = new int[1024];
    private int[] chars = new int[1024];
    private int[] lastParagraphLength = new int[1024];
    private int[] dateKey = new int[1024];
    /** {@code bands} keys a document; only meaningful where {@link #comparable} is true. */
    private int[] bandKeys;
    private final java.util.BitSet comparable = new java.util.BitSet();
    private final LongList paragraphs = new LongList(8192);
    /** paragraphStart[d]..paragraphStart[d+1] are document d's paragraph hashes. */
    private int[] paragraphStart = new int[1025];

    FingerprintStore(int bands) {
        this.bands = bands;
        this.bandKeys = new int[1024 * bands];
    }

    void add(int index, Fingerprint f) {
        while (size < index) {
            append(null); // documents handed over without state (should not happen, but keep indices aligned)
        }
        if (index == size) {
            append(f);
        }
    }

    private void append(Fingerprint f) {
        if (size == textHash.length) {
            int cap = size + (size >> 1);
            textHash = Arrays.copyOf(textHash, cap);
            words = Arrays.copyOf(words, cap);
            chars = Arrays.copyOf(chars, cap);
            lastParagraphLength = Arrays.copyOf(lastParagraphLength, cap);
            dateKey = Arrays.copyOf(dateKey, cap);
            bandKeys = Arrays.copyOf(bandKeys, cap * bands);
            paragraphStart = Arrays.copyOf(paragraphStart, cap + 1);
        }
        int d = size++;
        if (f == null) {
            words[d] = -1;
            dateKey[d] = Integer.MAX_VALUE;
        } else {
            textHash[d] = f.textHash();
            words[d] = f.words();
            chars[d] = f.chars();
            lastParagraphLength[d] = f.lastParagraphLength();
            dateKey[d] = f.dateKey();
            if (f.bandKeys() != null) {
                System.arraycopy(f.bandKeys(), 0, bandKeys, d * bands, bands);
                comparable.set(d);
            }
            for (long h : f.paragraphHashes()) {
                paragraphs.add(h);
            }
        }
        paragraphStart[d + 1] = paragraphs.size();
    }

    int size() {
        return size;
    }

    boolean hasText(int d) {
        return words[d] >= 0;
    }

    /** True when the document has enough words to be compared for near duplication. */
    boolean comparable(int d) {
        return comparable.get(d);
    }

    long textHash(int d) {
        return textHash[d];
    }

    int words(int d) {
        return words[d];
    }

    int chars(int d) {
        return chars[d];
    }

    int dateKey(int d) {
        return dateKey[d];
    }

    int lastParagraphLength(int d) {
        return lastParagraphLength[d];
    }

    int bandKey(int d, int band) {
        return bandKeys[d * bands + band];
    }

    int paragraphCount(int d) {
        return paragraphStart[d + 1] - paragraphStart[d];
    }

    long paragraph(int d, int i) {
        return paragraphs.array()[paragraphStart[d] + i];
    }

    long[] paragraphHashes(int d) {
        if (d < 0 || d >= size) {
            return new long[0];
        }
        return Arrays.copyOfRange(paragraphs.array(), paragraphStart[d], paragraphStart[d + 1]);
    }

    /** Distinct indexed paragraphs the two documents have in common. */
    int sharedParagraphs(int x, int y) {
        if (x < 0 || x >= size || y < 0 || y >= size) {
            return 0;
        }
        int xs = paragraphStart[x];
        int xe = paragraphStart[x + 1];
        int ys = paragraphStart[y];
        int ye = paragraphStart[y + 1];
        if ((long) (xe - xs) * (ye - ys) > 4096) {
            return sharedParagraphsSorted(x, y);
        }
        // News articles have a few dozen paragraphs: comparing them directly beats allocating and sorting.
        long[] p = paragraphs.array();
        int n = 0;
        outer:
        for (int i = xs; i < xe; i++) {
            long h = p[i];
            if (!Fingerprint.indexed(h)) {
                continue;
            }
            for (int k = xs; k < i; k++) {
                if (p[k] == h) {
                    continue outer; // a repeated paragraph counts once
                }
            }
            for (int j = ys; j < ye; j++) {
                if (p[j] == h) {
                    n++;
                    continue outer;
                }
            }
        }
        return n;
    }

    int sharedParagraphsSorted(int x, int y) {
        return DistributedDuplicates.sharedParagraphs(paragraphHashes(x), paragraphHashes(y));
    }

    /** Distinct indexed paragraphs of the document. */
    int indexedParagraphs(int d) {
        return DistributedDuplicates.indexedSorted(paragraphHashes(d)).length;
    }
}
