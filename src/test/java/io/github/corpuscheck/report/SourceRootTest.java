package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootTest {

    @TempDir
    Path tmp;

    @Test
    void theRepositoryIsTheNearestFolderAboveTheProjectHoldingDotGit() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("parent/module-a"));
        Path corpus = module.resolve("src/main/corpus");

        SourceRoot root = SourceRoot.resolve(null, module, corpus);

        assertEquals(new SourceRoot(repo, SourceRoot.Origin.REPOSITORY), root);
        assertEquals("parent/module-a/src/main/corpus", root.relative(corpus));
        assertEquals("corpus-check/parent/module-a/src/main/corpus/", root.category("check", corpus));
        assertNull(root.note(corpus));
    }

    @Test
    void aDotGitFileMarksAWorktreeOrSubmoduleRoot() throws Exception {
        Path outer = Files.createDirectories(tmp.resolve("outer"));
        Files.createDirectories(outer.resolve(".git"));
        Path sub = Files.createDirectories(outer.resolve("vendor/sub"));
        Files.writeString(sub.resolve(".git"), "gitdir: ../../.git/modules/sub\n");

        assertEquals(sub, SourceRoot.repositoryOf(sub.resolve("module")));
        assertEquals(outer, SourceRoot.repositoryOf(outer.resolve("vendor")));
    }

    @Test
    void outsideAnyRepositoryPathsAreRelativeToTheProjectAndTheLogSaysSo() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("plain/project"));
        assertNull(SourceRoot.repositoryOf(project), "the test needs a temporary folder outside any repository");

        SourceRoot root = SourceRoot.resolve(null, project, project.resolve("corpus"));

        assertEquals(new SourceRoot(project, SourceRoot.Origin.PROJECT), root);
        assertEquals("corpus", root.relative(project.resolve("corpus")));
        assertEquals("No git repository above " + project + ": SARIF and Code Quality paths are relative to this "
                + "folder (set sarifRoot to the repository's root to change it).", root.note(project.resolve("corpus")));
    }

    @Test
    void aConfiguredRootWins() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("module"));

        SourceRoot root = SourceRoot.resolve(module, module, module.resolve("corpus"));

        assertEquals(new SourceRoot(module, SourceRoot.Origin.CONFIGURED), root);
        assertEquals("corpus-duplicates/corpus/", root.category("duplicates", module.resolve("corpus")));
        assertNull(root.note(module.resolve("corpus")));
    }

    /** The command line run from outside the corpus's repository (or from another one) still finds its root. */
    @Test
    void aCorpusOutsideTheProjectsRepositoryIsRelativeToItsOwnRepository() throws Exception {
        Path here = Files.createDirectories(tmp.resolve("here"));
        Files.createDirectories(here.resolve(".git"));
        Path there = Files.createDirectories(tmp.resolve("there"));
        Files.createDirectories(there.resolve(".git"));
        Path corpus = Files.createDirectories(there.resolve("data/corpus"));

        assertEquals(new SourceRoot(there, SourceRoot.Origin.REPOSITORY), SourceRoot.resolve(null, here, corpus));
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertEquals(new SourceRoot(there, SourceRoot.Origin.REPOSITORY), SourceRoot.resolve(null, plain, corpus));
        // A corpus in no repository, checked from inside one: the project's repository; the corpus lies outside it.
        Path loose = Files.createDirectories(tmp.resolve("loose/corpus"));
        SourceRoot root = SourceRoot.resolve(null, here, loose);
        assertEquals(new SourceRoot(here, SourceRoot.Origin.REPOSITORY), root);
        assertNull(root.relative(loose));
        assertEquals("corpus-check/corpus/", root.category("check", loose));
        assertEquals("The corpus " + loose + " lies outside " + here + ": SARIF and Code Quality name its files by "
                + "absolute paths (set sarifRoot to a folder holding it).", root.note(loose));
    }

    @Test
    void everyCorpusAndGoalHasItsOwnCategoryTheSameOnEveryRun() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        SourceRoot root = SourceRoot.resolve(null, repo, repo.resolve("src/main/corpus"));

        assertEquals("corpus-check/src/main/corpus/", root.category("check", repo.resolve("src/main/corpus")));
        assertEquals("corpus-check/module-a/src/main/corpus/",
                root.category("check", repo.resolve("module-a/src/main/corpus")));
        assertEquals("corpus-check/module-b/src/main/corpus/",
                root.category("check", repo.resolve("module-b/src/main/corpus")));
        assertEquals("corpus-metadata/module-b/src/main/corpus/",
                root.category("METADATA", repo.resolve("module-b/src/main/corpus")));
        assertEquals("corpus-check/", root.category("check", repo));
        assertEquals(root.category("check", repo.resolve("x/../module-a/src/main/corpus")),
                SourceRoot.resolve(null, repo, repo).category("check", repo.resolve("module-a/src/main/corpus")));
    }
}
