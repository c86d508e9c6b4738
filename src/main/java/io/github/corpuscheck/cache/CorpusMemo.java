package io.github.corpuscheck.cache;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What the corpus phase learnt from re-reading documents (a pair's exact scores, a text's ending, a URL...), kept
 * in the incremental cache so that a later run over the same content need not read those documents again.
 *
 * <p>Values are keyed by content, never by document index: a document's key is a hash of its fields and paragraph
 * texts ({@link #documentKey(Document)}), and a value's key a hash of a namespace and the keys of the documents it
 * depends on ({@link #key}). An edit to one document of a large JSON Lines file thus recomputes only the values
 * about that document. A check asks {@link #get} first and re-reads only the documents whose
 * values are missing, then {@link #put}s what it computed. A value must be exactly what the re-read would give, so
 * the report does not depend on where it came from.
 *
 * <p>Only values asked for or added in this run are written back, so the memo never outgrows what one run needs.
 * Stored compactly: sorted keys, value end offsets and one byte array. Thread-safe.
 */
public final class CorpusMemo implements io.github.corpuscheck.api.Memo {

    /**
     * Stored: document content keys and value keys are kept in the cache and looked up by later runs. XXH3-64 without
     * seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    /** No memo (cache off): knows no document, finds nothing, keeps nothing. */
    public static final CorpusMemo OFF = new CorpusMemo(Stored.EMPTY, false);

    /** Keys, end offsets and bytes of a memo as stored; {@code keys} ascending and distinct. */
    public record Stored(long[] keys, int[] ends, byte[] data) {
        static final Stored EMPTY = new Stored(new long[0], new int[0], new byte[0]);

        int size() {
            return keys.length;
        }
    }

    private final boolean on;
    private final Stored previous;
    /** Document key by index (0: unknown, e.g. a file that could not be hashed). */
    private long[] documentKeys = new long[0];
    private long[] keptKeys = new long[256];
    private int[] keptEnds = new int[256];
    private byte[] keptData = new byte[4096];
    private int kept;
    private int keptBytes;
    /** Values of the previous run asked for in this one. */
    private final BitSet reused = new BitSet();
    private int added;

    public CorpusMemo(Stored previous, boolean on) {
        this.previous = previous;
        this.on = on;
    }

    /** The content key of a document, or 0 when it has none (then nothing about it is remembered). */
    public synchronized long documentKey(int index) {
        return index >= 0 && index < documentKeys.length ? documentKeys[index] : 0;
    }

    /** The key of a value about one document, or 0 when the document has no content key. */
    public long key(String namespace, int document) {
        long d = documentKey(document);
        return d == 0 ? 0 : mix(namespace, d, 0);
    }

    /** The key of a value about an ordered pair of documents, or 0 when either has no content key. */
    public long key(String namespace, int first, int second) {
        long a = documentKey(first);
        long b = documentKey(second);
        return a == 0 || b == 0 ? 0 : mix(namespace, a, b);
    }

    /** The value stored under {@code key} by this or an earlier run, or {@code null}. Kept for the next run. */
    public synchronized byte[] get(long key) {
        if (!on || key == 0) {
            return null;
        }
        int i = Arrays.binarySearch(previous.keys, key);
        if (i < 0) {
            return null;
        }
        int from = i == 0 ? 0 : previous.ends[i - 1];
        byte[] value = Arrays.copyOfRange(previous.data, from, previous.ends[i]);
        if (!reused.get(i)) {
            reused.set(i);
            keep(key, value);
        }
        return value;
    }

    /** Remembers a value for later runs (ignored when the key is 0 or the memo is off). */
    public synchronized void put(long key, byte[] value) {
        if (!on || key == 0) {
            return;
        }
        keep(key, value);
        added++;
    }

    /** {@link #get} for a value stored by {@link #putText}. */
    public String getText(long key) {
        byte[] b = get(key);
        if (b == null) {
            return null;
        }
        char[] chars = new char[b.length / 2];
        ByteBuffer.wrap(b).asCharBuffer().get(chars);
        return new String(chars);
    }

    /**
     * {@link #put} for a string, stored as its UTF-16 code units: unlike a charset encoder this keeps even a lone
     * surrogate (JSON can carry one), so the string read back is always the one put.
     */
    public void putText(long key, String value) {
        ByteBuffer b = ByteBuffer.allocate(value.length() * 2);
        b.asCharBuffer().put(value);
        put(key, b.array());
    }

    // ---- engine side ----

    public void setDocumentKey(int index, long key) {
        if (!on) {
            return;
        }
        synchronized (this) {
            if (index >= documentKeys.length) {
                documentKeys = Arrays.copyOf(documentKeys, Math.max(index + 1, documentKeys.length * 3 / 2 + 16));
            }
            documentKeys[index] = key;
        }
    }

    /**
     * A document's content key, never 0: XXH3 of its fields and its paragraph texts, which is everything the values
     * remembered about it are computed from (with the configuration, which the cache's fingerprint covers). Not its
     * id, file or line: a document that moves keeps its values, and so does a copy of it.
     */
    public static long documentKey(Document doc) {
        HashStream64 h = XXH3.hashStream();
        h.putInt(doc.fields().size());
        doc.fields().forEach((name, value) ->
                h.putString(name).putBoolean(value != null).putString(value == null ? "" : value));
        h.putInt(doc.paragraphs().size());
        for (Paragraph p : doc.paragraphs()) {
            h.putString(p.text());
        }
        long k = h.getAsLong();
        return k == 0 ? 1 : k;
    }

    /** True when this run's memo differs from the one read (something added or something no longer used). */
    public synchronized boolean changed() {
        return added > 0 || reused.cardinality() != previous.size();
    }

    /** For the log: values reused from the previous run and values added in this one. */
    public synchronized String describe() {
        return reused.cardinality() + " of " + previous.size() + " values reused, " + added + " added";
    }

    public synchronized Stored toStore() {
        Integer[] order = new Integer[kept];
        for (int i = 0; i < kept; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(keptKeys[x], keptKeys[y]));
        long[] keys = new long[kept];
        int[] ends = new int[kept];
        byte[] data = new byte[keptBytes];
        int n = 0;
        int at = 0;
        for (int i : order) {
            if (n > 0 && keys[n - 1] == keptKeys[i]) {
                continue; // the same content twice (e.g. two copies of a file): one value
            }
            int from = i == 0 ? 0 : keptEnds[i - 1];
            int len = keptEnds[i] - from;
            System.arraycopy(keptData, from, data, at, len);
            at += len;
            keys[n] = keptKeys[i];
            ends[n++] = at;
        }
        return new Stored(Arrays.copyOf(keys, n), Arrays.copyOf(ends, n), Arrays.copyOf(data, at));
    }

    public static void write(DataOutput out, Stored s) throws IOException {
        out.writeInt(s.size());
        for (int i = 0; i < s.size(); i++) {
            out.writeLong(s.keys[i]);
            out.writeInt(s.ends[i]);
        }
        out.writeInt(s.data.length);
        out.write(s.data);
    }

    /** Reads what {@link #write} wrote; counts are bounded by the bytes left before anything is allocated. */
    static Stored read(CacheInput in) throws IOException {
        int n = in.count(in.readInt(), 8 + 4, "memo values");
        long[] keys = new long[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = in.readLong();
            ends[i] = in.readInt();
            if (i > 0 && (keys[i] <= keys[i - 1] || ends[i] < ends[i - 1])) {
                throw new CorruptCacheException("corpus memo out of order");
            }
        }
        byte[] data = new byte[in.count(in.readInt(), 1, "memo bytes")];
        if (n > 0 && (ends[0] < 0 || ends[n - 1] != data.length)) {
            throw new CorruptCacheException("corpus memo offsets do not match its data");
        }
        in.readFully(data);
        return new Stored(keys, ends, data);
    }

    private void keep(long key, byte[] value) {
        if (kept == keptKeys.length) {
            keptKeys = Arrays.copyOf(keptKeys, kept * 2);
            keptEnds = Arrays.copyOf(keptEnds, kept * 2);
        }
        if (keptBytes + value.length > keptData.length) {
            keptData = Arrays.copyOf(keptData, Math.max(keptBytes + value.length, keptData.length * 2));
        }
        System.arraycopy(value, 0, keptData, keptBytes, value.length);
        keptBytes += value.length;
        keptKeys[kept] = key;
        keptEnds[kept++] = keptBytes;
    }

    private static long mix(String namespace, long a, long b) {
        HashStream64 h = XXH3.hashStream().putString(namespace).putLong(a).putLong(b);
        long k = h.getAsLong();
        return k == 0 ? 1 : k;
    }
}
