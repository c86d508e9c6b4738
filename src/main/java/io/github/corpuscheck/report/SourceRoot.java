package io.github.corpuscheck.report;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder that code-scanning paths (SARIF {@code artifactLocation.uri}, GitLab Code Quality
 * {@code location.path}) are relative to: the root of the git repository, so that GitHub and GitLab place a finding
 * on the file of a pull request whatever module or folder the corpus lies in.
 *
 * <p>Found by {@link #resolve}: a configured folder ({@code sarifRoot}) wins; otherwise the nearest folder holding
 * {@code .git} (a folder, or a file in a worktree or submodule) walking up from the project folder (the module's
 * base directory; on the command line the working folder) when the corpus lies inside that repository, else
 * walking up from the corpus folder itself (a corpus of another repository checked from outside it); outside any
 * repository, the project folder.
 *
 * @param directory absolute and normalised
 * @param origin how it was found
 */
public record SourceRoot(Path directory, Origin origin) {

    /** How the root was found. */
    public enum Origin {
        /** Set by the user ({@code sarifRoot}). */
        CONFIGURED,
        /** The folder holding {@code .git}. */
        REPOSITORY,
        /** No repository was found: the project folder. */
        PROJECT
    }

    public SourceRoot {
        directory = directory.toAbsolutePath().normalize();
    }

    /**
     * The root for a run.
     *
     * @param configured the user's {@code sarifRoot}, or {@code null}
     * @param project the project folder
     * @param corpus the corpus folder
     */
    public static SourceRoot resolve(Path configured, Path project, Path corpus) {
        if (configured != null) {
            return new SourceRoot(configured, Origin.CONFIGURED);
        }
        Path corpusAbs = corpus.toAbsolutePath().normalize();
        Path repository = repositoryOf(project);
        if (repository == null || !corpusAbs.startsWith(repository)) {
            Path corpusRepository = repositoryOf(corpusAbs);
            repository = corpusRepository != null ? corpusRepository : repository;
        }
        return repository != null ? new SourceRoot(repository, Origin.REPOSITORY)
                : new SourceRoot(project, Origin.PROJECT);
    }

    /**
     * The nearest folder at or above {@code start} that holds {@code .git} (a folder, or the file a worktree or a
     * submodule has), or {@code null} when there is none.
     */
    public static Path repositoryOf(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return null;
    }

    /**
     * {@code path} relative to this root with {@code /} separators ({@code ""} for the root itself), or {@code null}
     * when it lies outside.
     */
    public String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(directory)) {
            return null;
        }
        String rel = directory.relativize(abs).toString();
        return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
    }

    /**
     * The code-scanning category of a run, SARIF's {@code runs[].automationDetails.id}: {@code corpus-<goal>/}
     * followed by the corpus folder relative to this root and {@code /}, e.g.
     * {@code corpus-check/module-a/src/main/corpus/}. Distinct for every corpus and goal of a repository and the same
     * on every run, so that uploading the SARIF files of several modules does not replace one module's results
     * with another's. A corpus outside the root is named by its folder name.
     */
    public String category(String goal, Path corpus) {
        String rel = relative(corpus);
        if (rel == null) {
            Path name = corpus.toAbsolutePath().normalize().getFileName();
            rel = name == null ? "" : name.toString();
        }
        return "corpus-" + goal.toLowerCase(Locale.ROOT) + "/" + (rel.isEmpty() ? "" : rel + "/");
    }

    /**
     * One log line when code-scanning paths are not relative to a repository's root: no repository was found (paths
     * relative to the project folder), or the corpus lies outside the root (absolute paths); else {@code null}.
     */
    public String note(Path corpus) {
        if (relative(corpus) == null) {
            return "The corpus " + corpus.toAbsolutePath().normalize() + " lies outside " + directory + ": SARIF and "
                    + "Code Quality name its files by absolute paths (set sarifRoot to a folder holding it).";
        }
        return switch (origin) {
            case REPOSITORY, CONFIGURED -> null;
            case PROJECT -> "No git repository above " + directory + ": SARIF and Code Quality paths are relative to "
                    + "this folder (set sarifRoot to the repository's root to change it).";
        };
    }
}
