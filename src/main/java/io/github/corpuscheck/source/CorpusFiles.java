package io.github.corpuscheck.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files of a corpus: every regular file under the root whose corpus-relative path ({@code /} separators) matches
 * an include and no exclude, sorted by that path so the reading order is stable. Patterns are matched as Maven's
 * file sets match them ({@link AntPattern}); plexus-utils' default excludes are added unless switched off, and a
 * folder that an exclude leaves out whole ({@code .git/}) is not walked. An include or exclude of the user's that
 * matches no file is remembered, to be said as a warning. Folders that cannot be listed (and link cycles) are
 * remembered, to be reported as {@code input.unreadable}.
 *
 * <p>Symbolic links are followed when their real target lies inside the corpus folder's real path (a link to another
 * folder of the corpus lists its files under the link's name, as before). A link whose target lies outside is not
 * followed unless {@link ReaderOptions#followLinksOutside()}: it is remembered, to be reported as
 * {@code input.outside-corpus}, and nothing behind it is opened. The walk itself never follows links (one
 * {@code lstat} per entry); each link is resolved once with {@code toRealPath}.
 */
final class CorpusFiles {

    static final List<String> DEFAULT_INCLUDES =
            List.of("**/*.txt", "**/*.md", "**/*.jsonl", "**/*.jsonl.gz", "**/*.ndjson");

    /** A file or folder that could not be visited. */
    record Failure(String path, IOException error) {}

    /** A symbolic link (corpus-relative) to a file or folder outside the corpus folder, not followed. */
    record Outside(String path, boolean folder) {}

    final List<String> files;
    /** Size in bytes of each file as seen while listing (from the directory walk, no extra system call). */
    final long[] sizes;
    final List<Failure> failures;
    final List<Outside> outside;
    /** One sentence for each include or exclude the user set that matched no file, in the order they were set. */
    final List<String> unmatchedPatterns;

    private CorpusFiles(List<String> files, long[] sizes, List<Failure> failures, List<Outside> outside,
            List<String> unmatchedPatterns) {
        this.files = files;
        this.sizes = sizes;
        this.failures = failures;
        this.outside = outside;
        this.unmatchedPatterns = unmatchedPatterns;
    }

    private record Entry(String path, long size) {}

    static CorpusFiles list(ReaderOptions options) throws IOException {
        Walk walk = new Walk(options);
        walk.run();
        List<Entry> files = walk.files;
        files.sort((a, b) -> a.path().compareTo(b.path()));
        walk.failures.sort((a, b) -> a.path().compareTo(b.path()));
        walk.outside.sort((a, b) -> a.path().compareTo(b.path()));
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = files.get(i).size();
        }
        return new CorpusFiles(files.stream().map(Entry::path).toList(), sizes, List.copyOf(walk.failures),
                List.copyOf(walk.outside), walk.unmatched(options));
    }

    /**
     * Lists a corpus that is not a folder of this machine through {@code tree}, with the same includes, excludes,
     * default excludes, pruning of folders excluded whole and order as {@link #list(ReaderOptions)}. A folder below
     * the root that cannot be listed is remembered, to be reported as {@code input.unreadable}; the root's failure is
     * thrown.
     */
    static CorpusFiles list(ReaderOptions options, FileTree tree) throws IOException {
        Walk walk = new Walk(options);
        walk.walkTree(tree, "");
        List<Entry> files = walk.files;
        files.sort((a, b) -> a.path().compareTo(b.path()));
        walk.failures.sort((a, b) -> a.path().compareTo(b.path()));
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = files.get(i).size();
        }
        return new CorpusFiles(files.stream().map(Entry::path).toList(), sizes, List.copyOf(walk.failures),
                List.of(), walk.unmatched(options));
    }

    /** One listing: a walk of the corpus folder's real path, and a nested walk for each link to a folder followed. */
    private static final class Walk {
        private final List<AntPattern> includes;
        /** The user's excludes first, then the default excludes when on. */
        private final List<AntPattern> excludes;
        /** Which of the user's includes matched a file, which of the user's excludes left something out. */
        private final boolean[] includeUsed;
        private final boolean[] excludeUsed;
        private final Path root;
        private final boolean followOutside;
        /** Real paths of the files and folders left out with everything below them. */
        private final List<Path> excludedPaths;
        final List<Entry> files = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();
        final List<Outside> outside = new ArrayList<>();
        private Path rootReal;
        /**
         * The walks under way, outermost first: the real folder each walks and the real folder holding the link
         * that started the next one. A link to a folder on this path (an ancestor) is a cycle.
         */
        private final List<Path[]> chain = new ArrayList<>();

        Walk(ReaderOptions options) {
            this.includes = (options.includes().isEmpty() ? DEFAULT_INCLUDES : options.includes())
                    .stream().map(AntPattern::new).toList();
            List<String> ex = new ArrayList<>(options.excludes());
            if (options.useDefaultExcludes()) {
                ex.addAll(AntPattern.DEFAULT_EXCLUDES);
            }
            this.excludes = ex.stream().map(AntPattern::new).toList();
            this.includeUsed = new boolean[options.includes().size()];
            this.excludeUsed = new boolean[options.excludes().size()];
            this.root = options.directory();
            this.followOutside = options.followLinksOutside();
            this.excludedPaths = options.excludedPaths().stream().map(ReaderOptions::realPath).toList();
        }

        /** The user's patterns that matched nothing, as sentences. */
        List<String> unmatched(ReaderOptions options) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < includeUsed.length; i++) {
                if (!includeUsed[i]) {
                    out.add("The include pattern '" + options.includes().get(i) + "' matches no file"
                            + (excludes.isEmpty() ? "." : " that the excludes leave in."));
                }
            }
            for (int i = 0; i < excludeUsed.length; i++) {
                if (!excludeUsed[i]) {
                    out.add("The exclude pattern '" + options.excludes().get(i)
                            + "' matches no file that the includes select.");
                }
            }
            return List.copyOf(out);
        }

        /** Whether the real path lies in a path left out of the corpus. */
        private boolean leftOut(Path real) {
            for (Path p : excludedPaths) {
                if (real.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        void run() throws IOException {
            try {
                rootReal = root.toRealPath();
            } catch (IOException e) {
                return; // no corpus folder: nothing to list
            }
            walk(rootReal, "");
        }

        /** Walks the folder {@code folder} ({@code ""}: the root) of a tree; its files are named {@code folder/name}. */
        void walkTree(FileTree tree, String folder) throws IOException {
            List<FileTree.Entry> entries;
            try {
                entries = tree.list(folder);
            } catch (IOException e) {
                if (folder.isEmpty()) {
                    throw e;
                }
                failures.add(new Failure(folder, e));
                return;
            }
            String prefix = folder.isEmpty() ? "" : folder + "/";
            for (FileTree.Entry e : entries) {
                String rel = prefix + e.name();
                if (e.folder()) {
                    if (!excludedWhole(rel)) {
                        walkTree(tree, rel);
                    }
                } else if (selected(rel)) {
                    files.add(new Entry(rel, e.size()));
                }
            }
        }

        /** Walks the real folder {@code dir}, whose files are named {@code prefix} + their path below it. */
        private void walk(Path dir, String prefix) throws IOException {
            Path[] frame = {dir, dir};
            chain.add(frame);
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path sub, BasicFileAttributes attrs) {
                    if (!excludedPaths.isEmpty() && leftOut(sub)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!sub.equals(dir) && excludedWhole(prefix + relative(dir, sub))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    // Reached through a link, a folder may be one that an outer walk is inside of: a cycle.
                    if (chain.size() > 1 && !sub.equals(dir) && onWalkedPath(sub, chain.size() - 1)) {
                        String rel = prefix + relative(dir, sub);
                        failures.add(new Failure(rel, new FileSystemLoopException(rel)));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = prefix + relative(dir, file);
                    if (attrs.isSymbolicLink()) {
                        frame[1] = file.getParent();
                        link(file, rel, attrs);
                    } else if (attrs.isRegularFile() && selected(rel) && (excludedPaths.isEmpty() || !leftOut(file))) {
                        files.add(new Entry(rel, attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    if (file.equals(dir)) {
                        if (!prefix.isEmpty()) { // a linked folder that cannot be listed: reported at the link
                            failures.add(new Failure(prefix.substring(0, prefix.length() - 1), exc));
                        }
                        return FileVisitResult.TERMINATE;
                    }
                    failures.add(new Failure(prefix + relative(dir, file), exc));
                    return FileVisitResult.CONTINUE;
                }
            });
            chain.remove(chain.size() - 1);
        }

        /** A symbolic link met by the walk, named {@code rel} in the corpus. */
        private void link(Path link, String rel, BasicFileAttributes linkAttrs) throws IOException {
            Path target;
            BasicFileAttributes attrs;
            try {
                target = link.toRealPath();
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            } catch (IOException e) {
                // Dangling, or a cycle of links: listed when selected, so that opening it reports input.unreadable.
                if (selected(rel)) {
                    files.add(new Entry(rel, linkAttrs.size()));
                }
                return;
            }
            boolean folder = attrs.isDirectory();
            if (leftOut(target) || folder && excludedWhole(rel)) {
                return;
            }
            if (!followOutside && !target.startsWith(rootReal)) {
                if (folder ? mayHoldSelected(rel) : selected(rel)) {
                    outside.add(new Outside(rel, folder));
                }
                return;
            }
            if (folder) {
                if (onWalkedPath(target, chain.size())) {
                    failures.add(new Failure(rel, new FileSystemLoopException(rel)));
                } else {
                    walk(target, rel + "/");
                }
            } else if (attrs.isRegularFile() && selected(rel)) {
                files.add(new Entry(rel, attrs.size()));
            }
        }

        /**
         * Whether the real folder {@code target} is one of the folders the first {@code frames} walks are inside of
         * (as the JDK's link-following walk detects cycles: a folder that is its own ancestor).
         */
        private boolean onWalkedPath(Path target, int frames) {
            for (int i = 0; i < frames; i++) {
                Path[] frame = chain.get(i);
                if (target.startsWith(frame[0]) && frame[1].startsWith(target)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the user's includes select the file and no exclude leaves it out; notes which patterns matched. */
        private boolean selected(String rel) {
            char[][] segments = AntPattern.segments(rel); // cut once for every pattern, as DirectoryScanner does
            boolean in = false;
            for (int i = 0; i < includes.size(); i++) {
                if (includes.get(i).matches(rel, segments)) {
                    in = true;
                    if (i >= includeUsed.length) {
                        break;
                    }
                    includeUsed[i] = true;
                }
            }
            if (!in) {
                return false;
            }
            boolean out = false;
            for (int i = 0; i < excludes.size(); i++) {
                if (excludes.get(i).matches(rel, segments)) {
                    out = true;
                    if (i >= excludeUsed.length) {
                        break;
                    }
                    excludeUsed[i] = true;
                }
            }
            return !out;
        }

        /** Whether an exclude leaves out everything below the folder {@code rel}: then it is not walked. */
        private boolean excludedWhole(String rel) {
            boolean whole = false;
            for (int i = 0; i < excludes.size(); i++) {
                if (excludes.get(i).matchesAllBelow(rel)) {
                    whole = true;
                    if (i >= excludeUsed.length) {
                        break;
                    }
                    excludeUsed[i] |= mayHoldIncluded(rel);
                }
            }
            return whole;
        }

        private boolean mayHoldIncluded(String rel) {
            for (AntPattern p : includes) {
                if (p.mayMatchBelow(rel)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether some file below the folder {@code rel} could be selected. */
        private boolean mayHoldSelected(String rel) {
            for (AntPattern p : excludes) {
                if (p.matchesAllBelow(rel)) {
                    return false;
                }
            }
            for (AntPattern p : includes) {
                if (p.mayMatchBelow(rel)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The corpus-relative path with {@code /} separators. Only the platform's separator is replaced: on Linux a
     * backslash is an ordinary character of a file name ({@code back\\slash.txt}).
     */
    static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString();
        return File.separatorChar == '/' ? rel : rel.replace(File.separatorChar, '/');
    }

    /** The format a file is read in: forced, or by extension ({@code .jsonl}, {@code .ndjson}, optionally gzipped). */
    static InputFormat formatOf(String file, InputFormat configured) {
        if (configured != InputFormat.AUTO) {
            return configured;
        }
        String name = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? InputFormat.JSONL : InputFormat.TEXT;
    }
}
