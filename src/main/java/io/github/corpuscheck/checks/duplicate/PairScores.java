package io.github.corpuscheck.checks.duplicate;

/**
 * The scores of one verified candidate pair of documents {@code a < b} (indices in reading order).
 *
 * @param containmentA the share of a's distinct shingles found in b
 * @param containmentB the share of b's distinct shingles found in a
 * @param sharedShingles distinct shingles in both
 * @param sharedParagraphs distinct indexed paragraphs in both
 * @param figuresDiffer whether the shorter text has figures the longer lacks (a template filled with other numbers)
 * @param wordsA words of a's body
 * @param wordsB words of b's body
 */
public record PairScores(int a, int b, double jaccard, double containmentA, double containmentB, int sharedShingles,
        int sharedParagraphs, boolean figuresDiffer, int wordsA, int wordsB) implements java.io.Serializable {}
