package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.check.InMemorySource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.check.CheckResult;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ReportContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    /** 400 documents over many engine batches: unique texts, exact copies, editions and chains. */
    static InMemorySource corpus() {
        Random rnd = new Random(7);
        InMemorySource c = InMemorySource.inOneFile("corpus.jsonl");
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "v" + Integer.toString(i * 104729 + 17, 36);
        }
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int kind = i % 10;
            Random r = kind >= 7 && i >= 10 ? new Random(i - kind) : rnd; // 7..9 derive from an earlier document
            for (int p = 0; p < 6; p++) {
                for (int w = 0; w < 25; w++) {
                    sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(' ');
                }
                sb.append('\n');
            }
            if (kind == 8) {
                sb.append("an extra closing paragraph that only this edition carries with several more words\n");
            }
            c.add(String.format("doc-%03d", i), Map.of("date", "2024-01-0" + (1 + i % 9)), sb.toString());
        }
        return c;
    }

    @Test
    void reportIsByteIdenticalAcrossThreadCounts(@TempDir Path tmp) throws Exception {
        byte[][] reports = new byte[3][];
        int[] threads = {1, 2, 2};
        for (int k = 0; k < 3; k++) {
            CheckResult r = DuplicateCheckTest.run(corpus(), new DuplicateConfig(), threads[k]);
            Path out = tmp.resolve("run" + k);
            new JsonReportWriter().write(r, new ReportContext(out, tmp, tmp, "test"));
            reports[k] = Files.readAllBytes(out.resolve("report.json"));
            if (k == 0) {
                List<?> dups = DuplicateCheckTest.duplicates(r);
                assertTrue(dups.size() > 50, "expected many duplicates, got " + dups.size());
                assertTrue(new String(reports[k]).contains("\"duplicates\": {\n    \"clusters\": ["), "duplicates section");
            }
        }
        assertArrayEquals(reports[0], reports[1]);
        assertArrayEquals(reports[1], reports[2]);
    }
}
