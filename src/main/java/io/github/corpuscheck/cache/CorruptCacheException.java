package io.github.corpuscheck.cache;

import java.io.IOException;

/** The cache file is damaged: a checksum, a length or a value is not what the writer wrote. */
final class CorruptCacheException extends IOException {

    CorruptCacheException(String message) {
        super(message);
    }
}
