package io.github.corpuscheck.check.truncation;

/** Options of the truncation and boilerplate families. */
public final class TruncationConfig {}
