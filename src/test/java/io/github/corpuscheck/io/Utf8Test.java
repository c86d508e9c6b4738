package io.github.corpuscheck.io;

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
}
