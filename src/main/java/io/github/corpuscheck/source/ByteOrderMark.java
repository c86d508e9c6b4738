package io.github.corpuscheck.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-16 or UTF-32 byte-order mark at the start of a file, which decides the file's encoding whatever
 * {@code encoding} says: such a file would otherwise look binary (NUL bytes) or decode to noise. (A UTF-8 mark needs
 * no decision: it is dropped after decoding.)
 *
 * @param charset the encoding the mark announces
 * @param length the mark's length in bytes
 */
record ByteOrderMark(Charset charset, int length) {

    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** The mark at the start of {@code b[0, n)}, or {@code null}. UTF-32 LE is tested before UTF-16 LE, its prefix. */
    static ByteOrderMark of(byte[] b, int n) {
        if (n >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return new ByteOrderMark(UTF_32LE, 4);
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return new ByteOrderMark(UTF_32BE, 4);
        }
        if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }
}
