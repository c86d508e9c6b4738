package io.github.corpuscheck.check.duplicate;

/** Options of the duplicate family. */
public final class DuplicateConfig {}
