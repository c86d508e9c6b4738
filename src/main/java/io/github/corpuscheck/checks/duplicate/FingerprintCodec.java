package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Stores a {@link Fingerprint} in the incremental cache: every field, arrays with their length (-1 for none). */
final class FingerprintCodec implements StateCodec<Fingerprint> {

    static final FingerprintCodec INSTANCE = new FingerprintCodec();

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
        return new Fingerprint(textHash, words, chars, p, last, b, in.readInt(), null);
    }
}
