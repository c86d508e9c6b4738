package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

    @Test
    void phasesAndProgressLinesWithPercentRateElapsedAndTimeLeft() {
        List<String> lines = new ArrayList<>();
        long[] millis = {0};
        ProgressLog log = new ProgressLog(lines::add, 400L << 20, () -> millis[0] * 1_000_000L);
        log.phaseStarted("reading and analysis");
        millis[0] = 4_999;
        log.documents(20_000, 100L << 20); // under 5 s: no line
        millis[0] = 5_000;
        log.documents(25_000, 100L << 20);
        millis[0] = 7_000;
        log.documents(30_000, 150L << 20); // 2 s after the last line: none
        millis[0] = 10_000;
        log.documents(50_000, 200L << 20);
        millis[0] = 20_400;
        log.phaseEnded("100,000 documents");
        log.phaseStarted("cross-document checks");
        log.phaseStarted("candidate verification of 52,311 pairs");
        millis[0] = 24_600;
        log.phaseEnded(null);
        millis[0] = 95_000;
        log.phaseEnded(null);
        assertEquals(List.of(
                "Phase reading and analysis started.",
                "Reading and analysis: 25% of 400.0 MB, 25,000 documents, 5,000 docs/s, 5.0 s elapsed, about 15 s left.",
                "Reading and analysis: 50% of 400.0 MB, 50,000 documents, 5,000 docs/s, 10 s elapsed, about 10 s left.",
                "Phase reading and analysis took 20 s (100,000 documents).",
                "Phase cross-document checks started.",
                "Phase candidate verification of 52,311 pairs started.",
                "Phase candidate verification of 52,311 pairs took 4.2 s.",
                "Phase cross-document checks took 1 min 14 s."), lines);
    }

    @Test
    void announcementSaysFilesBytesAndDocumentsWhenKnown() {
        assertEquals("Corpus folder corpus: 60,000 files, 210.5 MB, 60,000 documents (one per file).",
                ProgressLog.announce("corpus", 60_000, 220_725_248L, 60_000));
        assertEquals("Corpus folder bench/corpus: 1 file, 512 bytes (documents are counted as they are read).",
                ProgressLog.announce("bench/corpus", 1, 512, -1));
        assertEquals("Corpus folder a\\n::error::x: 1 file, 512 bytes (documents are counted as they are read).",
                ProgressLog.announce("a\n::error::x", 1, 512, -1), "a folder name cannot start a log line of its own");
    }

    @Test
    void withoutAKnownSizeNoPercentNorTimeLeft() {
        assertEquals("Reading and analysis: 1,000 documents, 200 docs/s, 5.0 s elapsed.",
                ProgressLog.line(1_000, 10, 0, 5_000));
    }

    @Test
    void noLineEverHoldsACarriageReturn() {
        List<String> lines = new ArrayList<>();
        long[] millis = {0};
        ProgressLog log = new ProgressLog(lines::add, 1000, () -> millis[0] * 1_000_000L);
        for (int i = 0; i < 100; i++) {
            millis[0] += 1_000;
            log.documents(i, i * 10L);
        }
        assertEquals(19, lines.size()); // from the first call on, one line every 5 s
        lines.forEach(l -> assertEquals(-1, l.indexOf('\r'), l));
    }
}
