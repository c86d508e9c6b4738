package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden value of the content hash of a configured file in the cache fingerprint, which the incremental cache stores
 * in its header and compares with the next run's. The literal was computed once and must never be edited: a failure
 * means a cache written before the change would be discarded (harmless but slow) or, if two contents came to hash
 * alike, reused under an edited phrase list. If the change is intended, bump {@code CacheFile.FORMAT} as well, and
 * only then update the literal.
 */
class StoredHashesGoldenTest {

    static final class Settings {
        File trailers;
    }

    @Test
    void configuredFileContentHash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trailers.txt");
        Files.write(file, "READ MORE:*\nShare on*\n".getBytes(StandardCharsets.UTF_8));
        Settings s = new Settings();
        s.trailers = file.toFile();
        String rendered = ConfigurationFingerprint.of(s, Set.of());
        assertEquals("#352ec1e2eec943ab\n", rendered.substring(rendered.lastIndexOf('#')));
    }
}
