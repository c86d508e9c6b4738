package io.github.corpuscheck.source;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What to read and how.
 *
 * @param directory the corpus root
 * @param includes Ant-style globs relative to the root; empty means the default extensions
 *     ({@code **}{@code /*.txt, **}{@code /*.md, **}{@code /*.jsonl, **}{@code /*.jsonl.gz, **}{@code /*.ndjson})
 * @param excludes Ant-style globs to leave out
 * @param format how files are read
 * @param encoding the text encoding
 * @param fields where logical fields live in JSON Lines objects
 * @param maxFileSize text files larger than this many bytes are reported and skipped
 */
public record ReaderOptions(
        Path directory,
        List<String> includes,
        List<String> excludes,
        InputFormat format,
        Charset encoding,
        FieldMapping fields,
        long maxFileSize) {

    public static final long DEFAULT_MAX_FILE_SIZE = 64L * 1024 * 1024;

    public ReaderOptions {
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }
}
