package io.github.corpuscheck.source;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What to read and how.
 *
 * @param directory the corpus root
 * @param includes Ant-style globs relative to the root; empty means the default extensions
 *     ({@code **}{@code /*.txt, **}{@code /*.md, **}{@code /*.jsonl, **}{@code /*.jsonl.gz, **}{@code /*.ndjson})
 * @param excludes Ant-style globs to leave out
 * @param format how files are read
 * @param encoding the text encoding
 * @param fields where logical fields live in JSON Lines objects
 * @param maxFileSize text files larger than this many bytes are reported and skipped
 * @param maxLineSize JSON Lines lines longer than this many bytes are reported and skipped without being held
 * @param followLinksOutside follow symbolic links whose real target lies outside the corpus folder (by default they
 *     are reported and not read)
 * @param excludedPaths files and folders (absolute) left out of the corpus with everything below them, wherever the
 *     walk meets them (the run's output directory, baseline and suppressions files when they lie inside the corpus)
 * @param useDefaultExcludes leave out plexus-utils' default excludes as Maven's file sets do
 *     ({@code **}{@code /.git/**} and the other version-control folders, editor backups, {@code .DS_Store}...)
 */
public record ReaderOptions(
        Path directory,
        List<String> includes,
        List<String> excludes,
        InputFormat format,
        Charset encoding,
        FieldMapping fields,
        long maxFileSize,
        long maxLineSize,
        boolean followLinksOutside,
        List<Path> excludedPaths,
        boolean useDefaultExcludes) {

    public static final long DEFAULT_MAX_FILE_SIZE = 64L * 1024 * 1024;
    public static final long DEFAULT_MAX_LINE_SIZE = 64L * 1024 * 1024;
    /** The largest {@code maxLineSize}: a line is held in one array. */
    public static final long MAX_LINE_SIZE = ByteLineReader.MAX_LINE;

    public ReaderOptions {
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        excludedPaths = excludedPaths == null ? List.of() : List.copyOf(excludedPaths);
        if (maxLineSize < 1 || maxLineSize > MAX_LINE_SIZE) {
            throw new IllegalArgumentException("maxLineSize must be between 1 and " + MAX_LINE_SIZE + ": " + maxLineSize);
        }
    }

    /** Options with the default excludes. */
    public ReaderOptions(Path directory, List<String> includes, List<String> excludes, InputFormat format,
            Charset encoding, FieldMapping fields, long maxFileSize, long maxLineSize, boolean followLinksOutside,
            List<Path> excludedPaths) {
        this(directory, includes, excludes, format, encoding, fields, maxFileSize, maxLineSize, followLinksOutside,
                excludedPaths, true);
    }

    /** Options with the default line limit, not following links out of the corpus. */
    public ReaderOptions(Path directory, List<String> includes, List<String> excludes, InputFormat format,
            Charset encoding, FieldMapping fields, long maxFileSize) {
        this(directory, includes, excludes, format, encoding, fields, maxFileSize, DEFAULT_MAX_LINE_SIZE, false,
                List.of());
    }

    /** The same options, leaving these files and folders (and everything below them) out of the corpus. */
    public ReaderOptions excluding(List<Path> paths) {
        return new ReaderOptions(directory, includes, excludes, format, encoding, fields, maxFileSize, maxLineSize,
                followLinksOutside, paths, useDefaultExcludes);
    }

    /** The same options for the same corpus placed under another folder (e.g. a local copy of its files). */
    public ReaderOptions withDirectory(Path folder) {
        return new ReaderOptions(folder, includes, excludes, format, encoding, fields, maxFileSize, maxLineSize,
                followLinksOutside, excludedPaths, useDefaultExcludes);
    }

    /**
     * The real path of {@code path} (links resolved), or when it does not exist yet, the real path of its nearest
     * existing parent with the rest of its names: comparable with the real paths the corpus walk meets.
     */
    public static Path realPath(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path rest = null;
        for (Path p = abs; p != null; p = p.getParent()) {
            try {
                Path real = p.toRealPath();
                return rest == null ? real : real.resolve(rest);
            } catch (java.io.IOException e) {
                Path name = p.getFileName();
                if (name == null) {
                    break;
                }
                rest = rest == null ? name : name.resolve(rest);
            }
        }
        return abs;
    }
}
