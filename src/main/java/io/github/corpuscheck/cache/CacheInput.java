package io.github.corpuscheck.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The values of a cache file as read back. Every count or length read from the file goes through {@link #count}
 * before anything of that size is allocated: a length the remaining bytes cannot hold is damage, not an
 * allocation of gigabytes.
 */
final class CacheInput extends DataInputStream {

    private final LongSupplier remaining;

    private CacheInput(InputStream in, LongSupplier remaining) {
        super(in);
        this.remaining = remaining;
    }

    /** Over the checked blocks of a cache file. */
    static CacheInput of(CacheBlocks.Input blocks) {
        return new CacheInput(blocks, blocks::remaining);
    }

    /** Over plain bytes. */
    static CacheInput of(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new CacheInput(in, in::available);
    }

    /**
     * {@code n}, when {@code n} items of at least {@code bytesEach} bytes each fit in what is left to read.
     *
     * @param what what is counted, for the message
     */
    int count(int n, int bytesEach, String what) throws CorruptCacheException {
        long left = remaining.getAsLong();
        if (n < 0 || (long) n * bytesEach > left) {
            throw new CorruptCacheException(what + ": " + n + " claimed, " + left + " bytes left");
        }
        return n;
    }
}
