package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import java.util.List;

/** Builds the {@code input.*} findings with one-sentence messages and their evidence. */
final class FileProblems {

    static final int SNIPPET_MAX = 80;

    private final FindingSink sink;

    FileProblems(FindingSink sink) {
        this.sink = sink;
    }

    /** A sink that drops everything, for re-reads. */
    static FileProblems silent() {
        return new FileProblems(f -> {});
    }

    void emptyFile(String file, long size) {
        sink.report(Finding.builder(InputRules.EMPTY_FILE).at(file, 1)
                .message(size == 0 ? "The file is empty (0 bytes)." : "The file holds only whitespace (" + size + " bytes).")
                .evidence("bytes", size));
    }

    /** A gzip file that decompresses to nothing, or to whitespace only. */
    void emptyGzip(String file, long size, long compressedBytes) {
        sink.report(Finding.builder(InputRules.EMPTY_FILE).at(file, 1)
                .message(size == 0
                        ? "The file holds no data after decompression (" + compressedBytes + " bytes compressed)."
                        : "The file holds only whitespace after decompression (" + size + " bytes).")
                .evidence("bytes", size)
                .evidence("compressedBytes", compressedBytes));
    }

    void binary(String file, long nulOffset, int line) {
        sink.report(Finding.builder(InputRules.BINARY).at(file, line)
                .message("The file holds a NUL byte at offset " + nulOffset + " in its first 8 KB, so it is binary data, not text; it was skipped.")
                .evidence("nulOffset", nulOffset));
    }

    /**
     * A text file over {@code maxFileSize}, or within it but over {@code maxTextBytes}, the most one text article can
     * hold in memory (a Java array).
     */
    void tooLarge(String file, long size, long maxFileSize, long maxTextBytes) {
        Finding.Builder b = Finding.builder(InputRules.TOO_LARGE).at(file, 1);
        if (size > maxFileSize) {
            b.message("The file has " + size + " bytes, more than maxFileSize " + maxFileSize + "; it was skipped.")
                    .evidence("bytes", size)
                    .evidence("maxFileSize", maxFileSize);
        } else {
            b.message("The file has " + size + " bytes, more than the " + maxTextBytes
                    + " bytes one text article can hold (maxFileSize is " + maxFileSize + "); it was skipped.")
                    .evidence("bytes", size)
                    .evidence("maxFileSize", maxFileSize)
                    .evidence("maxTextBytes", maxTextBytes);
        }
        sink.report(b);
    }

    /** A JSON Lines line over maxLineSize, skipped while reading without being held. */
    void lineTooLong(String file, int line, long size, long maxLineSize) {
        sink.report(Finding.builder(InputRules.TOO_LARGE).at(file, line)
                .message("Line " + line + " has " + size + " bytes, more than maxLineSize " + maxLineSize
                        + "; the line was skipped.")
                .evidence("bytes", size)
                .evidence("maxLineSize", maxLineSize));
    }

    /** A symbolic link out of the corpus folder, not followed: named by its corpus-relative path, never its target. */
    void outsideCorpus(String link, boolean folder) {
        sink.report(Finding.builder(InputRules.OUTSIDE_CORPUS).at(link, 1)
                .message("The symbolic link leads to a " + (folder ? "folder" : "file")
                        + " outside the corpus folder; it was not read (followLinksOutside=true reads it).")
                .evidence("target", folder ? "folder" : "file"));
    }

    void unreadable(String file, int line, Exception e) {
        String why = describe(e);
        sink.report(Finding.builder(InputRules.UNREADABLE).at(file, line)
                .message(line > 1
                        ? "Reading stopped at line " + line + " because of an I/O error (" + why + ")."
                        : "The file could not be read (" + why + ").")
                .evidence("error", why));
    }

    /** Bad bytes in a text article that was still read (with replacement characters). */
    void encodingInDocument(Document doc, int line, long byteOffset, int count, String charset) {
        sink.report(Finding.about(InputRules.ENCODING, doc).line(line)
                .message("Bytes at offset " + byteOffset + " (line " + line + ") are not valid " + charset
                        + "; the text was read with " + count + " replacement character" + (count == 1 ? "" : "s") + ".")
                .evidence("byteOffset", byteOffset)
                .evidence("invalidSequences", count)
                .evidence("encoding", charset));
    }

    /** Bad bytes in a JSON Lines line, which was skipped. */
    void encodingInLine(String file, int line, long byteOffset, int count, String charset) {
        sink.report(Finding.builder(InputRules.ENCODING).at(file, line)
                .message("Line " + line + " has bytes that are not valid " + charset + " (first at byte " + byteOffset
                        + " of the line); the line was skipped.")
                .evidence("byteOffset", byteOffset)
                .evidence("invalidSequences", count)
                .evidence("encoding", charset));
    }

    /**
     * JSON escapes of unpaired UTF-16 surrogates ({@code \ud800} without its low half) in a record that was still
     * read, each one as U+FFFD; {@code fields} are the logical fields (or keys) that held them, sorted.
     */
    void unpairedSurrogates(Document doc, int line, List<String> fields, int count) {
        sink.report(Finding.about(InputRules.ENCODING, doc).line(line)
                .message("Line " + line + " has " + count + " unpaired UTF-16 surrogate escape" + (count == 1 ? "" : "s")
                        + " (in " + String.join(", ", fields) + "); " + (count == 1 ? "it was" : "each was")
                        + " read as U+FFFD.")
                .evidence("reason", "unpaired-surrogate")
                .evidence("fields", fields)
                .evidence("invalidSequences", count));
    }

    void malformed(String file, int line, String error, int column, String lineText) {
        sink.report(Finding.builder(InputRules.MALFORMED).at(file, line)
                .message("Line " + line + " is not valid JSON (" + error + " at column " + column + "); the line was skipped.")
                .evidence("error", error)
                .evidence("column", column)
                .evidence("snippet", snippet(lineText)));
    }

    /** Front matter that does not parse: its fields are not read, the body after its closing fence still is. */
    void malformedFrontMatter(String file, int line, String format, String error) {
        sink.report(Finding.builder(InputRules.MALFORMED).at(file, line)
                .message("The " + format + " front matter does not parse at line " + line + " (" + error
                        + "); its fields were not read.")
                .evidence("format", format)
                .evidence("error", error));
    }

    void notObject(String file, int line, String type, String lineText) {
        sink.report(Finding.builder(InputRules.NOT_OBJECT).at(file, line)
                .message("Line " + line + " holds a JSON " + type + ", not an object; the line was skipped.")
                .evidence("type", type)
                .evidence("snippet", snippet(lineText)));
    }

    void missingText(Document doc, String location, boolean blank) {
        sink.report(Finding.about(InputRules.MISSING_TEXT, doc)
                .message(blank
                        ? "The document's text is blank."
                        : "The document has no text" + (location == null ? "." : " (field '" + location + "')."))
                .evidence("reason", blank ? "blank" : "absent"));
    }

    /** The error without absolute paths, so reports do not depend on where the corpus is checked out. */
    static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        String detail = e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
        return detail == null || detail.isBlank() ? name : name + ": " + detail;
    }

    /** The stripped line, clipped to {@link #SNIPPET_MAX} chars without cutting a surrogate pair in two. */
    static String snippet(String s) {
        String t = s.strip();
        if (t.length() <= SNIPPET_MAX) {
            return t;
        }
        int end = SNIPPET_MAX - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1)) && Character.isLowSurrogate(t.charAt(end))) {
            end--;
        }
        return t.substring(0, end) + "…";
    }
}
