package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8TranscoderTest {

    /** Random text with ASCII, two- and three-byte characters and surrogate pairs, across many 8 KB chunks. */
    private static String randomText(SplittableRandom random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 5) {
                sb.append((char) (' ' + random.nextInt(95)));
            } else if (pick < 6) {
                sb.append('\n');
            } else if (pick < 7) {
                sb.append((char) (0x80 + random.nextInt(0x780)));
            } else if (pick < 9) {
                sb.append((char) (0x800 + random.nextInt(0xD000 - 0x800)));
            } else {
                sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return sb.toString();
    }

    @Test
    void wideEncodingsBecomeTheSameBytesAsUtf8() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, ByteOrderMark.UTF_32LE,
                ByteOrderMark.UTF_32BE}) {
            for (int round = 0; round < 5; round++) {
                String text = randomText(random, 1 + random.nextInt(40_000));
                InputStream in = new Utf8Transcoder(new ByteArrayInputStream(text.getBytes(cs)), cs);
                // Odd read sizes, so reads end inside characters.
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buf = new byte[1 + random.nextInt(5000)];
                int n;
                while ((n = in.read(buf, 0, 1 + random.nextInt(buf.length))) >= 0) {
                    out.write(buf, 0, n);
                }
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(), cs + " round " + round);
            }
        }
    }

    @Test
    void invalidSequencesBecomeAByteNeverValidInUtf8() throws Exception {
        byte[] bad = {'a', 0, 0x00, (byte) 0xDC, 'b', 0, 0x3D}; // a, lone low surrogate, b, half a char
        byte[] out = new Utf8Transcoder(new ByteArrayInputStream(bad), StandardCharsets.UTF_16LE).readAllBytes();
        assertArrayEquals(new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xFF}, out);
    }
}
