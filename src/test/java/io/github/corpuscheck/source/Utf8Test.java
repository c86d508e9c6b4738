package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    private static boolean valid(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8.isValid(b, 0, b.length);
    }

    @Test
    void acceptsWellFormedText() {
        byte[] s = "plain, caf\u00e9, \u2013 dash, \u4e2d, \ud83d\ude00".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8.isValid(s, 0, s.length));
        assertTrue(valid(0xF4, 0x8F, 0xBF, 0xBF)); // U+10FFFF
    }

    @Test
    void rejectsWhatTheDecoderRejects() {
        assertFalse(valid(0xFF));
        assertFalse(valid(0xC3, 0x28)); // bad continuation
        assertFalse(valid(0xC0, 0xAF)); // overlong '/'
        assertFalse(valid(0xE0, 0x80, 0xAF)); // overlong
        assertFalse(valid(0xED, 0xA0, 0x80)); // surrogate
        assertFalse(valid(0xF4, 0x90, 0x80, 0x80)); // above U+10FFFF
        assertFalse(valid(0x41, 0xE2, 0x80)); // truncated at the end
    }

    @Test
    void agreesWithTheJdkDecoderOnLongAsciiRunsWithBadBytesAnywhere() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(60)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ('a' + random.nextInt(26));
            }
            int bad = random.nextInt(4);
            for (int k = 0; k < bad && b.length > 0; k++) {
                b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(128)); // a lone or misplaced high byte
            }
            if (random.nextBoolean() && b.length >= 3) {
                int at = random.nextInt(b.length - 2);
                b[at] = (byte) 0xE2; // a well-formed three-byte character ("–")
                b[at + 1] = (byte) 0x80;
                b[at + 2] = (byte) 0x93;
            }
            int from = random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            boolean jdk;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, from, to - from));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            assertEquals(jdk, Utf8.isValid(b, from, to), java.util.Arrays.toString(b) + " " + from + ".." + to);
        }
    }
}
