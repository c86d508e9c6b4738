package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

    @Test
    void silentForTenSecondsThenAtMostEveryFiveSeconds() {
        long[] now = {0};
        List<String> lines = new ArrayList<>();
        ProgressLog log = new ProgressLog(lines::add, () -> now[0] * 1_000_000L);
        for (long ms : new long[] {1_000, 9_999, 10_000, 12_000, 14_999, 15_000, 16_000, 20_001}) {
            now[0] = ms;
            log.accept(ms); // one document per millisecond
        }
        assertEquals(List.of(
                "Checked 10,000 documents (1,000 docs/s, 10 s elapsed)",
                "Checked 15,000 documents (1,000 docs/s, 15 s elapsed)",
                "Checked 20,001 documents (1,000 docs/s, 20 s elapsed)"), lines);
    }

    @Test
    void shortRunsLogNothing() {
        long[] now = {0};
        List<String> lines = new ArrayList<>();
        ProgressLog log = new ProgressLog(lines::add, () -> now[0]);
        now[0] = 9_000_000_000L;
        log.accept(500_000);
        assertEquals(List.of(), lines);
    }
}
