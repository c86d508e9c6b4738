package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File selection, order, formats, counters and selective re-reads. */
class CorpusReaderTest {

    @TempDir
    Path dir;

    private CorpusFixture mixedCorpus() throws Exception {
        return new CorpusFixture(dir)
                .text("a.txt", "Alpha story.\n")
                .text("a-b.txt", "Hyphen story.\n")
                .text("a/z.md", "Nested story.\n")
                .text("feed.jsonl", "{\"id\": \"f1\", \"text\": \"F one.\"}\nnot json\n{\"id\": \"f2\", \"text\": \"F two.\"}\n"
                        + "{\"id\": \"f3\", \"text\": \"F three.\"}\n")
                .gzip("old/feed.jsonl.gz", "{\"id\": \"g1\", \"text\": \"G one.\"}\n{\"id\": \"g2\", \"text\": \"G two.\"}\n")
                .text("notes.csv", "ignored,by,default\n")
                .text("z.ndjson", "{\"id\": \"n1\", \"text\": \"N one.\"}\n");
    }

    @Test
    void filesAreSortedByRelativePathAndFilteredByDefaultExtensions() throws Exception {
        CorpusFixture c = mixedCorpus().read();
        assertEquals(List.of("a-b.txt", "a.txt", "a/z.md", "feed.jsonl", "old/feed.jsonl.gz", "z.ndjson"),
                c.reader.listFiles());
        assertEquals(List.of("a-b.txt", "a.txt", "a/z.md", "f1", "f2", "f3", "g1", "g2", "n1"), c.ids());
        for (int i = 0; i < c.docs.size(); i++) {
            assertEquals(i, c.docs.get(i).index());
        }
        assertEquals(6, c.reader.files());
        long bytes = 0;
        for (String f : c.reader.listFiles()) {
            bytes += Files.size(dir.resolve(f));
        }
        assertEquals(bytes, c.reader.bytes());
        assertEquals(List.of("input.malformed feed.jsonl:2"), c.findingKeys());
    }

    @Test
    void includesAndExcludesAreAntGlobs() throws Exception {
        CorpusFixture c = mixedCorpus();
        c.includes = List.of("**/*.md", "*.txt", "**/*.jsonl.gz");
        c.excludes = List.of("a-*.txt", "old/**");
        c.read();
        assertEquals(List.of("a.txt", "a/z.md"), c.reader.listFiles());
        assertEquals(List.of("a.txt", "a/z.md"), c.ids());
    }

    @Test
    void anExcludeEndingInASlashLeavesOutEverythingBelow() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("2024/a.txt", "A.\n").text("2024/05/b.txt", "B.\n")
                .text("2025/c.txt", "C.\n").text("2024.txt", "D.\n");
        c.excludes = List.of("2024/");
        c.read();
        assertEquals(List.of("2024.txt", "2025/c.txt"), c.ids());
    }

    @Test
    void excludedPathsAreLeftOutAlsoThroughLinks() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("a.txt", "A.\n").text("reports/summary.md", "# Report\n")
                .text("reports/cache/x.txt", "X.\n").text("baseline.txt", "{}\n");
        Files.createSymbolicLink(dir.resolve("old-reports"), dir.resolve("reports"));
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("baseline.txt"));
        c.excludedPaths = List.of(dir.resolve("reports"), dir.resolve("baseline.txt"));
        c.read();
        assertEquals(List.of("a.txt"), c.reader.listFiles());
        assertEquals(List.of(), c.findingKeys());
    }

    @Test
    void forcedFormatsOverrideExtensions() throws Exception {
        CorpusFixture text = new CorpusFixture(dir)
                .text("x.jsonl", "{\"id\": \"q\", \"text\": \"Q.\"}\n{\"id\": \"r\", \"text\": \"R.\"}\n")
                .text("y.txt", "{\"id\": \"s\", \"text\": \"S.\"}\n");
        text.format = InputFormat.TEXT;
        text.read();
        assertEquals(List.of("x.jsonl", "y.txt"), text.ids());
        text.format = InputFormat.JSONL;
        text.read();
        assertEquals(List.of("q", "r", "s"), text.ids());
        text.format = InputFormat.AUTO;
        text.read();
        assertEquals(List.of("q", "r", "y.txt"), text.ids());
    }

    @Test
    void rereadReturnsTheSameDocumentsAndOpensOnlyFilesHoldingThem() throws Exception {
        CorpusFixture c = mixedCorpus().read();
        BitSet wanted = new BitSet();
        wanted.set(1); // a.txt
        wanted.set(5); // f3: after a malformed line, so line and index differ
        wanted.set(7); // g2 in the gzip file
        List<Document> again = new ArrayList<>();
        c.reader.reread(wanted, again::add);
        assertEquals(List.of(c.docs.get(1), c.docs.get(5), c.docs.get(7)), again);
        assertEquals(List.of("a.txt", "feed.jsonl", "old/feed.jsonl.gz"), c.reader.rereadOpened);
        assertEquals(4, again.get(1).line());

        again.clear();
        c.reader.reread(new BitSet(), again::add);
        assertEquals(List.of(), again);
        assertEquals(List.of(), c.reader.rereadOpened);
    }

    @Test
    void rereadSkipsFilesWhoseDocumentsWereAllSkipped() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("a.txt", "").text("b.txt", "Bee.\n").text("c.txt", "Sea.\n").read();
        assertEquals(List.of("b.txt", "c.txt"), c.ids());
        BitSet wanted = new BitSet();
        wanted.set(1);
        List<Document> again = new ArrayList<>();
        c.reader.reread(wanted, again::add);
        assertEquals(List.of(c.docs.get(1)), again);
        assertEquals(List.of("c.txt"), c.reader.rereadOpened);
    }

    @Test
    void rereadSeeksToFarLinesOfALargeFileAndGetsTheSameDocuments() throws Exception {
        // 2,000 lines with blank, malformed and CRLF lines among them, so line numbers, offsets and indices all differ.
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            if (i % 97 == 0) {
                jsonl.append("\n");
            } else if (i % 251 == 0) {
                jsonl.append("{broken\n");
            } else {
                // ~500-byte lines: a gap of a few hundred lines is far enough for a re-read to seek.
                jsonl.append("{\"id\": \"d").append(i).append("\", \"note\": \"").append("x".repeat(450))
                        .append("\", \"text\": \"Story number ").append(i)
                        .append(" with \u00e9.\"}").append(i % 3 == 0 ? "\r\n" : "\n");
            }
        }
        CorpusFixture c = new CorpusFixture(dir).text("big.jsonl", jsonl.toString())
                .gzip("big2.jsonl.gz", jsonl.toString()).read();
        int perFile = c.docs.size() / 2;
        BitSet wanted = new BitSet();
        int[] picks = {0, 1, 63, 64, 65, 700, 701, 1500, perFile - 1, perFile, perFile + 1200, 2 * perFile - 1};
        for (int k : picks) {
            wanted.set(k);
        }
        List<Document> again = new ArrayList<>();
        c.reader.reread(wanted, again::add);
        List<Document> expected = new ArrayList<>();
        for (int k : picks) {
            expected.add(c.docs.get(k));
        }
        assertEquals(expected, again);
        assertEquals("d1", again.get(0).id());
        assertEquals("Story number 2000 with \u00e9.", again.get(again.size() - 1).text());
    }
}
