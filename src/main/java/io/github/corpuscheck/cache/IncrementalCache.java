package io.github.corpuscheck.cache;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-document results of the previous run, by corpus file, and the entries of this run. A file is taken from the
 * cache when its size and modification time match its entry (as Spotless does), or, when only those changed, when
 * its content hash (XXH3) still matches; otherwise it is read again. Modification times at or after the start of
 * the run that wrote the entry are not trusted (the file may have changed within the clock's resolution), so such
 * files are hashed. The cache also holds the corpus phase's {@link CorpusMemo}, written after the corpus phase.
 */
public final class IncrementalCache {

    /** Slack for file systems with coarse modification times (FAT: 2 s). */
    private static final long RACY_MILLIS = 2_000;

    private final CacheSettings settings;
    private final CacheFile format;
    private final Map<String, CacheFile.Entry> previous;
    private final long previousRunStarted;
    private final long runStarted = System.currentTimeMillis();
    private final List<CacheFile.Entry> entries = new ArrayList<>();
    private final CorpusMemo memo;
    private boolean changed;
    /** Files taken from the cache, files read (whether or not they could be cached), and of those uncached ones. */
    private int unchanged, read, uncached;

    /** Results analysed elsewhere, replayed by {@link #lookup} whatever the file's size and time; else {@code null}. */
    private final Map<String, CacheFile.Entry> replayed;

    /**
     * A cache that hands out results analysed elsewhere (e.g. by the workers of a cluster) for the files it holds;
     * other files are read by the run. Nothing is written, and the corpus phase keeps no memo.
     */
    public static IncrementalCache replaying(Map<String, CacheFile.Entry> analysed) {
        return new IncrementalCache(analysed);
    }

    private IncrementalCache(Map<String, CacheFile.Entry> analysed) {
        this.settings = null;
        this.format = null;
        this.previous = Map.of();
        this.previousRunStarted = Long.MIN_VALUE;
        this.memo = new CorpusMemo(CorpusMemo.Stored.EMPTY, false);
        this.replayed = analysed;
    }

    private IncrementalCache(CacheSettings settings, CacheFile format, CacheFile.Contents contents) {
        this.replayed = null;
        this.settings = settings;
        this.format = format;
        this.previous = contents == null ? new HashMap<>() : contents.entries();
        this.previousRunStarted = contents == null ? Long.MIN_VALUE : contents.runStarted();
        this.changed = contents == null;
        this.memo = new CorpusMemo(contents == null ? CorpusMemo.Stored.EMPTY : contents.memo(), true);
    }

    /** The corpus phase's memo: last run's values, and document keys as files are looked up or read. */
    public CorpusMemo memo() {
        return memo;
    }

    /**
     * Opens the cache for a run; {@code null} when a check cannot store its state (the run then goes without).
     * A cache that is missing, written under another configuration, damaged or unreadable is discarded as a whole
     * (one log line says why) and replaced, never fatal: the run then checks every file.
     */
    public static IncrementalCache open(CacheSettings settings, List<CorpusCheck<?>> checks, Map<String, Rule> rules) {
        for (CorpusCheck<?> c : checks) {
            if (c.stateCodec() == null) {
                settings.log().accept("Incremental cache off: " + c.getClass().getSimpleName()
                        + " cannot store its per-document state.");
                return null;
            }
        }
        CacheFile format = new CacheFile(checks, rules);
        CacheFile.Contents contents = null;
        Path file = settings.file();
        if (Files.isRegularFile(file)) {
            try {
                contents = format.read(file, settings.fingerprint());
            } catch (CacheFile.StaleCacheException e) {
                settings.log().accept("Incremental cache " + file
                        + " was written by another plugin version or configuration: checking every file.");
            } catch (CorruptCacheException e) {
                settings.log().accept("Ignoring corrupt incremental cache " + file + " (" + e.getMessage()
                        + "): checking every file.");
            } catch (IOException | RuntimeException e) {
                settings.log().accept("Ignoring unreadable incremental cache " + file + " (" + e
                        + "): checking every file.");
            }
        }
        return new IncrementalCache(settings, format, contents);
    }

    /**
     * Files larger than this are not content-hashed: the reader may read only their start (a text file over
     * {@code maxFileSize}, a binary file), and hashing a sparse 64 GB file would take minutes. Such a file is
     * recognised by size and modification time only, and read again when its modification time changes.
     */
    static final long MAX_HASHED_BYTES = 64L << 20;

    /** The hash of an entry whose file was too large to hash. */
    private static final long UNHASHED = 0;

    private static long contentHash(Path path, long size) throws IOException {
        return size > MAX_HASHED_BYTES ? UNHASHED : hash(path);
    }

    /** The previous entry of a file when the file is unchanged (its modification time updated), else {@code null}. */
    public CacheFile.Entry lookup(String file, Path path, long size) {
        if (replayed != null) {
            CacheFile.Entry e = replayed.get(file);
            if (e != null) {
                unchanged++;
            }
            return e;
        }
        CacheFile.Entry old = previous.get(file);
        if (old == null || old.size != size) {
            return null;
        }
        try {
            long modified = Files.getLastModifiedTime(path).toMillis();
            boolean trusted = modified == old.modified && modified < previousRunStarted - RACY_MILLIS;
            if (!trusted) {
                if (old.hash == UNHASHED || hash(path) != old.hash) {
                    return null;
                }
                old.modified = modified;
                changed = true;
            }
        } catch (IOException e) {
            return null; // the reader will report the problem
        }
        entries.add(old);
        unchanged++;
        return old;
    }


    /**
     * A new entry for a file about to be read; its documents are added as they are collected. {@code null} when the
     * file cannot be examined: it is then read (and its problems reported) without being cached.
     */
    public CacheFile.Entry fresh(String file, Path path, long size, int firstIndex) {
        read++;
        if (replayed != null) {
            return null; // read by the run, not kept
        }
        CacheFile.Entry e;
        try {
            e = new CacheFile.Entry(file, size, Files.getLastModifiedTime(path).toMillis(), contentHash(path, size));
        } catch (IOException ex) {
            changed = true;
            uncached++;
            return null;
        }
        e.firstIndex = firstIndex;
        entries.add(e);
        changed = true;
        return e;
    }

    /**
     * Writes this run's entries and memo, unless nothing changed; a failure is logged, not thrown. Called after the
     * corpus phase, so the memo holds what it asked for and added.
     */
    public void save() {
        if (replayed != null) {
            return;
        }
        settings.log().accept("Incremental cache: " + unchanged + " of " + (unchanged + read) + " files unchanged, "
                + read + " read" + (uncached == 0 ? "" : " (" + uncached + " could not be examined, not cached)")
                + ". Corpus phase: " + memo.describe() + ".");
        if (!changed && entries.size() == previous.size() && !memo.changed()) {
            return;
        }
        try {
            format.write(settings.file(), settings.fingerprint(), runStarted, entries, memo.toStore());
        } catch (IOException | RuntimeException e) {
            settings.log().accept("Could not write incremental cache " + settings.file() + " (" + e + ").");
        }
    }

    /** The finding with its document index moved by {@code offset} (findings about no document stay so). */
    public static Finding rebase(Finding f, int offset) {
        if (f.documentIndex() < 0 || offset == 0) {
            return f;
        }
        return f.toBuilder().document(f.documentIndex() + offset, f.document()).build();
    }

    /**
     * Stored: a corpus file's content hash is kept in the cache and compared with the next run's. XXH3-64 without seed
     * is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    public static long hash(Path path) throws IOException {
        HashStream64 h = XXH3.hashStream();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                h.putBytes(buf, 0, n);
            }
        }
        return h.getAsLong();
    }
}
