package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    @TempDir
    Path dir;

    @Test
    void writesSortedStableTextAndReadsItBack() throws Exception {
        Baseline b = Baseline.of(List.of(FingerprintsTest.missing("feed.jsonl:3", "date", 3), FingerprintsTest.dup(1, "wire/b.txt", "wire/a.txt")));
        Path file = dir.resolve("sub/corpus-baseline.json");
        BaselineFile.write(b, file);
        String dupFp = Fingerprints.of(FingerprintsTest.dup(1, "wire/b.txt", "wire/a.txt"), 1);
        assertEquals("""
                {
                  "fingerprintVersion": 1,
                  "findings": [
                    {
                      "rule": "duplicate.exact",
                      "document": "wire/b.txt",
                      "fingerprint": "%s",
                      "related": [
                        "wire/a.txt"
                      ]
                    },
                    {
                      "rule": "metadata.missing",
                      "document": "feed.jsonl:3",
                      "fingerprint": "863e483e6a95afc9"
                    }
                  ]
                }
                """.formatted(dupFp), Files.readString(file));
        assertEquals(b, BaselineFile.read(file));
    }

    @Test
    void unknownFieldsAreSkipped() throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"note\":{\"x\":[1]},\"fingerprintVersion\":1,\"findings\":[{\"rule\":\"a.b\",\"fingerprint\":\"00\",\"extra\":true}]}");
        assertEquals(new Baseline(1, List.of(new Baseline.Entry("a.b", "", "00", List.of()))), BaselineFile.read(file));
    }

    @Test
    void bytesThatAreNotUtf8AreExplainedWithTheLine() throws Exception {
        Path file = dir.resolve("b.json");
        byte[] head = "{\n  \"fingerprintVersion\": 1,\n  \"findings\": [\n    {\"rule\": \"a.b\", \"document\": \"caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\", \"fingerprint\": \"00\"}\n  ]\n}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 e acute
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        assertEquals("Baseline " + file + " is not usable: bytes that are not valid UTF-8 at line 4."
                        + " Regenerate it with corpus:baseline.",
                assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage());
    }

    @Test
    void malformedOrNewerFilesAreExplained() throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"fingerprintVersion\":7,\"findings\":[]}");
        assertEquals("Baseline " + file + " is not usable: fingerprintVersion 7 is not known to this plugin (it knows 1 to 1)."
                + " Regenerate it with corpus:baseline.",
                assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage());
        Files.writeString(file, "{\"findings\":[]}");
        assertEquals("Baseline " + file + " is not usable: no fingerprintVersion. Regenerate it with corpus:baseline.",
                assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage());
        Files.writeString(file, "[1,2]");
        assertEquals("Baseline " + file + " is not usable: expected START_OBJECT but found START_ARRAY. Regenerate it with corpus:baseline.",
                assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage());
        Files.writeString(file, "{\"fingerprintVersion\":1,\"findings\":[{\"rule\":\"a.b\"}]}");
        assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file));
        Files.writeString(file, "{\"fingerprintVersion\":1,");
        assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file));
    }

    @Test
    void onAFullDiskTheCommittedBaselineStaysAsItWas() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(4096).setMaxSize(2L << 20).build())) {
            Path file = fs.getPath("/project/corpus-baseline.json");
            BaselineFile.write(baseline(1000), file);
            byte[] committed = Files.readAllBytes(file);
            assertTrue(committed.length > 100_000, committed.length + " bytes");
            // Fill the disk up to 32 KB: a larger baseline fits neither beside the old one nor over it.
            try (OutputStream filler = Files.newOutputStream(fs.getPath("/filler"))) {
                long free = Files.getFileStore(file).getUnallocatedSpace();
                for (long left = free - (32 << 10); left > 0; left -= 4096) {
                    filler.write(new byte[4096]);
                }
            }
            IOException e = assertThrows(IOException.class, () -> BaselineFile.write(baseline(2000), file));
            assertEquals("out of disk space", e.getMessage());
            assertArrayEquals(committed, Files.readAllBytes(file));
            assertEquals(1000, BaselineFile.read(file).entries().size());
            try (Stream<Path> s = Files.list(file.getParent())) {
                assertEquals(List.of(file), s.toList(), "no temporary file is left");
            }
        }
    }

    private static Baseline baseline(int n) {
        List<Baseline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new Baseline.Entry("metadata.missing", "feed.jsonl:" + i, "%016x".formatted(i), List.of()));
        }
        return new Baseline(1, entries);
    }
}
