package io.github.corpuscheck.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder holds, without following links or opening anything that could block: per entry its type, size,
 * modification time and permissions, a link's target, a regular file's content hash (the first and last 4 MB of a
 * large one). Two snapshots are equal when nothing was created, deleted, written or re-linked.
 */
final class TreeSnapshot {

    private static final long FULL_HASH_MAX = 64L << 20;
    private static final int EDGE = 4 << 20;

    final Map<String, String> entries;

    private TreeSnapshot(Map<String, String> entries) {
        this.entries = entries;
    }

    /** The tree under {@code root}, leaving out {@code excluded} (and what is below it) when not null. */
    static TreeSnapshot of(Path root, Path excluded) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (excluded != null && dir.equals(excluded)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                out.put(rel(dir), "dir " + common(dir, attrs));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (excluded != null && file.startsWith(excluded)) {
                    return FileVisitResult.CONTINUE;
                }
                String what;
                if (attrs.isSymbolicLink()) {
                    try {
                        what = "link -> " + Files.readSymbolicLink(file);
                    } catch (IOException e) {
                        what = "link ?" + e.getClass().getSimpleName();
                    }
                } else if (attrs.isRegularFile()) {
                    what = "file " + common(file, attrs) + " " + hash(file, attrs.size());
                } else {
                    what = "other " + common(file, attrs); // FIFOs, devices: never opened
                }
                out.put(rel(file), what);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                out.put(rel(file), "failed " + e.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }

            private String rel(Path p) {
                return root.relativize(p).toString();
            }
        });
        return new TreeSnapshot(out);
    }

    private static String common(Path p, BasicFileAttributes attrs) {
        String perms;
        if (attrs instanceof PosixFileAttributes posix) {
            perms = PosixFilePermissions.toString(posix.permissions());
        } else {
            try {
                perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException | UnsupportedOperationException e) {
                perms = "?";
            }
        }
        return (attrs.isDirectory() ? "" : attrs.size() + " bytes ") + "mtime " + attrs.lastModifiedTime().toMillis()
                + " " + perms;
    }

    private static String hash(Path file, long size) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (size <= FULL_HASH_MAX) {
                md.update(in.readAllBytes());
            } else {
                md.update(in.readNBytes(EDGE));
                in.skipNBytes(size - 2L * EDGE);
                md.update(in.readNBytes(EDGE));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "unreadable " + e.getClass().getSimpleName();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries that differ, one a line: {@code - old}, {@code + new}. */
    List<String> differences(TreeSnapshot after) {
        List<String> out = new ArrayList<>();
        entries.forEach((k, v) -> {
            String w = after.entries.get(k);
            if (!v.equals(w)) {
                out.add("- " + printable(k) + ": " + v + (w == null ? " (gone)" : "\n+ " + printable(k) + ": " + w));
            }
        });
        after.entries.forEach((k, w) -> {
            if (!entries.containsKey(k)) {
                out.add("+ " + printable(k) + ": " + w + " (new)");
            }
        });
        return out;
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
