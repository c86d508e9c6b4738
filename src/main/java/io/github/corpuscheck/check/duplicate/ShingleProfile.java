package io.github.corpuscheck.check.duplicate;

/**
 * The exact shingle set of one document for verifying candidate pairs: sorted, distinct 32-bit shingle hashes, and
 * the sorted distinct hashes of its figures (tokens starting with a digit).
 */
record ShingleProfile(int[] shingles, int[] numbers, int words) {

    /** Number of values the two sorted distinct arrays have in common. */
    static int intersection(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    int memoryInts() {
        return shingles.length + numbers.length + 8;
    }
}
