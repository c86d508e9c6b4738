package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's file set is the one Maven's file sets select: every case lists a real folder with the reader and
 * with plexus-utils' own {@link DirectoryScanner} (the class behind Maven's {@code <includes>}/{@code <excludes>}),
 * and both must give exactly the expected files.
 */
class FileSetTest {

    @TempDir
    Path root;

    private static final List<String> TREE = List.of(
            "a.txt", "B.TXT", "notes.md", "notes.md~", "#draft.txt#", ".DS_Store.txt",
            "2024/jan.txt", "2024/05/may.txt", "2024x/other.txt",
            "2025/dec.txt", "2025/drafts/wip.txt",
            ".git/config.txt", ".git/objects/pack.txt", "sub/.svn/entries.txt", "sub/.hg/store.txt", "sub/keep.txt",
            "CVS/Root.txt");

    @BeforeEach
    void tree() throws IOException {
        for (String f : TREE) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "Text of " + f + ".\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void trailingSlashMeansEverythingBelow() throws IOException {
        assertSelects(List.of("**/*.txt"), List.of("2024/"), true, ".DS_Store.txt",
                "2025/dec.txt", "2025/drafts/wip.txt", "2024x/other.txt", "a.txt", "sub/keep.txt");
        assertSelects(List.of("2024/"), List.of(), true, "2024/05/may.txt", "2024/jan.txt");
    }

    @Test
    void doubleStarSpansAnyNumberOfFoldersAndStarStaysInOne() throws IOException {
        assertSelects(List.of("2025/**/*.txt"), List.of(), true, "2025/dec.txt", "2025/drafts/wip.txt");
        assertSelects(List.of("*/*.txt"), List.of(), true,
                "2024/jan.txt", "2024x/other.txt", "2025/dec.txt", "sub/keep.txt");
        assertSelects(List.of("**/*.txt"), List.of("**/drafts/**", "2024*/**"), true,
                ".DS_Store.txt", "2025/dec.txt", "a.txt", "sub/keep.txt");
        assertSelects(List.of("2024?/*"), List.of(), true, "2024x/other.txt");
    }

    @Test
    void defaultExcludesLeaveOutVersionControlFoldersAndBackups() throws IOException {
        assertSelects(List.of("**/*.txt", "**/*.md~"), List.of(), true,
                "2024/05/may.txt", "2024/jan.txt", "2024x/other.txt", "2025/dec.txt", "2025/drafts/wip.txt",
                ".DS_Store.txt", "a.txt", "sub/keep.txt");
    }

    @Test
    void defaultExcludesCanBeSwitchedOff() throws IOException {
        assertSelects(List.of("**/*.txt", "**/*.md~"), List.of(), false,
                "2024/05/may.txt", "2024/jan.txt", "2024x/other.txt", "2025/dec.txt",
                "2025/drafts/wip.txt", ".DS_Store.txt", ".git/config.txt", ".git/objects/pack.txt", "CVS/Root.txt",
                "a.txt", "notes.md~", "sub/.hg/store.txt", "sub/.svn/entries.txt", "sub/keep.txt");
    }

    @Test
    void caseCountsAsInDirectoryScanner() throws IOException {
        assertSelects(List.of("*.TXT"), List.of(), true, "B.TXT");
        assertSelects(List.of("*.txt"), List.of("A.TXT"), true, ".DS_Store.txt", "a.txt");
    }

    @Test
    void backslashesSeparateFoldersToo() throws IOException {
        assertSelects(List.of("2025\\**\\*.txt"), List.of("2025\\drafts\\"), true, "2025/dec.txt");
    }

    @Test
    void patternsThatMatchNoFileAreNamed() throws IOException {
        ReaderOptions options = options(List.of("**/*.txt", "articles/**"), List.of("2024/", "drafts/", "*.md"), true);
        CorpusReader.Listing listing = new CorpusReader(options).listing();
        assertEquals(List.of(
                "The include pattern 'articles/**' matches no file that the excludes leave in.",
                "The exclude pattern 'drafts/' matches no file that the includes select.",
                "The exclude pattern '*.md' matches no file that the includes select."), listing.unmatchedPatterns());
    }

    @Test
    void defaultPatternsAreNeverSaidToMatchNothing() throws IOException {
        assertEquals(List.of(), new CorpusReader(options(List.of(), List.of(), true)).listing().unmatchedPatterns());
    }

    private void assertSelects(List<String> includes, List<String> excludes, boolean defaultExcludes,
            String... expected) throws IOException {
        List<String> want = Arrays.stream(expected).sorted().toList();
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(root.toFile());
        scanner.setIncludes(includes.toArray(String[]::new));
        scanner.setExcludes(excludes.toArray(String[]::new));
        if (defaultExcludes) {
            scanner.addDefaultExcludes();
        }
        scanner.scan();
        List<String> plexus = Arrays.stream(scanner.getIncludedFiles())
                .map(f -> f.replace(java.io.File.separatorChar, '/')).sorted().toList();
        assertEquals(want, plexus, "plexus DirectoryScanner, " + includes + " - " + excludes);
        List<String> ours = new CorpusReader(options(includes, excludes, defaultExcludes)).listFiles();
        assertEquals(want, ours, "corpus reader, " + includes + " - " + excludes);
    }

    private ReaderOptions options(List<String> includes, List<String> excludes, boolean defaultExcludes) {
        return new ReaderOptions(root, includes, excludes, InputFormat.AUTO, StandardCharsets.UTF_8,
                FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE, ReaderOptions.DEFAULT_MAX_LINE_SIZE,
                false, List.of(), defaultExcludes);
    }
}
