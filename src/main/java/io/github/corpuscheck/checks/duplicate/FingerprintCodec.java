package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Stores a {@link Fingerprint} in the incremental cache: every field, arrays with their length (-1 for none); the
 * transfer form also the exact shingle set, which is never cached.
 */
final class FingerprintCodec implements StateCodec<Fingerprint> {

    static final FingerprintCodec INSTANCE = new FingerprintCodec(false);
    /** Also the exact shingle set, for fingerprints that travel to the process that spills them. */
    static final FingerprintCodec TRANSFER = new FingerprintCodec(true);

    private final boolean exact;

    private FingerprintCodec(boolean exact) {
        this.exact = exact;
    }

    @Override
    public void write(DataOutput out, Fingerprint f) throws IOException {
        out.writeLong(f.textHash());
        out.writeInt(f.words());
        out.writeInt(f.chars());
        long[] p = f.paragraphHashes();
        out.writeInt(p == null ? -1 : p.length);
        if (p != null) {
            for (long h : p) {
                out.writeLong(h);
            }
        }
        out.writeInt(f.lastParagraphLength());
        int[] b = f.bandKeys();
        out.writeInt(b == null ? -1 : b.length);
        if (b != null) {
            for (int k : b) {
                out.writeInt(k);
            }
        }
        out.writeInt(f.dateKey());
        if (exact) {
            byte[] e = f.exact() == null ? null : f.exact().entry();
            out.writeInt(e == null ? -1 : e.length);
            if (e != null) {
                out.write(e);
            }
        }
    }

    @Override
    public Fingerprint read(DataInput in) throws IOException {
        long textHash = in.readLong();
        int words = in.readInt();
        int chars = in.readInt();
        int n = in.readInt();
        long[] p = n < 0 ? null : new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = in.readLong();
        }
        int last = in.readInt();
        int m = in.readInt();
        int[] b = m < 0 ? null : new int[m];
        for (int i = 0; i < m; i++) {
            b[i] = in.readInt();
        }
        int dateKey = in.readInt();
        Fingerprint.ExactShingles shingles = null;
        if (exact) {
            int n2 = in.readInt();
            if (n2 >= 0) {
                byte[] e = new byte[n2];
                in.readFully(e);
                shingles = new Fingerprint.ExactShingles(e);
            }
        }
        return new Fingerprint(textHash, words, chars, p, last, b, dateKey, shingles);
    }
}
