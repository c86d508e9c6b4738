package io.github.corpuscheck.check.duplicate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

    ShingleSpill(Path directory) {
        this.directory = directory;
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
        try {
            long at = offsets[document];
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(head, at);
            int n = head.getInt(0);
            int m = head.getInt(4);
            ByteBuffer body = ByteBuffer.allocate(4 * (n + m)).order(ByteOrder.LITTLE_ENDIAN);
            readFully(body, at + 8);
            int[] shingles = new int[n];
            int[] figures = new int[m];
            body.flip();
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
