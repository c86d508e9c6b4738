package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the real Reuters-21578 JSON Lines file from the shared data folder when it is there (skipped otherwise) and
 * checks the counts known from the data description. Prints the time taken.
 */
class ReutersMeasurementTest {

    static Path reutersDir() {
        for (String base : List.of("../shared")) {
            Path p = Path.of(base, "corpora", "reuters21578");
            if (Files.isRegularFile(p.resolve("reuters21578.jsonl.gz"))) {
                return p;
            }
        }
        return null;
    }

    @Test
    void readsAllReutersDocuments() throws Exception {
        Path dir = reutersDir();
        assumeTrue(dir != null, "shared Reuters data not present");
        CorpusReader reader = new CorpusReader(new ReaderOptions(dir, List.of("*.jsonl.gz"), List.of(),
                InputFormat.AUTO, StandardCharsets.UTF_8, FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        int[] docs = {0};
        int[] withText = {0};
        long[] paragraphs = {0};
        Document[] doc12793 = {null};
        List<Finding> findings = new ArrayList<>();
        long t0 = System.nanoTime();
        reader.read(d -> {
            docs[0]++;
            if (d.hasText()) {
                withText[0]++;
            }
            paragraphs[0] += d.paragraphs().size();
            if ("12793".equals(d.id())) {
                doc12793[0] = d;
            }
        }, b -> findings.add(b.build()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long absent = findings.stream().filter(f -> f.ruleId().equals("input.missing-text")
                && "absent".equals(f.evidence().get("reason"))).count();
        long blank = findings.stream().filter(f -> f.ruleId().equals("input.missing-text")
                && "blank".equals(f.evidence().get("reason"))).count();
        System.out.println("Reuters: " + docs[0] + " docs, " + withText[0] + " with text, " + paragraphs[0]
                + " paragraphs, " + absent + " absent + " + blank + " blank texts, " + ms + " ms, "
                + (ms == 0 ? "-" : String.valueOf(docs[0] * 1000L / ms)) + " docs/s");
        assertEquals(21_578, docs[0]);
        assertEquals(19_779, withText[0]);
        assertEquals(1_798, absent);
        assertEquals(1, blank);
        assertEquals(1_799, findings.size());
        assertEquals(1, reader.files());
        assertEquals(Files.size(dir.resolve("reuters21578.jsonl.gz")), reader.bytes());
        assertEquals(132_640, paragraphs[0]);
        assertTrue(doc12793[0] != null, "document 12793 read");
        assertEquals(null, doc12793[0].text());
        assertEquals("reuters21578.jsonl.gz", doc12793[0].file());

        BitSet wanted = new BitSet();
        wanted.set(0);
        wanted.set(12_000);
        wanted.set(21_577);
        List<Document> again = new ArrayList<>();
        long t1 = System.nanoTime();
        reader.reread(wanted, again::add);
        long rms = (System.nanoTime() - t1) / 1_000_000;
        System.out.println("Reuters reread of 3 documents: " + rms + " ms");
        assertEquals(List.of(0, 12_000, 21_577), again.stream().map(Document::index).toList());
        assertEquals("1", again.get(0).id());
        assertTrue(again.get(0).paragraphs().size() > 1);
    }
}
