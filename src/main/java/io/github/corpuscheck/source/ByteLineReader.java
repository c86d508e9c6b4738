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
 *
 * <p>A line longer than {@code maxLine} bytes is never held: once it would pass the limit its bytes are only counted
 * until its end, and {@link #tooLong()} says so. The line buffer grows by doubling up to that limit, so memory is
 * bounded by it and every byte is copied a bounded number of times.
 */
final class ByteLineReader {

    static final int DEFAULT_BUFFER = 1 << 16;
    /** The longest line limit: the buffer (limit plus a '\r') stays within the largest array a JVM allocates. */
    static final int MAX_LINE = Integer.MAX_VALUE - 17;
    private static final int INITIAL_LINE = 1024;

    private final InputStream in;
    private final byte[] buf;
    private final int maxLine;
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[INITIAL_LINE];
    private int lineLength;
    /** Bytes of the current line, also when it is too long to hold (without '\n'). */
    private long fullLength;
    private boolean tooLong;
    private byte lastByte;
    private long bytesRead;

    ByteLineReader(InputStream in) {
        this(in, DEFAULT_BUFFER, MAX_LINE);
    }

    /** @param maxLine lines longer than this many bytes (not counting their line end) are skipped, not held */
    ByteLineReader(InputStream in, int bufferSize, long maxLine) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.maxLine = (int) Math.max(0, Math.min(maxLine, MAX_LINE));
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

    /**
     * Reads the next line; false at the end of the stream. The line is in {@link #bytes()} up to {@link #length()},
     * unless it was {@link #tooLong()}: then it was skipped and only {@link #lineBytes()} is known.
     */
    boolean next() throws IOException {
        lineLength = 0;
        fullLength = 0;
        tooLong = false;
        lastByte = 0;
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
                endLine();
                return true;
            }
            pos = lim;
        }
        endLine();
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

    /** True when the last line read was longer than the limit and was skipped ({@link #length()} is then 0). */
    boolean tooLong() {
        return tooLong;
    }

    /** The length in bytes of the last line read, without its line end; also for a line that was too long. */
    long lineBytes() {
        return fullLength;
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

    /**
     * Adds {@code n} bytes of the buffer to the current line; the limit is checked before they are copied (one byte
     * more is held for a '\r' that {@link #endLine} drops).
     */
    private void append(int from, int n) {
        if (n == 0) {
            return;
        }
        fullLength += n;
        lastByte = buf[from + n - 1];
        if (tooLong) {
            return;
        }
        if ((long) lineLength + n > maxLine + 1L) {
            skipLine();
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, newCapacity(line.length, lineLength + n, maxLine + 1));
        }
        System.arraycopy(buf, from, line, lineLength, n);
        lineLength += n;
    }

    /**
     * The buffer size for {@code needed} bytes ({@code needed <= limit}): double the current size (computed in
     * {@code long}: doubling a 1 GiB buffer must not overflow into growing by one chunk at a time), at most the limit.
     */
    static int newCapacity(int current, int needed, int limit) {
        return (int) Math.min(Math.max(2L * current, needed), limit);
    }

    /** The current line is too long: drop what was held (and a large buffer) and only count the rest. */
    private void skipLine() {
        tooLong = true;
        lineLength = 0;
        if (line.length > 1 << 20) {
            line = new byte[INITIAL_LINE];
        }
    }

    private void endLine() {
        if (lastByte == '\r') {
            fullLength--;
        }
        if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        if (!tooLong && lineLength > maxLine) {
            skipLine();
        }
    }
}
