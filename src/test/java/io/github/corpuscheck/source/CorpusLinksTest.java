package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.corpuscheck.api.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links: those leading out of the corpus folder are reported, never read; those inside work as before. */
class CorpusLinksTest {

    @TempDir
    Path dir;

    private static final String SECRET = "password=hunter2";

    /** A corpus folder and, beside it, an outside folder with a secret file and a folder of articles. */
    private CorpusFixture corpusWithOutsideLinks() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("credentials.txt"), SECRET + "\n");
        Files.createDirectories(outside.resolve("etc/deep"));
        Files.writeString(outside.resolve("etc/passwd.txt"), "root:x:0:0:" + SECRET + "\n");
        Files.writeString(outside.resolve("etc/deep/more.md"), SECRET + "\n");
        CorpusFixture c = new CorpusFixture(dir.resolve("corpus")).text("a.txt", "Inside.\n");
        Files.createSymbolicLink(c.root.resolve("creds.txt"), outside.resolve("credentials.txt"));
        Files.createSymbolicLink(c.root.resolve("etc"), outside.resolve("etc"));
        // Relative, through the parent folder: outside as well.
        Files.createSymbolicLink(c.root.resolve("up.txt"), Path.of("../outside/credentials.txt"));
        return c;
    }

    @Test
    void linksLeavingTheCorpusAreReportedAndNotRead() throws Exception {
        CorpusFixture c = corpusWithOutsideLinks().read();
        assertEquals(List.of("a.txt"), c.ids());
        assertEquals(List.of("input.outside-corpus creds.txt:1", "input.outside-corpus etc:1",
                "input.outside-corpus up.txt:1"), c.findingKeys());
        Finding file = c.findings.get(0);
        assertEquals("warning", file.severity().label());
        assertEquals("The symbolic link leads to a file outside the corpus folder; it was not read "
                + "(followLinksOutside=true reads it).", file.message());
        assertEquals(Map.of("target", "file"), file.evidence());
        assertEquals("The symbolic link leads to a folder outside the corpus folder; it was not read "
                + "(followLinksOutside=true reads it).", c.findings.get(1).message());
        for (Finding f : c.findings) {
            String all = f.message() + f.evidence();
            assertFalse(all.contains("hunter2") || all.contains(dir.toString()), all);
        }
        assertEquals(List.of("a.txt"), c.reader.listFiles());
    }

    @Test
    void followLinksOutsideReadsThemAsBefore() throws Exception {
        CorpusFixture c = corpusWithOutsideLinks();
        c.followLinksOutside = true;
        c.read();
        assertEquals(List.of("a.txt", "creds.txt", "etc/deep/more.md", "etc/passwd.txt", "up.txt"), c.ids());
        assertEquals(List.of(), c.findingKeys());
    }

    @Test
    void anOutsideFolderNoIncludeReachesOrAnExcludeCoversIsNotReported() throws Exception {
        CorpusFixture c = corpusWithOutsideLinks();
        c.includes = List.of("*.txt", "etc/*.md");
        c.excludes = List.of("up.txt");
        c.read();
        // etc/*.md could match below etc (nothing is read there), creds.txt is included, up.txt excluded.
        assertEquals(List.of("input.outside-corpus creds.txt:1", "input.outside-corpus etc:1"), c.findingKeys());
        c.includes = List.of("articles/**/*.txt");
        c.read();
        assertEquals(List.of(), c.findingKeys());
        c.includes = List.of();
        c.excludes = List.of("etc/", "*.txt");
        c.read();
        assertEquals(List.of(), c.findingKeys());
    }

    @Test
    void linksInsideTheCorpusAndARootThatIsALinkWorkAsBefore() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        CorpusFixture c = new CorpusFixture(real).text("2024/a.txt", "A.\n").text("b.txt", "B.\n");
        Files.createSymbolicLink(real.resolve("alias"), real.resolve("2024"));
        Files.createSymbolicLink(real.resolve("same.txt"), Path.of("b.txt"));
        Files.createSymbolicLink(real.resolve("2024/up"), Path.of(".."));
        Path link = Files.createSymbolicLink(dir.resolve("corpus-link"), real);
        CorpusFixture viaLink = new CorpusFixture(link).read();
        assertEquals(List.of("2024/a.txt", "alias/a.txt", "b.txt", "same.txt"), viaLink.ids());
        assertEquals(List.of("input.unreadable 2024/up:1", "input.unreadable alias/up:1"), viaLink.findingKeys());
        assertEquals("The file could not be read (FileSystemLoopException).", viaLink.findings.get(0).message());
        assertEquals(viaLink.ids(), c.read().ids());
    }

    /**
     * Random trees of folders, files and links that stay inside the corpus (to folders, ancestors included, to files,
     * dangling): the listing and the unreadable entries are those of the JDK's link-following walk used before.
     */
    @Test
    void insideLinksListLikeTheLinkFollowingWalk() throws Exception {
        for (int seed = 0; seed < 40; seed++) {
            Path root = Files.createDirectories(dir.resolve("tree" + seed));
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            List<Path> folders = new java.util.ArrayList<>(List.of(root));
            for (int i = 0; i < 6; i++) {
                folders.add(Files.createDirectories(folders.get(random.nextInt(folders.size())).resolve("d" + i)));
            }
            List<Path> files = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                files.add(Files.writeString(folders.get(random.nextInt(folders.size())).resolve("f" + i + ".txt"), "F.\n"));
            }
            for (int i = 0; i < 5; i++) {
                Path at = folders.get(random.nextInt(folders.size())).resolve("l" + i + (random.nextBoolean() ? ".txt" : ""));
                int kind = random.nextInt(4);
                Path target = kind == 0 ? files.get(random.nextInt(files.size()))
                        : kind == 3 ? root.resolve("missing" + i) : folders.get(random.nextInt(folders.size()));
                Path relative = at.getParent().relativize(target);
                Files.createSymbolicLink(at, random.nextBoolean() ? target
                        : relative.toString().isEmpty() ? Path.of(".") : relative);
            }
            CorpusFixture c = new CorpusFixture(root);
            c.read();
            List<String> failures = new java.util.ArrayList<>();
            List<String> listed = c.reader.listFiles();
            assertEquals(followingWalk(root, failures), listed, "seed " + seed);
            assertEquals(failures, c.findings.stream().filter(f -> f.ruleId().equals("input.unreadable")
                    && !listed.contains(f.file())).map(Finding::file).toList(), "seed " + seed);
        }
    }

    /** The listing before links out of the corpus were refused: the JDK's walk following every link. */
    private static List<String> followingWalk(Path root, List<String> failures) throws Exception {
        List<AntPattern> inc = CorpusFiles.DEFAULT_INCLUDES.stream().map(AntPattern::new).toList();
        List<String> out = new java.util.ArrayList<>();
        Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                        String rel = root.relativize(file).toString();
                        if ((a.isRegularFile() || a.isSymbolicLink()) && inc.stream().anyMatch(p -> p.matches(rel))) {
                            out.add(rel);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, java.io.IOException e) {
                        failures.add(root.relativize(file).toString());
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
        out.sort(null);
        failures.sort(null);
        return out;
    }
}
