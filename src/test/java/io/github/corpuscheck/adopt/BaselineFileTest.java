package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
