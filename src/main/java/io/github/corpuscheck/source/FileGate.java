package io.github.corpuscheck.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Asked by a {@link CorpusSource} before it reads each file, so that a caller who already knows the file's
 * documents (the incremental cache) can skip it. Called on the reading thread, in reading order.
 */
@FunctionalInterface
public interface FileGate {

    /**
     * @param file corpus-relative path
     * @param path the file on disk
     * @param size its size in bytes
     * @param firstIndex the index its first document gets
     * @return the start lines of the file's documents when the caller supplies them itself (the file is then not
     *     opened and these documents take the next indices), or {@code null} to read the file
     */
    int[] before(String file, Path path, long size, int firstIndex) throws IOException;
}
