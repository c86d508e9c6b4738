package io.github.corpuscheck.check.duplicate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The exact shingle sets of the first pass, spilled to a temporary file in reading order so that verifying candidate
 * pairs reads a few kilobytes per document back instead of re-reading, re-parsing and re-tokenising its text. Memory
 * holds one offset per document; the file (about 2 KB per article) is deleted by {@link #close}. Documents without
 * an entry (replayed from the incremental cache, too short to compare) are verified by re-reading.
 *
 * <p>Appends come from the engine thread in reading order; reads may come from several threads at once.
 */
final class ShingleSpill implements AutoCloseable {

    private final Path directory;
    private Path file;
    private FileChannel channel;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long written;
    /** Byte offset of each document's entry, or -1. */
    private long[] offsets = new long[1024];
    private boolean failed;
    /** The longest entry, so that a mapped segment holds every entry that starts in it. */
    private int longest;
    /** Read-only mappings of the file, each {@link #SEGMENT} bytes of starts plus {@link #longest} bytes. */
    private MappedByteBuffer[] segments;
    static final long SEGMENT = 1L << 30;

    /** Windows cannot delete a mapped file until the mapping is garbage-collected: plain reads there. */
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    private final boolean map;

    ShingleSpill(Path directory) {
        this(directory, !WINDOWS);
    }

    /** {@code map}: read entries through a memory mapping rather than with positional reads. */
    ShingleSpill(Path directory, boolean map) {
        this.directory = directory;
        this.map = map;
        Arrays.fill(offsets, -1);
    }

    /** Appends the document's exact shingles; a file that cannot be written just leaves documents to re-reading. */
    void append(int document, Fingerprint.ExactShingles exact) {
        if (failed) {
            return;
        }
        try {
            if (channel == null) {
                Files.createDirectories(directory);
                file = Files.createTempFile(directory, "duplicate-shingles-", ".tmp");
                file.toFile().deleteOnExit();
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            int bytes = 8 + 4 * (exact.shingles().length + exact.figures().length);
            longest = Math.max(longest, bytes);
            if (out.remaining() < bytes) {
                flush();
            }
            if (document >= offsets.length) {
                int old = offsets.length;
                offsets = Arrays.copyOf(offsets, Math.max(document + 1, old * 2));
                Arrays.fill(offsets, old, offsets.length, -1);
            }
            offsets[document] = written + out.position();
            if (bytes > out.capacity()) { // a huge document: write it on its own
                ByteBuffer big = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
                put(big, exact);
                big.flip();
                while (big.hasRemaining()) {
                    written += channel.write(big, written);
                }
                return;
            }
            put(out, exact);
        } catch (IOException e) {
            failed = true;
            Arrays.fill(offsets, -1);
        }
    }

    private static void put(ByteBuffer b, Fingerprint.ExactShingles exact) {
        b.putInt(exact.shingles().length).putInt(exact.figures().length);
        for (int v : exact.shingles()) {
            b.putInt(v);
        }
        for (int v : exact.figures()) {
            b.putInt(v);
        }
    }

    private void flush() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            written += channel.write(out, written);
        }
        out.clear();
    }

    /** Called once after the last append: makes the file readable. False when nothing can be read from it. */
    boolean finishWriting() {
        if (channel == null || failed) {
            return false;
        }
        try {
            flush();
            if (!map) {
                return true;
            }
            // Mapped, so that loading an entry is a memory read rather than a system call.
            segments = new MappedByteBuffer[(int) ((written + SEGMENT - 1) / SEGMENT)];
            for (int i = 0; i < segments.length; i++) {
                long from = i * SEGMENT;
                segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(written - from, SEGMENT + longest));
            }
            return true;
        } catch (IOException e) {
            failed = true;
            return false;
        }
    }

    boolean has(int document) {
        return !failed && document < offsets.length && offsets[document] >= 0;
    }

    /** The document's profile, as {@link Fingerprinter#profile} computes it from the text. Thread-safe. */
    ShingleProfile load(int document, int words) {
        long at = offsets[document];
        if (segments == null) {
            return read(at, words);
        }
        // A duplicate of the segment's buffer per call: buffers keep a position, and loads run on several threads.
        ByteBuffer segment = segments[(int) (at / SEGMENT)].duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int pos = (int) (at % SEGMENT);
        int n = segment.getInt(pos);
        int m = segment.getInt(pos + 4);
        int[] shingles = new int[n];
        int[] figures = new int[m];
        segment.position(pos + 8);
        java.nio.IntBuffer ints = segment.asIntBuffer();
        ints.get(shingles).get(figures);
        return new ShingleProfile(new IntSet(shingles, n), new IntSet(figures, m), words);
    }

    private ShingleProfile read(long at, int words) {
        try {
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(head, at);
            int n = head.getInt(0);
            int m = head.getInt(4);
            ByteBuffer body = ByteBuffer.allocate(4 * (n + m)).order(ByteOrder.LITTLE_ENDIAN);
            readFully(body, at + 8);
            body.flip();
            int[] shingles = new int[n];
            int[] figures = new int[m];
            body.asIntBuffer().get(shingles).get(figures);
            return new ShingleProfile(new IntSet(shingles, n), new IntSet(figures, m), words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back the duplicate check's temporary file " + file, e);
        }
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        long position = at;
        while (b.hasRemaining()) {
            int r = channel.read(b, position);
            if (r < 0) {
                throw new IOException("unexpected end of file at " + position);
            }
            position += r;
        }
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        segments = null; // unmapped when collected; deleting a mapped file is fine on Linux and macOS, not Windows
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary file under the output directory; deleteOnExit tries again
        }
        channel = null;
    }
}
