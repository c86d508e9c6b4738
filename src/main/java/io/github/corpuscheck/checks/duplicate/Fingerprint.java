package io.github.corpuscheck.checks.duplicate;

/**
 * What {@link DuplicateCheck#analyze} keeps of one document: a few numbers and hashes, never the text.
 *
 * @param textHash hash of the normalised body (paragraphs joined by one space)
 * @param words words in the body
 * @param chars characters of the normalised body
 * @param paragraphHashes hashes of the normalised body paragraphs; the lowest bit is 1 for paragraphs long enough
 *     to be indexed and counted as shared ({@link DuplicateConfig#minParagraphWords()})
 * @param lastParagraphLength characters of the last normalised body paragraph (to re-cut it on a second pass)
 * @param bandKeys one LSH key per band of the MinHash signature; {@code null} when too short to compare
 * @param dateKey epoch day of the {@code date} field, or {@link Integer#MAX_VALUE} when unknown or not needed
 * @param exact the exact shingle set (see {@link ShingleSpill}) when it is to be spilled, else {@code null}; passed
 *     from analysis to collection only, never cached
 */
record Fingerprint(long textHash, int words, int chars, long[] paragraphHashes, int lastParagraphLength,
        int[] bandKeys, int dateKey, ExactShingles exact) {

    /**
     * The exact shingle set as its {@link ShingleSpill} entry: the high 32 bits of each shingle hash and of each
     * figure's code, repeats included. Encoded on the worker that fingerprinted the document, so that the engine
     * thread, which writes the spill in reading order, only copies bytes.
     */
    record ExactShingles(byte[] entry) {}

    static boolean indexed(long paragraphHash) {
        return (paragraphHash & 1L) != 0;
    }
}
