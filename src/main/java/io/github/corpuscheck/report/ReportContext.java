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
 * @param sourceRoot what code-scanning paths (SARIF, Code Quality) and forge links are relative to: the
 *     repository's root
 * @param category the code-scanning category of this run (SARIF {@code automationDetails.id}), see
 *     {@link SourceRoot#category}
 * @param presentation how pages for people name the corpus and link to its files
 */
public record ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
        Problems problems, SourceRoot sourceRoot, String category, Presentation presentation) {

    public ReportContext {
        presentation = presentation == null ? Presentation.NONE : presentation;
    }

    /** A context whose code-scanning paths are relative to the base directory, without project name or links. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems, Presentation.NONE);
    }

    /** A context whose code-scanning paths are relative to the base directory. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems, Presentation presentation) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems,
                new SourceRoot(baseDirectory != null ? baseDirectory : corpusDirectory, SourceRoot.Origin.PROJECT),
                presentation);
    }

    /** A context without project name or source links. */
    public ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems, SourceRoot sourceRoot, String category) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems, sourceRoot, category,
                Presentation.NONE);
    }

    private ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion,
            Problems problems, SourceRoot root, Presentation presentation) {
        this(outputDirectory, baseDirectory, corpusDirectory, toolVersion, problems, root,
                root.category("check", corpusDirectory), presentation);
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
        return new ReportContext(staging, baseDirectory, corpusDirectory, toolVersion, problems, sourceRoot, category,
                new Presentation(presentation.projectName(), presentation.sourceLinkTemplate(), reportDirectory()));
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
