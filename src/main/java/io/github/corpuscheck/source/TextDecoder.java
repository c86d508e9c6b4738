package io.github.corpuscheck.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes in the configured charset, noting invalid sequences instead of hiding them: each one becomes
 * U+FFFD and the first one's byte offset and line are kept for an {@code input.encoding} finding. Not thread-safe;
 * the output buffer is reused between calls.
 */
final class TextDecoder {

    private final Charset charset;
    private final CharsetDecoder decoder;
    private CharBuffer out = CharBuffer.allocate(8192);

    /** Invalid sequences in the last decode. */
    int badSequences;
    /** Byte offset (from the start of the decoded range) of the first invalid sequence, or -1. */
    long firstBadByte;
    /** 0-based line (count of '\n' decoded before it) of the first invalid sequence, or -1. */
    int firstBadLine;

    TextDecoder(Charset charset) {
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    Charset charset() {
        return charset;
    }

    /** True for charsets whose text legitimately holds NUL bytes (UTF-16/32), where the binary sniff is off. */
    boolean wideCharset() {
        String n = charset.name();
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    /** Decodes {@code len} bytes; the result is in {@link #chars()} up to {@link #length()}. */
    void decode(byte[] bytes, int offset, int len) {
        badSequences = 0;
        firstBadByte = -1;
        firstBadLine = -1;
        decoder.reset();
        out.clear();
        int need = (int) Math.min(Integer.MAX_VALUE - 16L, (long) (len * (double) decoder.averageCharsPerByte()) + 16);
        if (out.capacity() < need) {
            out = CharBuffer.allocate(need);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, len);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isOverflow()) {
                grow();
            } else {
                if (badSequences++ == 0) {
                    firstBadByte = in.position() - offset;
                    firstBadLine = countNewlines(out.position());
                }
                if (!out.hasRemaining()) {
                    grow();
                }
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            }
        }
        while (decoder.flush(out).isOverflow()) {
            grow();
        }
    }

    char[] chars() {
        return out.array();
    }

    int length() {
        return out.position();
    }

    String string() {
        return new String(out.array(), 0, out.position());
    }

    private int countNewlines(int upTo) {
        char[] a = out.array();
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (a[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Drops a very large output buffer after a big file, so it is not kept for the rest of the run. */
    void release() {
        if (out.capacity() > (1 << 20)) {
            out = CharBuffer.allocate(8192);
        }
    }

    private void grow() {
        CharBuffer bigger = CharBuffer.allocate(Math.max(64, out.capacity() * 2));
        out.flip();
        bigger.put(out);
        out = bigger;
    }
}
