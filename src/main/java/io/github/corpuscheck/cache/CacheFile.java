package io.github.corpuscheck.cache;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.StateCodec;
import io.github.corpuscheck.internal.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental cache on disk: a header (magic, format, fingerprint, when the run that wrote it started), then per
 * corpus file its size, modification time and content hash, the reader's findings about it and, per document, its
 * id, line, content key, analysis findings and each check's state; last the {@link CorpusMemo} of the corpus
 * phase. Findings store document indices relative to their file, so a file's entry stays valid when documents
 * before it come and go. After the magic and format everything is in checksummed blocks ({@link CacheBlocks}), a
 * section per block at least; every count read back is bounded by the bytes left ({@link CacheInput#count}).
 */
public final class CacheFile {

    static final int MAGIC = 0x43435243; // "CCRC"
    /** Bump when the layout or the meaning of a stored value changes. */
    static final int FORMAT = 4; // 2: document content keys, corpus memo after the files; 3: word codes little-endian;
    // 4: checksummed blocks (CacheBlocks)
    /** Magic and format, before the first block. */
    static final int HEADER_BYTES = 8;
    /** The fewest bytes a corpus file's entry, a document, a finding take: bounds for counts read back. */
    private static final int ENTRY_BYTES = 4 + 8 + 8 + 8 + 4 + 4, DOC_BYTES = 4 + 4 + 8 + 4,
            FINDING_BYTES = 4 + 1 + 4 + 4 + 4 + 4 + 4 + 4 + 1;
    private static final Severity[] SEVERITIES = Severity.values();

    /**
     * One document as cached: its table row, its content key for the {@link CorpusMemo}, its analysis findings
     * (indices relative to the file), its states.
     */
    public record Doc(String id, int line, long key, List<Finding> findings, Object[] states) {}

    /** One corpus file as cached. */
    public static final class Entry {
        final String file;
        final long size;
        long modified;
        final long hash;
        public final List<Finding> readerFindings = new ArrayList<>();
        public final List<Doc> docs;

        Entry(String file, long size, long modified, long hash) {
            this(file, size, modified, hash, new ArrayList<>());
        }

        private Entry(String file, long size, long modified, long hash, List<Doc> docs) {
            this.file = file;
            this.size = size;
            this.modified = modified;
            this.hash = hash;
            this.docs = docs;
        }

        /** Index of the file's first document in the current run. */
        public int firstIndex;

        public void addDocument(io.github.corpuscheck.api.Document doc, long key, List<Finding> findings, Object[] states) {
            List<Finding> relative = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                relative.add(IncrementalCache.rebase(f, -firstIndex));
            }
            docs.add(new Doc(doc.id(), doc.line(), key, relative, states));
        }
    }

    /**
     * A file's results analysed elsewhere (e.g. by the workers of a cluster), to be replayed by a run as a cached file
     * is ({@link IncrementalCache#replaying}): no size, time or hash, as it is never compared with the file.
     */
    public static Entry analysed(String file) {
        return new Entry(file, -1, 0, 0);
    }

    /**
     * {@link #analysed(String)} with documents that are read once, in order, by a run's replay (e.g. a list that
     * decodes them piece by piece, so a large file's results are never all in memory).
     */
    public static Entry analysed(String file, List<Doc> docs) {
        return new Entry(file, -1, 0, 0, docs);
    }

    /** Thrown while writing a value the format cannot hold; the run then writes no cache. */
    public static final class UncacheableException extends IOException {
        UncacheableException(String message) {
            super(message);
        }
    }

    private final List<CorpusCheck<?>> checks;
    private final Map<String, Rule> rules;

    public CacheFile(List<CorpusCheck<?>> checks, Map<String, Rule> rules) {
        this.checks = checks;
        this.rules = rules;
    }

    /** The stored entries by file, when the writing run started, and the corpus phase's memo. */
    public record Contents(long runStarted, Map<String, Entry> entries, CorpusMemo.Stored memo) {}

    /**
     * Reads a cache. Throws {@link StaleCacheException} when it was written by another format or under another
     * fingerprint, {@link CorruptCacheException} on any damage (checked before any value is used), and other
     * {@link IOException}s when it cannot be read.
     */
    public Contents read(Path path, String fingerprint) throws IOException {
        long size = Files.size(path);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            DataInputStream head = new DataInputStream(file);
            if (size < HEADER_BYTES) {
                throw new CorruptCacheException("only " + size + " bytes");
            }
            if (head.readInt() != MAGIC) {
                throw new CorruptCacheException("not an incremental cache file");
            }
            int format = head.readInt();
            if (format != FORMAT) {
                throw new StaleCacheException("format " + format + ", this plugin writes " + FORMAT);
            }
            CacheBlocks.Input blocks = new CacheBlocks.Input(file, HEADER_BYTES, size - HEADER_BYTES);
            CacheInput in = CacheInput.of(blocks);
            if (!fingerprint.equals(readString(in)) || in.readInt() != checks.size()) {
                throw new StaleCacheException("another plugin version or configuration");
            }
            long started = in.readLong();
            int files = in.count(in.readInt(), ENTRY_BYTES, "files");
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < files; i++) {
                Entry e = new Entry(readString(in), in.readLong(), in.readLong(), in.readLong());
                readFindings(in, e.readerFindings);
                readDocs(in, e.docs, false);
                if (entries.put(e.file, e) != null) {
                    throw new CorruptCacheException("the file " + e.file + " twice");
                }
            }
            CorpusMemo.Stored memo = CorpusMemo.read(in);
            blocks.expectEnd();
            return new Contents(started, entries, memo);
        } catch (EOFException e) {
            throw new CorruptCacheException("its values end early");
        }
    }

    /** The cache was written by another plugin version, format or configuration. */
    static final class StaleCacheException extends IOException {
        StaleCacheException(String message) {
            super(message);
        }
    }

    /**
     * Writes the entries to a temporary file next to {@code path}, then moves it into place: the header, each entry
     * and the memo each in checksummed blocks of their own ({@link CacheBlocks}).
     */
    public void write(Path path, String fingerprint, long runStarted, List<Entry> entries, CorpusMemo.Stored memo)
            throws IOException {
        AtomicFiles.write(path, file -> {
            DataOutputStream head = new DataOutputStream(file);
            head.writeInt(MAGIC);
            head.writeInt(FORMAT);
            CacheBlocks.Output blocks = new CacheBlocks.Output(file);
            DataOutputStream out = new DataOutputStream(blocks);
            writeString(out, fingerprint);
            out.writeInt(checks.size());
            out.writeLong(runStarted);
            out.writeInt(entries.size());
            blocks.endSection();
            for (Entry e : entries) {
                writeString(out, e.file);
                out.writeLong(e.size);
                out.writeLong(e.modified);
                out.writeLong(e.hash);
                writeFindings(out, e.readerFindings);
                writeDocs(out, e.docs, false);
                blocks.endSection();
            }
            CorpusMemo.write(out, memo);
            blocks.finish();
        });
    }

    // ---- one entry, for results that travel between machines ----

    /**
     * One file's entry as bytes: its reader findings and documents as the cache file holds them, each check's state
     * in its {@link CorpusCheck#transferCodec}.
     */
    public byte[] encode(Entry e) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeString(out, e.file);
        writeFindings(out, e.readerFindings);
        writeDocs(out, e.docs, true);
        out.flush();
        return bytes.toByteArray();
    }

    /** The entry {@link #encode} wrote. */
    public Entry decode(byte[] bytes) throws IOException {
        try (CacheInput in = CacheInput.of(bytes)) {
            Entry e = analysed(readString(in));
            readFindings(in, e.readerFindings);
            readDocs(in, e.docs, true);
            return e;
        } catch (EOFException ex) {
            throw new CorruptCacheException("its values end early");
        }
    }

    // ---- documents ----

    /** A check's codec: the one the cache file stores, or the one results travel between machines in. */
    private StateCodec<?> codec(int check, boolean transfer) {
        CorpusCheck<?> c = checks.get(check);
        return transfer ? c.transferCodec() : c.stateCodec();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeDocs(DataOutput out, List<Doc> docs, boolean transfer) throws IOException {
        out.writeInt(docs.size());
        for (Doc d : docs) {
            writeString(out, d.id());
            out.writeInt(d.line());
            out.writeLong(d.key());
            writeFindings(out, d.findings());
            for (int c = 0; c < checks.size(); c++) {
                Object s = d.states()[c];
                out.writeBoolean(s != null);
                if (s != null) {
                    ((StateCodec) codec(c, transfer)).write(out, s);
                }
            }
        }
    }

    private void readDocs(CacheInput in, List<Doc> into, boolean transfer) throws IOException {
        int docs = in.count(in.readInt(), DOC_BYTES, "documents");
        for (int d = 0; d < docs; d++) {
            String id = readString(in);
            int line = in.readInt();
            long key = in.readLong();
            List<Finding> findings = new ArrayList<>(0);
            readFindings(in, findings);
            Object[] states = new Object[checks.size()];
            for (int c = 0; c < states.length; c++) {
                states[c] = in.readBoolean() ? codec(c, transfer).read(in) : null;
            }
            into.add(new Doc(id, line, key, findings, states));
        }
    }

    // ---- findings ----

    private void writeFindings(DataOutput out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            writeString(out, f.ruleId());
            out.writeByte(f.severity().ordinal());
            out.writeInt(f.documentIndex());
            writeString(out, f.document());
            writeString(out, f.file());
            out.writeInt(f.line());
            writeString(out, f.message());
            if (f.related().size() != f.relatedLocations().size()) {
                throw new UncacheableException("related ids and locations differ in number: " + f);
            }
            out.writeInt(f.related().size());
            for (int i = 0; i < f.related().size(); i++) {
                writeString(out, f.related().get(i));
                writeValue(out, f.relatedLocations().get(i));
            }
            writeValue(out, f.evidence());
        }
    }

    private void readFindings(CacheInput in, List<Finding> into) throws IOException {
        int n = in.count(in.readInt(), FINDING_BYTES, "findings");
        for (int i = 0; i < n; i++) {
            String ruleId = readString(in);
            Rule rule = rules.get(ruleId);
            if (rule == null) {
                throw new CorruptCacheException("unknown rule " + ruleId);
            }
            int severity = in.readByte();
            if (severity < 0 || severity >= SEVERITIES.length) {
                throw new CorruptCacheException("severity " + severity);
            }
            Finding.Builder b = Finding.builder(rule)
                    .severity(SEVERITIES[severity]);
            int index = in.readInt();
            b.document(index, readString(in));
            b.at(readString(in), in.readInt());
            b.message(readString(in));
            int related = in.count(in.readInt(), 5, "related documents");
            for (int r = 0; r < related; r++) {
                String id = readString(in);
                b.related(id, (Location) readValue(in));
            }
            Map<?, ?> evidence = (Map<?, ?>) readValue(in);
            evidence.forEach((k, v) -> b.evidence((String) k, v));
            into.add(b.build());
        }
    }

    // ---- evidence values ----

    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, DOUBLE = 4, BOOLEAN = 5, LIST = 6, MAP = 7,
            LOCATION = 8, SHORT = 9, FLOAT = 10, LONGS = 11, INTS = 12;

    private static void writeValue(DataOutput out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (v instanceof Short s) {
            out.writeByte(SHORT);
            out.writeShort(s);
        } else if (v instanceof Float f) {
            out.writeByte(FLOAT);
            out.writeFloat(f);
        } else if (v instanceof Location l) {
            out.writeByte(LOCATION);
            writeString(out, l.file());
            out.writeInt(l.line());
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object o : list) {
                writeValue(out, o);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new UncacheableException("evidence key is not a string: " + e.getKey());
                }
                writeString(out, (String) e.getKey());
                writeValue(out, e.getValue());
            }
        } else if (v instanceof long[] a) {
            out.writeByte(LONGS);
            out.writeInt(a.length);
            for (long x : a) {
                out.writeLong(x);
            }
        } else if (v instanceof int[] a) {
            out.writeByte(INTS);
            out.writeInt(a.length);
            for (int x : a) {
                out.writeInt(x);
            }
        } else {
            throw new UncacheableException("evidence value of type " + v.getClass().getName());
        }
    }

    private static Object readValue(CacheInput in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case SHORT:
                return in.readShort();
            case FLOAT:
                return in.readFloat();
            case LOCATION:
                return new Location(readString(in), in.readInt());
            case LIST: {
                int n = in.count(in.readInt(), 1, "list values");
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            case MAP: {
                int n = in.count(in.readInt(), 5, "map entries");
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(readString(in), readValue(in));
                }
                return map;
            }
            case LONGS: {
                long[] a = new long[in.count(in.readInt(), 8, "longs")];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readLong();
                }
                return a;
            }
            case INTS: {
                int[] a = new int[in.count(in.readInt(), 4, "ints")];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readInt();
                }
                return a;
            }
            default:
                throw new CorruptCacheException("unknown value tag " + tag);
        }
    }

    /** A string of any length (writeUTF stops at 64 KB), {@code null} as length -1. */
    static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(CacheInput in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        byte[] b = new byte[in.count(n, 1, "string bytes")];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
