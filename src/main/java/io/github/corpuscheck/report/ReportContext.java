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
 * @param presentation how pages for people name the corpus and link to its files
 */
public record ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
        Problems problems, Presentation presentation) {

    public ReportContext {
        presentation = presentation == null ? Presentation.NONE : presentation;
    }

    /** A context without project name or source links. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems, Presentation.NONE);
    }

    /** A context whose optional-part problems go nowhere. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, Problems.IGNORE);
    }

    /**
     * The same context writing into {@code staging}, a folder the reports are moved out of into this context's
     * output directory: links in the reports stay relative to where the reports end up.
     */
    public ReportContext stagedIn(Path staging) {
        Path finalDirectory = presentation.reportDirectory() != null ? presentation.reportDirectory() : outputDirectory;
        return new ReportContext(staging, baseDirectory, corpusDirectory, toolVersion, problems,
                new Presentation(presentation.projectName(), presentation.sourceLinkTemplate(), finalDirectory));
    }

    /** The folder the reports end up in (links from a report are relative to it). */
    public Path reportDirectory() {
        return presentation.reportDirectory() != null ? presentation.reportDirectory() : outputDirectory;
    }

    /**
     * @param projectName the project's name when the front end knows one (a Maven project's name), else {@code null}
     * @param sourceLinkTemplate the {@code sourceLinkTemplate} setting, or {@code null}
     * @param reportDirectory where the reports end up when they are written elsewhere first; {@code null}: the
     *     output directory
     */
    public record Presentation(String projectName, String sourceLinkTemplate, Path reportDirectory) {
        public static final Presentation NONE = new Presentation(null, null, null);
    }

    /** Something a writer could not do, with the exception that says why; the build goes on. */
    @FunctionalInterface
    public interface Problems {

        Problems IGNORE = (what, cause) -> {};

        void accept(String what, Exception cause);
    }
}
