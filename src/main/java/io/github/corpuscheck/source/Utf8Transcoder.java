package io.github.corpuscheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Re-encodes a stream in a wide encoding (UTF-16, UTF-32) as UTF-8, so JSON Lines in those encodings can be split
 * into lines at the byte '\n' and parsed like any UTF-8 file. Each invalid input sequence becomes the byte 0xFF,
 * never valid in UTF-8, so the line holding it is reported as {@code input.encoding} by the usual check.
 */
final class Utf8Transcoder extends InputStream {

    private static final int CHUNK = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer input = ByteBuffer.allocate(CHUNK).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    /** UTF-8 bytes ready to be read: up to three per char, four per surrogate pair, one per invalid sequence. */
    private final byte[] out = new byte[3 * CHUNK + 16];
    private int outPos;
    private int outLimit;
    private boolean eof;
    private boolean finished;
    /** A high surrogate whose low half is in the next chunk of chars. */
    private char pendingHigh;

    Utf8Transcoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (outPos == outLimit && !refill()) {
            return -1;
        }
        int n = Math.min(len, outLimit - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    /** Decodes until some UTF-8 bytes are ready; false at the end of the stream. */
    private boolean refill() throws IOException {
        outPos = 0;
        outLimit = 0;
        while (outLimit == 0) {
            if (finished) {
                return false;
            }
            chars.clear();
            CoderResult r = decoder.decode(input, chars, eof);
            encode();
            if (r.isError()) {
                input.position(input.position() + r.length());
                out[outLimit++] = (byte) 0xFF;
            } else if (r.isUnderflow()) {
                if (eof) {
                    chars.clear();
                    decoder.flush(chars);
                    encode();
                    if (pendingHigh != 0) {
                        out[outLimit++] = (byte) 0xFF;
                        pendingHigh = 0;
                    }
                    finished = true;
                } else {
                    input.compact();
                    int n = in.read(input.array(), input.position(), input.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        input.position(input.position() + n);
                    }
                    input.flip();
                }
            }
            // Overflow: the chars were encoded; decode on.
        }
        return true;
    }

    /** Appends the decoded chars as UTF-8. */
    private void encode() {
        chars.flip();
        char[] c = chars.array();
        for (int i = chars.position(); i < chars.limit(); i++) {
            char ch = c[i];
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(ch)) {
                    int cp = Character.toCodePoint(high, ch);
                    out[outLimit++] = (byte) (0xF0 | (cp >>> 18));
                    out[outLimit++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
                    out[outLimit++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
                    out[outLimit++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                out[outLimit++] = (byte) 0xFF;
            }
            if (ch < 0x80) {
                out[outLimit++] = (byte) ch;
            } else if (ch < 0x800) {
                out[outLimit++] = (byte) (0xC0 | (ch >>> 6));
                out[outLimit++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch)) {
                pendingHigh = ch;
            } else if (Character.isLowSurrogate(ch)) {
                out[outLimit++] = (byte) 0xFF;
            } else {
                out[outLimit++] = (byte) (0xE0 | (ch >>> 12));
                out[outLimit++] = (byte) (0x80 | ((ch >>> 6) & 0x3F));
                out[outLimit++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
