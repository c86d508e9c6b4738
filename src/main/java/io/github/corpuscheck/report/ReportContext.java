package io.github.corpuscheck.report;

import java.nio.file.Path;

/**
 * Where and for whom reports are written.
 *
 * @param outputDirectory the folder reports go to
 * @param baseDirectory the project's base directory
 * @param corpusDirectory the corpus root
 * @param toolVersion the plugin version
 * @param problems hears of an optional part of a report that could not be written while the report itself was
 *     (the GitHub job summary); the front end logs it as a warning
 * @param sourceRoot what code-scanning paths (SARIF, Code Quality) are relative to: the repository's root
 * @param category the code-scanning category of this run (SARIF {@code automationDetails.id}), see
 *     {@link SourceRoot#category}
 */
public record ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
        Problems problems, SourceRoot sourceRoot, String category) {

    /** A context whose code-scanning paths are relative to the base directory, for the {@code check} goal. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems,
                new SourceRoot(baseDirectory != null ? baseDirectory : corpusDirectory, SourceRoot.Origin.PROJECT));
    }

    private ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems, SourceRoot root) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems, root,
                root.category("check", corpusDirectory));
    }

    /** The same, whose optional-part problems go nowhere. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, Problems.IGNORE);
    }

    /** This context writing to another folder. */
    public ReportContext withOutputDirectory(Path folder) {
        return new ReportContext(folder, baseDirectory, corpusDirectory, toolVersion, problems, sourceRoot, category);
    }

    /** Something a writer could not do, with the exception that says why; the build goes on. */
    @FunctionalInterface
    public interface Problems {

        Problems IGNORE = (what, cause) -> {};

        void accept(String what, Exception cause);
    }
}
