package io.github.corpuscheck.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Files that are either the previous complete version or the new complete one, never half-written: the content goes
 * to a temporary file {@code <name>.<random>.tmp} in the same folder, which is then renamed over the target in one
 * step. A full disk, an exception while writing or a killed process leaves the target as it was.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes {@code target} through a temporary file next to it, then moves that into place; on any failure the
     * temporary file is deleted and {@code target} is unchanged. Creates the folder when missing.
     */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, target.getFileName() + ".", false);
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                body.writeTo(out);
            }
            replace(tmp, target);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Creates a new empty file, or folder, {@code <prefix><random>.tmp} in {@code dir}, with the permissions any new
     * file there gets (unlike {@link Files#createTempFile}, which makes it private to the owner: a report moved into
     * place must stay readable as before).
     */
    public static Path createTemporary(Path dir, String prefix, boolean directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return directory ? Files.createDirectory(p) : Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves {@code source} over {@code target} in one step (both in the same folder, or at least on the same file
     * system). Where the file system cannot rename atomically, a plain replacing move.
     */
    public static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes what an interrupted run left in {@code directory}: entries named {@code <prefix>*.tmp} for one of the
     * prefixes, last modified before {@code beforeMillis} (folders with their content). Nothing else is touched;
     * an entry that cannot be deleted is left. Returns how many entries were deleted.
     */
    public static int removeLeftovers(Path directory, long beforeMillis, List<String> prefixes) {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(".tmp") && prefixes.stream().anyMatch(name::startsWith)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < beforeMillis) {
                    stale.add(p);
                }
            }
        } catch (IOException e) {
            return 0; // an unreadable output folder: the run reports it when it writes there
        }
        int removed = 0;
        for (Path p : stale) {
            try {
                deleteTree(p);
                removed++;
            } catch (IOException e) {
                // left for a later run
            }
        }
        return removed;
    }

    /** Deletes a file, or a folder with everything in it (links are deleted, not followed). */
    public static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children;
            try (Stream<Path> s = Files.list(p)) {
                children = s.toList();
            }
            for (Path c : children) {
                deleteTree(c);
            }
        }
        Files.deleteIfExists(p);
    }
}
