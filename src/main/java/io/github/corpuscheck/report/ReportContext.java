package io.github.corpuscheck.report;

import java.nio.file.Path;

/**
 * Where and for whom reports are written.
 *
 * @param outputDirectory the folder reports go to
 * @param baseDirectory the project's base directory (for paths relative to the repository, e.g. in SARIF)
 * @param corpusDirectory the corpus root
 * @param toolVersion the plugin version
 * @param problems hears of an optional part of a report that could not be written while the report itself was
 *     (the GitHub job summary); the front end logs it as a warning
 */
public record ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
        Problems problems) {

    /** A context whose optional-part problems go nowhere. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, Problems.IGNORE);
    }

    /** Something a writer could not do, with the exception that says why; the build goes on. */
    @FunctionalInterface
    public interface Problems {

        Problems IGNORE = (what, cause) -> {};

        void accept(String what, Exception cause);
    }
}
