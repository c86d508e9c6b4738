package io.github.corpuscheck.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.internal.IntList;
import io.github.corpuscheck.internal.LongList;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON Lines file ({@code .gz} streamed through {@link GZIPInputStream}): one object per line. Each line is
 * cut out as bytes, decoded and parsed on its own, so a bad line is reported and skipped and the next line is read
 * normally. The id is the mapped {@code id} field, else {@code path:line}; {@code line} and every paragraph's line
 * are the file line of the object. Not thread-safe.
 */
final class JsonLinesReader {

    private final JsonFactory factory;
    private final JsonFields fields;
    private final TextDecoder decoder;
    private final String textLocation;

    private final boolean utf8;
    private final long maxLineSize;
    /** The configured encoding is UTF-16 or UTF-32: files are re-encoded as UTF-8 before lines are cut. */
    private final boolean wideEncoding;
    /** The current file's lines are UTF-8: the encoding is, or the file was re-encoded ({@link Utf8Transcoder}). */
    private boolean lineUtf8;
    /** Set by {@link #parseLine}: the line held only whitespace. */
    private boolean lastLineBlank;
    /** The line being parsed: its bytes (UTF-8 path) or null (then the decoder's chars), and its bounds. */
    private byte[] lineBytes;
    private int lineStart;
    private int lineEnd;
    /** Keys of the current line that held unpaired surrogates. */
    private final TreeSet<String> surrogateFields = new TreeSet<>();

    JsonLinesReader(ReaderOptions options, JsonFactory factory) {
        this.factory = factory;
        this.fields = new JsonFields(options.fields(), factory);
        this.decoder = new TextDecoder(options.encoding());
        this.textLocation = options.fields().locationOf("text");
        this.utf8 = StandardCharsets.UTF_8.equals(options.encoding());
        this.maxLineSize = options.maxLineSize();
        this.wideEncoding = decoder.wideCharset();
    }

    /**
     * The parser factory for a corpus: a JSON string may be as long as a line ({@code maxLineSize}), not only
     * Jackson's default 20 million characters, so lines within the limit are read whole.
     */
    static JsonFactory factory(ReaderOptions options) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(options.maxLineSize(), Integer.MAX_VALUE)).build())
                .build();
    }

    /** A re-read jumps to a wanted line this far ahead or more (bytes) rather than scanning up to it. */
    static final int SEEK_DISTANCE = 64 * 1024;
    /** Buffer of a re-read that seeks: most wanted lines are a few kilobytes. */
    private static final int SEEK_BUFFER = 16 * 1024;

    /**
     * Reads every document of the file, numbering them from {@code index}; returns the next free index. Each
     * document's line goes to {@code docLines} and the byte offset where that line starts to {@code docOffsets}.
     */
    /** Where the line being read starts in the file being read (0 for gzip files): progress within a file. */
    long position;

    int read(Path path, String file, long knownSize, int index, DocumentConsumer consumer, FileProblems problems,
            IntList docLines, LongList docOffsets) {
        position = 0;
        if (knownSize == 0) {
            problems.emptyFile(file, 0); // also for a 0-byte .gz, which is not a valid gzip stream
            return index;
        }
        int lineNo = 0;
        boolean content = false;
        try (InputStream in = openDecoded(path, file)) {
            ByteLineReader lines = new ByteLineReader(in, ByteLineReader.DEFAULT_BUFFER, maxLineSize);
            // Lines are UTF-8 or a narrow encoding here (wide ones were re-encoded): a NUL byte is binary data.
            int[] nulLine = {1};
            long nul = lines.firstNul(TextFileReader.SNIFF_BYTES, nulLine);
            if (nul >= 0) {
                problems.binary(file, nul, nulLine[0]);
                return index;
            }
            while (true) {
                long at = lines.position();
                position = file.endsWith(".gz") ? 0 : at;
                if (!lines.next()) {
                    break;
                }
                lineNo++;
                if (lines.tooLong()) {
                    problems.lineTooLong(file, lineNo, lines.lineBytes(), maxLineSize);
                    content = true;
                    continue;
                }
                Document doc = parseLine(lines.bytes(), lines.length(), lineNo, file, index, problems);
                content |= !lastLineBlank;
                if (doc != null) {
                    docLines.add(lineNo);
                    docOffsets.add(at);
                    index++;
                    consumer.accept(doc);
                }
            }
            if (!content) {
                if (file.endsWith(".gz")) {
                    problems.emptyGzip(file, lines.bytesRead(), knownSize >= 0 ? knownSize : Files.size(path));
                } else {
                    problems.emptyFile(file, lines.bytesRead());
                }
            }
        } catch (IOException e) {
            problems.unreadable(file, lineNo + 1, e);
        }
        return index;
    }

    /** What {@link #readRange} met: a line that held more than whitespace, binary data, a read error. */
    static final int RANGE_CONTENT = 1, RANGE_BINARY = 2, RANGE_FAILED = 4;

    /**
     * Reads the documents whose lines start in {@code [start, end)} of a plain UTF-8 file (no gzip, no byte-order
     * mark), numbering them from {@code index}, as {@link #read} reads them; {@code linesBefore} is the number of
     * lines that start before {@code start}. Only the piece at {@code start == 0} looks for binary data, as the whole
     * file's read looks only at its head. Returns what it met ({@code RANGE_*} flags); empty files and unreadable ones
     * are for the whole-file read to report.
     */
    int readRange(Path path, String file, long start, long end, int linesBefore, int index, DocumentConsumer consumer,
            FileProblems problems) {
        int met = 0;
        lineUtf8 = true;
        try (SeekableByteChannel channel = Files.newByteChannel(path);
                InputStream in = Channels.newInputStream(channel)) {
            long base = 0; // where the line reader's stream began in the file
            ByteLineReader lines;
            if (start == 0) {
                lines = new ByteLineReader(in, ByteLineReader.DEFAULT_BUFFER, maxLineSize);
                int[] nulLine = {1};
                long nul = lines.firstNul(TextFileReader.SNIFF_BYTES, nulLine);
                if (nul >= 0) {
                    problems.binary(file, nul, nulLine[0]);
                    return RANGE_BINARY;
                }
            } else {
                // the line that holds byte start - 1 belongs to an earlier piece: skip to its end
                base = start - 1;
                channel.position(base);
                lines = new ByteLineReader(in, ByteLineReader.DEFAULT_BUFFER, maxLineSize);
                if (!lines.skip()) {
                    return met;
                }
            }
            int lineNo = linesBefore;
            while (base + lines.position() < end) {
                if (!lines.next()) {
                    break;
                }
                lineNo++;
                if (lines.tooLong()) {
                    problems.lineTooLong(file, lineNo, lines.lineBytes(), maxLineSize);
                    met |= RANGE_CONTENT;
                    continue;
                }
                Document doc = parseLine(lines.bytes(), lines.length(), lineNo, file, index, problems);
                met |= lastLineBlank ? 0 : RANGE_CONTENT;
                if (doc != null) {
                    index++;
                    consumer.accept(doc);
                }
            }
        } catch (IOException e) {
            return met | RANGE_FAILED;
        }
        return met;
    }

    /** The number of line ends ({@code '\n'}) in {@code [from, to)} of a file. */
    static long countLineEnds(Path path, long from, long to) throws IOException {
        long count = 0;
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            channel.position(from);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
            long left = to - from;
            while (left > 0) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), left));
                int n = channel.read(buf);
                if (n < 0) {
                    break;
                }
                byte[] b = buf.array();
                for (int i = 0; i < n; i++) {
                    if (b[i] == '\n') {
                        count++;
                    }
                }
                left -= n;
            }
        }
        return count;
    }

    /**
     * Reads again the documents {@code indices[from..to)} whose lines are {@code lines[from..to)} (ascending), skipping
     * all other lines unparsed, and stops after the last one. {@code offsets[from..to)} are where those lines start
     * (-1 when unknown): in a plain file a line far ahead is reached by a seek, in a gzip file by scanning.
     */
    void reread(Path path, String file, int[] indices, int[] lines, long[] offsets, int from, int to,
            DocumentConsumer consumer) {
        FileProblems silent = FileProblems.silent();
        // Offsets are those of the lines as read: a re-encoded file is read from its start, like a gzip file.
        boolean seekable = !file.endsWith(".gz") && !wideEncoding && !startsWithWideMark(path);
        lineUtf8 = utf8;
        try (SeekableByteChannel channel = seekable ? Files.newByteChannel(path) : null;
                InputStream in = seekable ? Channels.newInputStream(channel) : openDecoded(path, file)) {
            ByteLineReader reader = new ByteLineReader(in, seekable ? SEEK_BUFFER : ByteLineReader.DEFAULT_BUFFER,
                    maxLineSize);
            long readerStart = 0; // where the reader's stream began in the file
            int lineNo = 0;
            for (int k = from; k < to; k++) {
                if (seekable && offsets[k] >= 0 && offsets[k] - (readerStart + reader.position()) >= SEEK_DISTANCE) {
                    channel.position(offsets[k]);
                    reader = new ByteLineReader(in, SEEK_BUFFER, maxLineSize);
                    readerStart = offsets[k];
                    lineNo = lines[k] - 1;
                }
                while (lineNo + 1 < lines[k]) {
                    if (!reader.skip()) {
                        return;
                    }
                    lineNo++;
                }
                if (!reader.next()) {
                    return;
                }
                lineNo++;
                if (reader.tooLong()) {
                    continue; // grew past the limit since the read pass, which reported what it saw
                }
                Document doc = parseLine(reader.bytes(), reader.length(), lineNo, file, indices[k], silent);
                if (doc != null) {
                    consumer.accept(doc);
                }
            }
        } catch (IOException e) {
            // The read pass reported what is wrong with this file; a re-read just yields what it can.
        }
    }

    private static boolean startsWithWideMark(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return ByteOrderMark.of(head, head.length) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The file's bytes (decompressed), re-encoded as UTF-8 when it starts with a UTF-16 or UTF-32 byte-order mark
     * (which then decides the encoding) or the configured encoding is one of those; sets {@link #lineUtf8}.
     */
    private InputStream openDecoded(Path path, String file) throws IOException {
        InputStream in = open(path, file);
        try {
            PushbackInputStream head = new PushbackInputStream(in, 4);
            byte[] first = head.readNBytes(4);
            head.unread(first);
            ByteOrderMark bom = ByteOrderMark.of(first, first.length);
            if (bom != null) {
                head.skipNBytes(bom.length());
                lineUtf8 = true;
                return new Utf8Transcoder(head, bom.charset());
            }
            if (wideEncoding) {
                lineUtf8 = true;
                return new Utf8Transcoder(head, decoder.charset());
            }
            lineUtf8 = utf8;
            return head;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream open(Path path, String file) throws IOException {
        InputStream raw = Files.newInputStream(path);
        if (file.endsWith(".gz")) {
            try {
                return new GZIPInputStream(raw, 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw e;
            }
        }
        return raw;
    }

    /** One line to a document, or null (blank line, or a problem that was reported). */
    Document parseLine(byte[] bytes, int length, int lineNo, String file, int index, FileProblems problems) {
        lastLineBlank = false;
        JsonParser p;
        try {
            p = lineUtf8 ? utf8Parser(bytes, length, lineNo, file, problems)
                    : charParser(bytes, length, lineNo, file, problems);
        } catch (IOException e) {
            malformed(problems, file, lineNo, String.valueOf(e.getMessage()), null);
            return null;
        }
        if (p == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        try (p) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                if (p.nextToken() != null) {
                    malformed(problems, file, lineNo, "more than one JSON value on the line", p.currentLocation());
                    return null;
                }
                problems.notObject(file, lineNo, typeOf(t), lineText());
                return null;
            }
            fields.readObject(p, values);
            if (p.nextToken() != null) {
                malformed(problems, file, lineNo, "more than one JSON value on the line", p.currentLocation());
                return null;
            }
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            int nl = msg == null ? -1 : msg.indexOf('\n');
            malformed(problems, file, lineNo, msg == null ? "parse error" : nl < 0 ? msg : msg.substring(0, nl),
                    e.getLocation());
            return null;
        } catch (IOException e) {
            malformed(problems, file, lineNo, String.valueOf(e.getMessage()), null);
            return null;
        }
        surrogateFields.clear();
        int surrogates = replaceUnpairedSurrogates(values, surrogateFields);
        String text = values.remove("text");
        String id = values.get("id");
        if (id == null || id.isBlank()) {
            id = file + ":" + lineNo;
        }
        boolean blank = text != null && text.isBlank();
        Document doc;
        if (text == null || blank) {
            doc = new Document(index, id, file, lineNo, values, null, lineNo, List.of());
            problems.missingText(doc, textLocation, blank);
        } else {
            List<Paragraph> paragraphs = ParagraphSplitter.split(text, lineNo, true);
            doc = new Document(index, id, file, lineNo, values, text, lineNo, paragraphs);
        }
        if (surrogates > 0) {
            problems.unpairedSurrogates(doc, lineNo, List.copyOf(surrogateFields), surrogates);
        }
        return doc;
    }

    /**
     * Replaces unpaired UTF-16 surrogates in the keys and values with U+FFFD, so that no report writer meets a string
     * it cannot encode. Valid UTF-8 cannot hold a surrogate: they come from JSON escapes ({@code "\ud800"}) only.
     * Returns how many there were; the keys that held one go to {@code fields}.
     */
    static int replaceUnpairedSurrogates(Map<String, String> values, Set<String> fields) {
        int count = 0;
        List<String> badKeys = null;
        for (Map.Entry<String, String> e : values.entrySet()) {
            int inValue = SafeText.unpairedSurrogates(e.getValue());
            int inKey = SafeText.unpairedSurrogates(e.getKey());
            if (inValue > 0) {
                e.setValue(SafeText.wellFormed(e.getValue()));
            }
            if (inKey > 0) {
                badKeys = badKeys == null ? new ArrayList<>() : badKeys;
                badKeys.add(e.getKey());
            }
            if (inValue + inKey > 0) {
                count += inValue + inKey;
                fields.add(SafeText.wellFormed(e.getKey()));
            }
        }
        if (badKeys != null) {
            for (String key : badKeys) {
                values.put(SafeText.wellFormed(key), values.remove(key));
            }
        }
        return count;
    }

    /**
     * UTF-8 (the common case): the bytes go straight to Jackson's byte parser, about twice as fast as decoding to
     * chars first. A strict validation pass runs before, so bad bytes are {@code input.encoding}, not a parse error.
     */
    private JsonParser utf8Parser(byte[] b, int length, int lineNo, String file, FileProblems problems) throws IOException {
        int off = lineNo == 1 && length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        int first = off;
        while (first < length && (b[first] == ' ' || b[first] == '\t' || b[first] == '\r' || b[first] == '\f')) {
            first++;
        }
        if (first == length) {
            lastLineBlank = true;
            return null;
        }
        if (!Utf8.isValid(b, off, length)) {
            decoder.decode(b, 0, length);
            problems.encodingInLine(file, lineNo, decoder.firstBadByte, decoder.badSequences, decoder.charset().name());
            return null;
        }
        lineBytes = b;
        lineStart = off;
        lineEnd = length;
        return factory.createParser(b, off, length - off);
    }

    /** Other charsets: decode the line (reporting bad bytes), then parse the chars. */
    private JsonParser charParser(byte[] bytes, int length, int lineNo, String file, FileProblems problems) throws IOException {
        decoder.decode(bytes, 0, length);
        char[] c = decoder.chars();
        int n = decoder.length();
        int off = lineNo == 1 && n > 0 && c[0] == '\uFEFF' ? 1 : 0;
        int first = off;
        while (first < n && ParagraphSplitter.isSpace(c[first])) {
            first++;
        }
        if (first == n && decoder.badSequences == 0) {
            lastLineBlank = true;
            return null;
        }
        if (decoder.badSequences > 0) {
            problems.encodingInLine(file, lineNo, decoder.firstBadByte, decoder.badSequences, decoder.charset().name());
            return null;
        }
        lineBytes = null;
        lineStart = off;
        lineEnd = n;
        return factory.createParser(c, off, n - off);
    }

    /** The start of the current line as text, for snippets. */
    private String lineText() {
        int n = Math.min(lineEnd - lineStart, 4 * FileProblems.SNIPPET_MAX);
        return lineBytes != null
                ? new String(lineBytes, lineStart, n, StandardCharsets.UTF_8)
                : new String(decoder.chars(), lineStart, n);
    }

    private void malformed(FileProblems problems, String file, int lineNo, String error, JsonLocation at) {
        int column = at == null ? 0 : at.getColumnNr();
        problems.malformed(file, lineNo, error, column, lineText());
    }

    private static String typeOf(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
