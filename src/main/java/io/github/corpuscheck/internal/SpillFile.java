package io.github.corpuscheck.internal;

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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Per-document values a check computes on the first pass but needs only for a few documents in the corpus phase,
 * written to a temporary file in the output directory instead of being kept in memory or recomputed by re-reading
 * the documents. Memory holds one offset per document; the file is deleted by {@link #close}. Documents without an
 * entry (replayed from the incremental cache, or when the file cannot be written) are the caller's to handle.
 *
 * <p>Appends come from the engine thread in reading order; after {@link #finishWriting} reads may come from several
 * threads at once. Little-endian.
 */
public final class SpillFile implements AutoCloseable {

    /** Windows cannot delete a mapped file until the mapping is garbage-collected: plain reads there. */
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    static final long SEGMENT = 1L << 30;

    private final Path directory;
    private final String prefix;
    private final boolean map;
    private Path file;
    private FileChannel channel;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long written;
    /** Byte offset of each document's entry, or -1. */
    private long[] offsets = new long[1024];
    /** Byte length of each document's entry. */
    private int[] lengths = new int[1024];
    private boolean failed;
    /** The longest entry, so that a mapped segment holds every entry that starts in it. */
    private int longest;
    /** Read-only mappings of the file, each {@link #SEGMENT} bytes of starts plus {@link #longest} bytes. */
    private MappedByteBuffer[] segments;

    /**
     * The prefixes of every spill file. A run that is killed leaves its spill files (tens of MB) behind; the next run
     * removes files {@code <prefix>*.tmp} of these prefixes from the output folder, so a new prefix goes here.
     */
    public static final List<String> PREFIXES = List.of("duplicate-shingles-", "truncation-endings-");

    /** A spill file named {@code prefix*.tmp} in {@code directory}, created on the first append. */
    public SpillFile(Path directory, String prefix) {
        this(directory, prefix, !WINDOWS);
    }

    /** {@code map}: read entries through a memory mapping rather than with positional reads. */
    public SpillFile(Path directory, String prefix, boolean map) {
        if (!PREFIXES.contains(prefix)) {
            throw new IllegalArgumentException("Spill file prefix " + prefix + " is not in SpillFile.PREFIXES,"
                    + " so a killed run's leftovers would not be removed");
        }
        this.directory = directory;
        this.prefix = prefix;
        this.map = map;
        Arrays.fill(offsets, -1);
    }

    /**
     * Appends the document's entry, encoded by the caller (on a worker thread, so the engine thread only copies it).
     * A file that cannot be written drops every entry (the caller falls back to its other way).
     */
    public void append(int document, byte[] entry) {
        append(document, entry.length, b -> b.put(entry));
    }

    /**
     * Appends the document's entry of {@code bytes} bytes, written by {@code writer} into a buffer with that much
     * room. A file that cannot be written drops every entry (the caller falls back to its other way).
     */
    public void append(int document, int bytes, Consumer<ByteBuffer> writer) {
        if (failed) {
            return;
        }
        try {
            if (channel == null) {
                Files.createDirectories(directory);
                file = Files.createTempFile(directory, prefix, ".tmp");
                file.toFile().deleteOnExit();
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            if (out.remaining() < bytes) {
                flush();
            }
            if (document >= offsets.length) {
                int old = offsets.length;
                offsets = Arrays.copyOf(offsets, Math.max(document + 1, old * 2));
                lengths = Arrays.copyOf(lengths, offsets.length);
                Arrays.fill(offsets, old, offsets.length, -1);
            }
            offsets[document] = written + out.position();
            lengths[document] = bytes;
            longest = Math.max(longest, bytes);
            if (bytes > out.capacity()) { // a huge entry: written on its own
                ByteBuffer big = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
                writer.accept(big);
                big.flip();
                while (big.hasRemaining()) {
                    written += channel.write(big, written);
                }
                return;
            }
            writer.accept(out);
        } catch (IOException e) {
            failed = true;
            Arrays.fill(offsets, -1);
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
    public boolean finishWriting() {
        if (channel == null || failed) {
            return false;
        }
        try {
            flush();
            if (map) {
                // Mapped, so that reading an entry is a memory read rather than a system call.
                segments = new MappedByteBuffer[(int) ((written + SEGMENT - 1) / SEGMENT)];
                for (int i = 0; i < segments.length; i++) {
                    long from = i * SEGMENT;
                    segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(written - from, SEGMENT + longest));
                }
            }
            return true;
        } catch (IOException e) {
            failed = true;
            return false;
        }
    }

    public boolean has(int document) {
        return !failed && document < offsets.length && offsets[document] >= 0;
    }

    /** The document's entry (position 0, limit its length, little-endian). Thread-safe after {@link #finishWriting}. */
    public ByteBuffer read(int document) {
        long at = offsets[document];
        int length = lengths[document];
        if (segments != null) {
            // A duplicate of the segment per call: buffers keep a position, and reads run on several threads.
            ByteBuffer segment = segments[(int) (at / SEGMENT)].duplicate();
            int pos = (int) (at % SEGMENT);
            segment.position(pos).limit(pos + length);
            return segment.slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        try {
            long position = at;
            while (b.hasRemaining()) {
                int r = channel.read(b, position);
                if (r < 0) {
                    throw new IOException("unexpected end of file at " + position);
                }
                position += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back the temporary file " + file, e);
        }
        return b.flip();
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        segments = null; // unmapped when collected; deleting a mapped file is fine on Linux and macOS
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
