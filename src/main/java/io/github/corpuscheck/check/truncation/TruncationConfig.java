package io.github.corpuscheck.check.truncation;

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
 */
public record TruncationConfig(
        int minWords,
        boolean reportSignOffs,
        List<String> extraTrailers,
        List<String> extraSignOffs,
        List<Path> trailerFiles,
        List<Path> signOffFiles) {

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

    /** The defaults: minWords 10, sign-offs stripped silently, built-in phrase lists only. */
    public TruncationConfig() {
        this(DEFAULT_MIN_WORDS, false, List.of(), List.of(), List.of(), List.of());
    }

    public TruncationConfig withMinWords(int value) {
        return new TruncationConfig(value, reportSignOffs, extraTrailers, extraSignOffs, trailerFiles, signOffFiles);
    }

    public TruncationConfig withReportSignOffs(boolean value) {
        return new TruncationConfig(minWords, value, extraTrailers, extraSignOffs, trailerFiles, signOffFiles);
    }
}
