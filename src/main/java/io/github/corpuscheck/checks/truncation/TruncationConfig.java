package io.github.corpuscheck.checks.truncation;

import java.nio.file.Path;

/**
 * Options of the truncation family, immutable. {@link #defaults()} has minWords {@value #DEFAULT_MIN_WORDS} and no
 * spill directory; change them with {@link #builder()}. Trailers and sign-offs are stripped by the boilerplate
 * family, configured apart.
 */
public final class TruncationConfig {

    public static final int DEFAULT_MIN_WORDS = 10;

    private static final TruncationConfig DEFAULTS = new TruncationConfig(new Builder());

    private final int minWords;
    private final Path spillDirectory;

    private TruncationConfig(Builder b) {
        if (b.minWords < 0) {
            throw new IllegalArgumentException("minWords must be 0 or more, not " + b.minWords + ".");
        }
        this.minWords = b.minWords;
        this.spillDirectory = b.spillDirectory;
    }

    /** The defaults (see the class comment). */
    public static TruncationConfig defaults() {
        return DEFAULTS;
    }

    /** The same configuration with its temporary endings file in this folder. */
    public TruncationConfig withSpillDirectory(Path folder) {
        Builder b = new Builder();
        b.minWords = minWords;
        b.spillDirectory = folder;
        return new TruncationConfig(b);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Texts with fewer words are {@code truncation.too-short}; 0 switches the rule off (default 10). */
    public int minWords() {
        return minWords;
    }

    /**
     * Where the first pass writes each text's ending to a temporary file (deleted when the check finishes), so that
     * {@code truncation.prefix-of} findings need not re-read their documents; {@code null} (the default) to re-read
     * them instead.
     */
    public Path spillDirectory() {
        return spillDirectory;
    }

    /** Mutable builder starting from the defaults. */
    public static final class Builder {
        private int minWords = DEFAULT_MIN_WORDS;
        private Path spillDirectory;

        private Builder() {}

        public Builder minWords(int v) { minWords = v; return this; }
        public Builder spillDirectory(Path v) { spillDirectory = v; return this; }

        /** The configuration; throws {@link IllegalArgumentException} naming the parameter for an invalid value. */
        public TruncationConfig build() {
            return new TruncationConfig(this);
        }
    }
}
