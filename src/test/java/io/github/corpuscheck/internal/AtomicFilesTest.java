package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("report.json");
        AtomicFiles.write(file, out -> out.write("{\"complete\": true}\n".getBytes()));
        IOException failure = new IOException("No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[200_000]); // past the buffer: on disk in the temporary file
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals("{\"complete\": true}\n", Files.readString(file));
        assertEquals(List.of("report.json"), names());

        RuntimeException bug = new IllegalStateException("a bug in a writer");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw bug;
        })));
        assertEquals(List.of("report.json"), names());
        AtomicFiles.write(file, out -> out.write("{}\n".getBytes()));
        assertEquals("{}\n", Files.readString(file));
    }

    @Test
    void aFileWrittenAtomicallyGetsThePermissionsOfAnyNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("written.txt");
        AtomicFiles.write(written, out -> out.write('x'));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
            assertEquals(expected, Files.getPosixFilePermissions(written), "not private to the owner");
        }
    }

    @Test
    void leftoversAreRemovedByPrefixAndAgeOnly() throws Exception {
        long now = System.currentTimeMillis();
        FileTime old = FileTime.from(Instant.ofEpochMilli(now - 60_000));
        for (String name : List.of("spill-1.tmp", "spill-2.tmp", "keep.tmp", "spill-3.txt", "other-spill-4.tmp")) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "x"), old);
        }
        Path staging = Files.createDirectories(dir.resolve(".stage-x.tmp/inner"));
        Files.writeString(staging.resolve("report.json"), "{");
        Files.setLastModifiedTime(dir.resolve(".stage-x.tmp"), old);
        Files.setLastModifiedTime(Files.writeString(dir.resolve("spill-new.tmp"), "x"),
                FileTime.from(Instant.ofEpochMilli(now + 60_000)));

        assertEquals(3, AtomicFiles.removeLeftovers(dir, now, List.of("spill-", ".stage-")));
        assertEquals(List.of("keep.tmp", "other-spill-4.tmp", "spill-3.txt", "spill-new.tmp"), names());
        assertEquals(0, AtomicFiles.removeLeftovers(dir.resolve("missing"), now, List.of("spill-")));
    }
}
