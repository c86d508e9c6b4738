package io.github.corpuscheck.checks.duplicate;

/**
 * The exact shingle set of one document for verifying candidate pairs: its distinct 32-bit shingle hashes, and the
 * distinct hashes of its figures (tokens starting with a digit, and number words).
 */
record ShingleProfile(IntSet shingles, IntSet numbers, int words) {

    int memoryInts() {
        return shingles.memoryInts() + numbers.memoryInts() + 8;
    }
}
