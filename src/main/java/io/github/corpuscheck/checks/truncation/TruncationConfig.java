package io.github.corpuscheck.checks.truncation;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of the truncation and boilerplate families.
 *
 * @param minWords texts with fewer words are {@code truncation.too-short}; 0 switches the rule off
 * @param reportSignOffs report stripped agency sign-offs as {@code boilerplate.sign-off} (they are stripped either way)
 * @param extraTrailers trailer phrases added to the built-in list (same syntax as the resource file)
 * @param extraSignOffs sign-offs added to the built-in list
 * @param trailerFiles UTF-8 files of further trailer phrases, one a line
 * @param signOffFiles UTF-8 files of further sign-offs, one a line
 * @param spillDirectory where the first pass writes each text's ending to a temporary file (deleted when the check
 *     finishes), so that {@code truncation.prefix-of} findings need not re-read their documents; {@code null} to
 *     re-read them instead
 */
public record TruncationConfig(
        int minWords,
        boolean reportSignOffs,
        List<String> extraTrailers,
        List<String> extraSignOffs,
        List<Path> trailerFiles,
        List<Path> signOffFiles,
        Path spillDirectory) {

    public static final int DEFAULT_MIN_WORDS = 10;

    public TruncationConfig {
        if (minWords < 0) {
            throw new IllegalArgumentException("minWords must be 0 or more, not " + minWords + ".");
        }
        extraTrailers = extraTrailers == null ? List.of() : List.copyOf(extraTrailers);
        extraSignOffs = extraSignOffs == null ? List.of() : List.copyOf(extraSignOffs);
        trailerFiles = trailerFiles == null ? List.of() : List.copyOf(trailerFiles);
        signOffFiles = signOffFiles == null ? List.of() : List.copyOf(signOffFiles);
    }

    /** The defaults: minWords 10, sign-offs stripped silently, built-in phrase lists only, no spill. */
    public TruncationConfig() {
        this(DEFAULT_MIN_WORDS, false, List.of(), List.of(), List.of(), List.of());
    }

    /** Without a spill directory. */
    public TruncationConfig(int minWords, boolean reportSignOffs, List<String> extraTrailers, List<String> extraSignOffs,
            List<Path> trailerFiles, List<Path> signOffFiles) {
        this(minWords, reportSignOffs, extraTrailers, extraSignOffs, trailerFiles, signOffFiles, null);
    }

    public TruncationConfig withMinWords(int value) {
        return new TruncationConfig(value, reportSignOffs, extraTrailers, extraSignOffs, trailerFiles, signOffFiles,
                spillDirectory);
    }

    public TruncationConfig withReportSignOffs(boolean value) {
        return new TruncationConfig(minWords, value, extraTrailers, extraSignOffs, trailerFiles, signOffFiles,
                spillDirectory);
    }

    public TruncationConfig withSpillDirectory(Path value) {
        return new TruncationConfig(minWords, reportSignOffs, extraTrailers, extraSignOffs, trailerFiles, signOffFiles,
                value);
    }
}
