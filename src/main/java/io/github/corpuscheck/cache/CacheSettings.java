package io.github.corpuscheck.cache;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the incremental cache lives and what it must match.
 *
 * @param file the cache file (written atomically; created with its folder when missing)
 * @param fingerprint plugin version and effective configuration: a cache written under another fingerprint is
 *     discarded
 * @param log receives one line when a cache is discarded or cannot be used
 */
public record CacheSettings(Path file, String fingerprint, Consumer<String> log) {

    public CacheSettings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fingerprint, "fingerprint");
        log = log == null ? s -> {} : log;
    }
}
