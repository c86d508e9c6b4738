package io.github.corpuscheck.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), with a fast path for
 * ASCII. Used so JSON Lines lines can go to the byte-based JSON parser while bad bytes are still reported as
 * {@code input.encoding}.
 */
final class Utf8 {

    private Utf8() {}

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static boolean isValid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            // Eight ASCII bytes at a time (no byte has its high bit set): most text is ASCII.
            while (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= to) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2 || c > 0xF4) {
                return false;
            }
            if (c < 0xE0) {
                if (i + 1 >= to || !cont(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= to) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (!cont(b[i + 1]) || !cont(b[i + 2])
                        || (c == 0xE0 && c1 < 0xA0) // overlong
                        || (c == 0xED && c1 > 0x9F)) { // surrogates
                    return false;
                }
                i += 3;
            } else {
                if (i + 3 >= to) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (!cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])
                        || (c == 0xF0 && c1 < 0x90) // overlong
                        || (c == 0xF4 && c1 > 0x8F)) { // above U+10FFFF
                    return false;
                }
                i += 4;
            }
        }
        return true;
    }

    private static boolean cont(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
