package io.github.corpuscheck.api;

/** A place in the corpus: a corpus-relative file with {@code /} separators and a 1-based line (0 when unknown). */
public record Location(String file, int line) {}
