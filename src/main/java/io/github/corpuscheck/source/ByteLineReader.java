package io.github.corpuscheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads an input stream line by line as raw bytes (split at '\n', a trailing '\r' dropped), so each JSON Lines line
 * can be decoded and parsed on its own and a bad line never desynchronises the rest. Buffers are reused.
 */
final class ByteLineReader {

    static final int DEFAULT_BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long bytesRead;

    ByteLineReader(InputStream in) {
        this(in, DEFAULT_BUFFER);
    }

    ByteLineReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /**
     * Fills the buffer with up to {@code n} bytes without consuming them and returns the offset of the first NUL byte
     * among them, or -1; {@code lineOf[0]} gets its 1-based line.
     */
    long firstNul(int n, int[] lineOf) throws IOException {
        while (limit < Math.min(n, buf.length) && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
                bytesRead += r;
            }
        }
        int lines = 1;
        for (int i = 0; i < Math.min(limit, n); i++) {
            if (buf[i] == 0) {
                lineOf[0] = lines;
                return i;
            }
            if (buf[i] == '\n') {
                lines++;
            }
        }
        return -1;
    }

    /** Reads the next line; false at the end of the stream. The line is in {@link #bytes()} up to {@link #length()}. */
    boolean next() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    break;
                }
            }
            any = true;
            int start = pos;
            int lim = limit;
            int i = indexOfNewline(buf, start, lim);
            append(start, i - start);
            if (i < lim) {
                pos = i + 1;
                trimCr();
                return true;
            }
            pos = lim;
        }
        trimCr();
        return any;
    }

    /** Skips the next line without copying it; false at the end of the stream. */
    boolean skip() throws IOException {
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    return any;
                }
            }
            any = true;
            int i = indexOfNewline(buf, pos, limit);
            if (i < limit) {
                pos = i + 1;
                return true;
            }
            pos = limit;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The index of the first '\n' in {@code b[from, to)}, or {@code to}. Eight bytes at a time (the classic test for a
     * zero byte applied to the bytes xor '\n'): line ends are searched in every byte of the corpus, twice on re-reads.
     */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLength;
    }

    /** Offset in the stream of the next line (the bytes before it were returned or skipped). */
    long position() {
        return bytesRead - (limit - pos);
    }

    /** Bytes taken from the stream so far. */
    long bytesRead() {
        return bytesRead;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        int r = in.read(buf, 0, buf.length);
        while (r == 0) {
            r = in.read(buf, 0, buf.length);
        }
        if (r < 0) {
            eof = true;
            return false;
        }
        limit = r;
        bytesRead += r;
        return true;
    }

    private void append(int from, int n) {
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(buf, from, line, lineLength, n);
        lineLength += n;
    }

    private void trimCr() {
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
    }
}
