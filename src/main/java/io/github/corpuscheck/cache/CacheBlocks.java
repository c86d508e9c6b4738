package io.github.corpuscheck.cache;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The framing of the cache file after its magic and format: a sequence of blocks, each its payload length (1 to
 * {@link #MAX_PAYLOAD} bytes), the payload and a checksum, then an empty block that ends the file. The checksum is
 * XXH3 of the block's sequence number, length and payload, so a changed, lost, repeated or reordered block is
 * caught. Every section (the header, each corpus file's entry, the memo) ends a block, and the reader checks each
 * block before it hands out any of its bytes, and every length against the bytes the file still holds before it
 * allocates: a damaged cache is refused before any of its values is used.
 */
final class CacheBlocks {

    /** The largest payload of one block: what the reader holds in memory at once. */
    static final int MAX_PAYLOAD = 1 << 16;
    /** Length and checksum around each payload. */
    static final int OVERHEAD = 4 + 8;

    /**
     * Stored: every block's checksum is kept in the cache file and recomputed by the next run that reads it. XXH3-64
     * without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    private CacheBlocks() {}

    /** The checksum of block number {@code sequence} (from 0) with {@code length} bytes of payload. */
    static long checksum(long sequence, byte[] payload, int length) {
        return XXH3.hashStream().putLong(sequence).putInt(length).putBytes(payload, 0, length).getAsLong();
    }

    /** Cuts what is written into checksummed blocks. */
    static final class Output extends OutputStream {
        private final DataOutputStream raw;
        private final byte[] buf = new byte[MAX_PAYLOAD];
        private int n;
        private long sequence;

        Output(OutputStream raw) {
            this.raw = new DataOutputStream(raw);
        }

        @Override
        public void write(int b) throws IOException {
            if (n == buf.length) {
                block();
            }
            buf[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (n == buf.length) {
                    block();
                }
                int k = Math.min(len, buf.length - n);
                System.arraycopy(b, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        /** Ends a section: what was written so far goes into a block of its own. */
        void endSection() throws IOException {
            if (n > 0) {
                block();
            }
        }

        /** Ends the last section and writes the empty block that ends the file. */
        void finish() throws IOException {
            endSection();
            block();
            raw.flush();
        }

        private void block() throws IOException {
            raw.writeInt(n);
            raw.write(buf, 0, n);
            raw.writeLong(checksum(sequence++, buf, n));
            n = 0;
        }
    }

    /** Hands out the payload of checked blocks; {@link #remaining} bounds what is left to read. */
    static final class Input extends InputStream {
        private final DataInputStream raw;
        private long rawRemaining;
        private long offset;
        private final byte[] buf = new byte[MAX_PAYLOAD];
        private int n;
        private int pos;
        private long sequence;
        private boolean ended;

        /**
         * @param raw the file after its magic and format
         * @param offset where {@code raw} starts in the file (for messages)
         * @param length how many bytes {@code raw} holds
         */
        Input(InputStream raw, long offset, long length) {
            this.raw = new DataInputStream(raw);
            this.offset = offset;
            this.rawRemaining = length;
        }

        /** At most this many payload bytes are left. */
        long remaining() {
            return n - pos + Math.max(0, rawRemaining - OVERHEAD);
        }

        @Override
        public int read() throws IOException {
            if (pos == n && !next()) {
                return -1;
            }
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == n && !next()) {
                return -1;
            }
            int k = Math.min(len, n - pos);
            System.arraycopy(buf, pos, b, off, k);
            pos += k;
            return k;
        }

        /** Checks that every value was read: the end block follows, and nothing after it. */
        void expectEnd() throws IOException {
            if (pos < n || next()) {
                throw new CorruptCacheException("values left unread before byte " + offset);
            }
        }

        private boolean next() throws IOException {
            if (ended) {
                return false;
            }
            long at = offset;
            if (rawRemaining < OVERHEAD) {
                throw new CorruptCacheException("the file ends at byte " + (at + rawRemaining) + " without its end block");
            }
            int length = raw.readInt();
            if (length < 0 || length > MAX_PAYLOAD || length > rawRemaining - OVERHEAD) {
                throw new CorruptCacheException("block " + sequence + " at byte " + at + " claims " + length
                        + " bytes; " + Math.min(MAX_PAYLOAD, Math.max(0, rawRemaining - OVERHEAD)) + " at most are possible");
            }
            try {
                raw.readFully(buf, 0, length);
                long sum = raw.readLong();
                rawRemaining -= length + OVERHEAD;
                offset += length + OVERHEAD;
                if (sum != checksum(sequence, buf, length)) {
                    throw new CorruptCacheException("block " + sequence + " at byte " + at + " fails its checksum");
                }
            } catch (EOFException e) {
                throw new CorruptCacheException("the file is shorter than its size said (block " + sequence + ")");
            }
            sequence++;
            n = length;
            pos = 0;
            if (length == 0) {
                ended = true;
                if (rawRemaining != 0 || raw.read() != -1) {
                    throw new CorruptCacheException("bytes after the end block at byte " + offset);
                }
                return false;
            }
            return true;
        }
    }
}
