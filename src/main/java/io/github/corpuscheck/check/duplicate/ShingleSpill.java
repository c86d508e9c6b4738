package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.check.SpillFile;
import java.nio.ByteBuffer;
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

    void append(int document, Fingerprint.ExactShingles exact) {
        int[] shingles = exact.shingles();
        int[] figures = exact.figures();
        file.append(document, 8 + 4 * (shingles.length + figures.length), b -> {
            b.putInt(shingles.length).putInt(figures.length);
            for (int v : shingles) {
                b.putInt(v);
            }
            for (int v : figures) {
                b.putInt(v);
            }
        });
    }

    boolean finishWriting() {
        return file.finishWriting();
    }

    boolean has(int document) {
        return file.has(document);
    }

    /** The document's profile, as {@link Fingerprinter#profile} computes it from the text. Thread-safe. */
    ShingleProfile load(int document, int words) {
        ByteBuffer b = file.read(document);
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
