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

    @Test
    void linesOverTheLimitAreCountedAndSkippedWithoutGrowingTheBuffer() throws Exception {
        // Limit 10 bytes, a 4-byte stream buffer so lines arrive in several chunks.
        String text = "0123456789\n" + "0123456789A\n" + "x".repeat(1000) + "\r\n" + "ok\r\n" + "0123456789\r\n"
                + "0123456789A\r\n" + "y".repeat(37);
        ByteLineReader r = new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 4, 10);
        List<String> lines = new ArrayList<>();
        int maxBuffer = 0;
        while (r.next()) {
            lines.add(r.tooLong() ? "too long: " + r.lineBytes()
                    : new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8) + " " + r.lineBytes());
            maxBuffer = Math.max(maxBuffer, r.bytes().length);
        }
        assertEquals(List.of("0123456789 10", "too long: 11", "too long: 1000", "ok 2", "0123456789 10", "too long: 11",
                "too long: 37"), lines);
        assertTrue(maxBuffer <= 1024, "buffer " + maxBuffer); // never grew past its initial size
        assertEquals(text.length(), r.position());
    }

    @Test
    void theBufferNeverHoldsMoreThanTheLimitPlusACarriageReturn() throws Exception {
        ByteLineReader r = new ByteLineReader(new ByteArrayInputStream(("z".repeat(5000) + "\r\n" + "w".repeat(5001)
                + "\n").getBytes(StandardCharsets.UTF_8)), 64, 5000);
        assertTrue(r.next());
        assertFalse(r.tooLong());
        assertEquals(5000, r.length());
        assertTrue(r.bytes().length <= 5001, "buffer " + r.bytes().length);
        assertTrue(r.next());
        assertTrue(r.tooLong());
        assertEquals(5001, r.lineBytes());
        assertFalse(r.next());
    }

    @Test
    void aBufferOfAGibibyteStillDoublesInsteadOfGrowingByOneChunk() {
        int gib = 1 << 30;
        // length * 2 overflowed past 1 GiB, so every 64 KB chunk copied the whole buffer again.
        assertEquals(ByteLineReader.MAX_LINE + 1, ByteLineReader.newCapacity(gib, gib + 65536, ByteLineReader.MAX_LINE + 1));
        assertEquals(gib + 65536, ByteLineReader.newCapacity(gib, gib + 65536, gib + 65536));
        assertEquals(2048, ByteLineReader.newCapacity(1024, 1100, Integer.MAX_VALUE - 16));
        assertEquals(5000, ByteLineReader.newCapacity(1024, 5000, Integer.MAX_VALUE - 16));
        assertEquals(3000, ByteLineReader.newCapacity(2048, 2100, 3000));
    }
}
