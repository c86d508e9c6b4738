package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK says "AccessDeniedException: /out/index.html" and "Input length = 1"; the front ends say what is wrong. */
class IoProblemsTest {

    @TempDir
    Path dir;

    @Test
    void fileErrorsNameTheFileAndTheReason() {
        assertEquals("/out/index.html: permission denied (AccessDeniedException)",
                IoProblems.describe(new AccessDeniedException("/out/index.html")));
        assertEquals("/c/b.json: no such file or directory (NoSuchFileException)",
                IoProblems.describe(new UncheckedIOException(new NoSuchFileException("/c/b.json"))));
        assertEquals("/out/a -> /out/b: read-only file system (FileSystemException)",
                IoProblems.describe(new FileSystemException("/out/a", "/out/b", "Read-only file system")));
        assertEquals("/out/x: I/O error (FileSystemException)", IoProblems.describe(new FileSystemException("/out/x")));
        assertEquals("bytes that are not valid in the expected encoding (MalformedInputException: Input length = 1)",
                IoProblems.describe(new MalformedInputException(1)));
        assertEquals("IOException: No space left on device", IoProblems.describe(new IOException("No space left on device")));
        assertEquals("IOException", IoProblems.describe(new IOException()));
        assertEquals("/out/a\\nb: permission denied (AccessDeniedException)",
                IoProblems.describe(new AccessDeniedException("/out/a\nb")));
    }

    @Test
    void aFileInOrOnTheWayToTheOutputFolderCannotBeWritten() throws Exception {
        Path out = dir.resolve("target/corpus");
        assertEquals("cannot write " + out.resolve("index.html") + ": permission denied (AccessDeniedException)",
                IoProblems.describe(new AccessDeniedException(out.resolve("index.html").toString()), out));
        assertEquals("cannot write " + dir.resolve("target") + ": permission denied (AccessDeniedException)",
                IoProblems.describe(new AccessDeniedException(dir.resolve("target").toString()), out));
        assertEquals(dir.resolve("baseline.json") + ": permission denied (AccessDeniedException)",
                IoProblems.describe(new AccessDeniedException(dir.resolve("baseline.json").toString()), out));
        Path file = Files.writeString(dir.resolve("target"), "a file");
        assertEquals("cannot write " + file + ": exists and is not a directory (FileAlreadyExistsException)",
                IoProblems.describe(new FileAlreadyExistsException(file.toString()), out));
    }
}
