package io.github.corpuscheck.source;

import java.io.File;
import java.io.IOException;
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
 * an include and no exclude, sorted by that path so the reading order is stable. Folders that cannot be listed (and
 * link cycles) are remembered, to be reported as {@code input.unreadable}.
 */
final class CorpusFiles {

    static final List<String> DEFAULT_INCLUDES =
            List.of("**/*.txt", "**/*.md", "**/*.jsonl", "**/*.jsonl.gz", "**/*.ndjson");

    /** A file or folder that could not be visited. */
    record Failure(String path, IOException error) {}

    final List<String> files;
    /** Size in bytes of each file as seen while listing (from the directory walk, no extra system call). */
    final long[] sizes;
    final List<Failure> failures;

    private CorpusFiles(List<String> files, long[] sizes, List<Failure> failures) {
        this.files = files;
        this.sizes = sizes;
        this.failures = failures;
    }

    private record Entry(String path, long size) {}

    static CorpusFiles list(ReaderOptions options) throws IOException {
        List<AntPattern> inc = (options.includes().isEmpty() ? DEFAULT_INCLUDES : options.includes())
                .stream().map(AntPattern::new).toList();
        List<AntPattern> exc = options.excludes().stream().map(AntPattern::new).toList();
        Path root = options.directory();
        List<Entry> files = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        // Symbolic links are followed; a dangling one is listed, so opening it reports input.unreadable.
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    String rel = relative(root, file);
                    if (matchesAny(inc, rel) && !matchesAny(exc, rel)) {
                        files.add(new Entry(rel, attrs.size()));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                if (!file.equals(root)) {
                    failures.add(new Failure(relative(root, file), exc));
                    return FileVisitResult.CONTINUE;
                }
                return FileVisitResult.TERMINATE;
            }
        });
        files.sort((a, b) -> a.path().compareTo(b.path()));
        failures.sort((a, b) -> a.path().compareTo(b.path()));
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = files.get(i).size();
        }
        return new CorpusFiles(files.stream().map(Entry::path).toList(), sizes, List.copyOf(failures));
    }

    private static boolean matchesAny(List<AntPattern> patterns, String rel) {
        for (AntPattern p : patterns) {
            if (p.matches(rel)) {
                return true;
            }
        }
        return false;
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
