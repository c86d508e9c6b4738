package io.github.corpuscheck.run;

import io.github.corpuscheck.internal.SafeText;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says what an I/O error means. The JDK puts the meaning of many file errors in the exception's class and only the
 * path in its message ({@code AccessDeniedException: /out/index.html}), and a text read as UTF-8 that is not fails
 * with "Input length = 1": printed as they are, neither says what went wrong.
 */
public final class IoProblems {

    private IoProblems() {}

    /**
     * {@code /out/index.html: permission denied (AccessDeniedException)}: the file, what is wrong with it, the
     * exception's class; an {@link UncheckedIOException} is described by its cause. On one line.
     */
    public static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String name = t.getClass().getSimpleName();
        String text;
        if (t instanceof FileSystemException fse && fse.getFile() != null) {
            String file = fse.getFile() + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile());
            text = file + ": " + reason(fse) + " (" + name + ")";
        } else if (t instanceof CharacterCodingException) {
            text = "bytes that are not valid in the expected encoding (" + name
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ")";
        } else {
            text = t.getMessage() == null || t.getMessage().isBlank() ? name : name + ": " + t.getMessage();
        }
        return SafeText.oneLine(text);
    }

    /**
     * As {@link #describe(Exception)}, with {@code cannot write} before it when the file is the output directory,
     * lies inside it, or is a folder on the way to it (which the run had to create).
     */
    public static String describe(Exception e, Path outputDirectory) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (outputDirectory != null && t instanceof FileSystemException fse && fse.getFile() != null) {
            Path file = pathOrNull(fse.getFile());
            Path out = outputDirectory.toAbsolutePath().normalize();
            if (file != null && (file.toAbsolutePath().normalize().startsWith(out) || out.startsWith(file.toAbsolutePath().normalize()))) {
                return "cannot write " + describe(e);
            }
        }
        return describe(e);
    }

    private static Path pathOrNull(String file) {
        try {
            return Path.of(file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            // What Files.createDirectories says when a file stands where a folder should be.
            Path p = pathOrNull(e.getFile());
            return p != null && Files.exists(p) && !Files.isDirectory(p) ? "exists and is not a directory" : "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (e instanceof NotLinkException) {
            return "not a symbolic link";
        }
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            return "I/O error";
        }
        // "Is a directory", "Read-only file system", "No space left on device" as the rest of the sentence.
        return reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))
                ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1)
                : reason;
    }
}
