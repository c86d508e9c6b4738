package io.github.corpuscheck.source;

import java.io.IOException;
import java.util.List;

/**
 * A corpus's folders as another file system lists them (e.g. HDFS or object storage through Hadoop), for
 * {@link CorpusReader#listing(FileTree)}.
 */
@FunctionalInterface
public interface FileTree {

    /** A file or folder of a folder: its own name, and a file's size in bytes. */
    record Entry(String name, boolean folder, long size) {}

    /** The entries of the folder {@code folder}, corpus-relative with {@code /} separators ({@code ""}: the root). */
    List<Entry> list(String folder) throws IOException;
}
