package io.github.corpuscheck.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lengths in a cache file are checked against the bytes the file still holds before anything is allocated, even in
 * blocks whose checksums are right: a claim of gigabytes is damage, reported in one log line, not a heap error.
 */
class CacheFileTest {

    @TempDir
    Path dir;

    interface Payload {
        void write(DataOutputStream out) throws IOException;
    }

    /** A cache file of valid blocks around {@code payload}. */
    private Path file(Payload payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(bytes);
        head.writeInt(CacheFile.MAGIC);
        head.writeInt(CacheFile.FORMAT);
        CacheBlocks.Output blocks = new CacheBlocks.Output(bytes);
        payload.write(new DataOutputStream(blocks));
        blocks.finish();
        return Files.write(dir.resolve("analysis.bin"), bytes.toByteArray());
    }

    private static final CacheFile FORMAT = new CacheFile(List.of(), Map.of());

    @Test
    void aWrittenCacheIsReadBack() throws IOException {
        Path path = dir.resolve("cache/analysis.bin");
        FORMAT.write(path, "fp", 42, List.of(), CorpusMemo.Stored.EMPTY);
        CacheFile.Contents c = FORMAT.read(path, "fp");
        assertEquals(42, c.runStarted());
        assertEquals(Map.of(), c.entries());
        assertThrows(CacheFile.StaleCacheException.class, () -> FORMAT.read(path, "another"));
    }

    @Test
    void aHugeStringLengthInAValidBlockIsDamageNotAnAllocation() throws IOException {
        Path path = file(out -> out.writeInt(Integer.MAX_VALUE));
        CorruptCacheException e = assertThrows(CorruptCacheException.class, () -> FORMAT.read(path, "fp"));
        assertEquals("string bytes: 2147483647 claimed, 0 bytes left", e.getMessage());
    }

    @Test
    void hugeCountsAreDamage() throws IOException {
        Path files = file(out -> {
            CacheFile.writeString(out, "fp");
            out.writeInt(0);
            out.writeLong(1);
            out.writeInt(1_000_000_000);
            out.writeInt(7);
        });
        assertEquals("files: 1000000000 claimed, 4 bytes left",
                assertThrows(CorruptCacheException.class, () -> FORMAT.read(files, "fp")).getMessage());
        Path memo = file(out -> {
            CacheFile.writeString(out, "fp");
            out.writeInt(0);
            out.writeLong(1);
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(Integer.MAX_VALUE - 3); // memo bytes
        });
        assertEquals("memo bytes: 2147483644 claimed, 0 bytes left",
                assertThrows(CorruptCacheException.class, () -> FORMAT.read(memo, "fp")).getMessage());
    }

    @Test
    void theRunGoesOnWithoutTheCacheAfterOneLogLine() throws IOException {
        Path path = file(out -> out.writeInt(Integer.MAX_VALUE));
        List<String> log = new ArrayList<>();
        IncrementalCache cache = IncrementalCache.open(new CacheSettings(path, "fp", log::add), List.of(), Map.of());
        assertNotNull(cache);
        assertEquals(List.of("Ignoring corrupt incremental cache " + path
                + " (string bytes: 2147483647 claimed, 0 bytes left): checking every file."), log);
        assertEquals(null, cache.lookup("a.txt", dir.resolve("a.txt"), 1));
    }

    @Test
    void filesThatCannotBeExaminedAreReadNotUnchanged() throws IOException {
        List<String> log = new ArrayList<>();
        IncrementalCache cache = IncrementalCache.open(new CacheSettings(dir.resolve("c.bin"), "fp", log::add),
                List.of(), Map.of());
        Path gone = dir.resolve("gone.txt");
        assertEquals(null, cache.lookup("gone.txt", gone, 3));
        assertEquals(null, cache.fresh("gone.txt", gone, 3, 0));
        Path here = Files.writeString(dir.resolve("here.txt"), "abc");
        assertNotNull(cache.fresh("here.txt", here, 3, 0));
        cache.save();
        assertEquals(List.of("Incremental cache: 0 of 2 files unchanged, 2 read (1 could not be examined, not"
                + " cached). Corpus phase: 0 of 0 values reused, 0 added."), log);
    }
}
