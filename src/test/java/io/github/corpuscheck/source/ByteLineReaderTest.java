package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

    @Test
    void newlineSearchFindsTheFirstNewlineLikeAPlainLoop() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // Bytes near '\n' (0x0A), high bytes and 0x0B/0x09 stress the eight-at-a-time test.
                int pick = random.nextInt(10);
                b[i] = (byte) (pick == 0 ? '\n' : pick == 1 ? 0x0B : pick == 2 ? 0x09 : pick == 3 ? 0x8A : random.nextInt(256));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = to;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, ByteLineReader.indexOfNewline(b, from, to));
        }
    }

    @Test
    void readsAndSkipsLinesAcrossBufferBoundaries() throws Exception {
        String longLine = "x".repeat(200_000); // longer than the 64 KiB buffer
        String text = "first\r\n\n" + longLine + "\nlast line without end";
        ByteLineReader r = new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = new ArrayList<>();
        assertTrue(r.next());
        lines.add(new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
        assertEquals(7, r.position());
        assertTrue(r.next());
        lines.add(new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
        assertTrue(r.skip());
        assertEquals(8 + 200_001, r.position());
        assertTrue(r.next());
        lines.add(new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
        assertFalse(r.next());
        assertEquals(List.of("first", "", "last line without end"), lines);
    }
}
