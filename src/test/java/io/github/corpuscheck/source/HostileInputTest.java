package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to hurt: huge lines, odd names, wrong sizes, other encodings, duplicate keys. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameWithABackslashIsRead() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("back\\slash.txt", "Words in a file.\n")
                .text("sub/x\\y.jsonl", "{\"id\": \"j\", \"text\": \"Line.\"}\n").read();
        assertEquals(List.of(), c.findingKeys());
        assertEquals(List.of("back\\slash.txt", "j"), c.ids());
        assertEquals("sub/x\\y.jsonl", c.doc("j").file());
    }
}
