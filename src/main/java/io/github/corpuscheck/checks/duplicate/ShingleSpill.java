package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.internal.SpillFile;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The exact shingle sets of the first pass, spilled to a temporary file ({@link SpillFile}, about 2 KB per article)
 * so that verifying candidate pairs reads them back instead of re-reading, re-parsing and re-tokenising the texts.
 * Documents without an entry (replayed from the incremental cache, too short to compare) are verified by
 * re-reading. An entry: shingle count, figure count, then the two lists of ints.
 */
final class ShingleSpill implements AutoCloseable {

    private final SpillFile file;

    ShingleSpill(Path directory) {
        this.file = new SpillFile(directory, "duplicate-shingles-");
    }

    /** {@code map}: read entries through a memory mapping rather than with positional reads. */
    ShingleSpill(Path directory, boolean map) {
        this.file = new SpillFile(directory, "duplicate-shingles-", map);
    }

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The entry of a document whose shingle hashes are {@code shingles[0..n)} and figure codes {@code figures[0..m)}:
     * their high 32 bits, the values {@link Fingerprinter#profile} keeps on a re-read, little-endian, after the two
     * counts.
     */
    static Fingerprint.ExactShingles entry(long[] shingles, int n, long[] figures, int m) {
        byte[] b = new byte[8 + 4 * (n + m)];
        INTS.set(b, 0, n);
        INTS.set(b, 4, m);
        int at = 8;
        for (int k = 0; k < n; k++, at += 4) {
            INTS.set(b, at, (int) (shingles[k] >>> 32));
        }
        for (int k = 0; k < m; k++, at += 4) {
            INTS.set(b, at, (int) (figures[k] >>> 32));
        }
        return new Fingerprint.ExactShingles(b);
    }

    void append(int document, Fingerprint.ExactShingles exact) {
        file.append(document, exact.entry());
    }

    boolean finishWriting() {
        return file.finishWriting();
    }

    boolean has(int document) {
        return file.has(document);
    }

    /** The document's profile, as {@link Fingerprinter#profile} computes it from the text. Thread-safe. */
    ShingleProfile load(int document, int words) {
        return profile(file.read(document), words);
    }

    /** The profile in an entry ({@link #entry}; little-endian). */
    static ShingleProfile profile(ByteBuffer b, int words) {
        int n = b.getInt(0);
        int m = b.getInt(4);
        // Absolute reads in a plain loop: far less code for the JIT to compile than an IntBuffer view's bulk get.
        int[] shingles = new int[n];
        for (int k = 0; k < n; k++) {
            shingles[k] = b.getInt(8 + 4 * k);
        }
        int[] figures = new int[m];
        for (int k = 0, at = 8 + 4 * n; k < m; k++) {
            figures[k] = b.getInt(at + 4 * k);
        }
        return new ShingleProfile(new IntSet(shingles, n), new IntSet(figures, m), words);
    }

    @Override
    public void close() {
        file.close();
    }
}
