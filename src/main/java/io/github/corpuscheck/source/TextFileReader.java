package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text article: one document per file. Metadata comes from front matter, or from an inline {@code date}
 * prefix, or is absent. The id is the front-matter {@code id}, else the corpus-relative path. A UTF-16 or UTF-32
 * byte-order mark decides the file's encoding. Not thread-safe.
 */
final class TextFileReader {

    static final int SNIFF_BYTES = 8192;
    /** The most bytes one text article can have: the largest array a JVM reliably allocates. */
    static final int MAX_TEXT_BYTES = Integer.MAX_VALUE - 16;

    private final TextDecoder decoder;
    private final Map<String, TextDecoder> markDecoders = new HashMap<>(4);
    private final long maxFileSize;

    TextFileReader(ReaderOptions options) {
        this.decoder = new TextDecoder(options.encoding());
        this.maxFileSize = options.maxFileSize() > 0 ? options.maxFileSize() : ReaderOptions.DEFAULT_MAX_FILE_SIZE;
    }

    /**
     * Reads the file as document {@code index}; returns the document, or null when the file was skipped.
     * {@code knownSize} is the size seen when listing, or -1.
     */
    Document read(Path path, String file, long knownSize, int index, FileProblems problems) {
        byte[] bytes;
        try {
            bytes = load(path, file, knownSize, problems);
        } catch (IOException | RuntimeException e) {
            problems.unreadable(file, 1, e);
            return null;
        }
        if (bytes == null) {
            return null;
        }
        boolean gzip = file.endsWith(".gz");
        if (bytes.length == 0) {
            empty(path, file, 0, gzip, knownSize, problems);
            return null;
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes, bytes.length);
        TextDecoder decoder = bom == null ? this.decoder : markDecoder(bom);
        int start = bom == null ? 0 : bom.length();
        if (!decoder.wideCharset()) {
            int n = Math.min(bytes.length, SNIFF_BYTES);
            int line = 1;
            for (int i = 0; i < n; i++) {
                if (bytes[i] == 0) {
                    problems.binary(file, i, line);
                    return null;
                }
                if (bytes[i] == '\n') {
                    line++;
                }
            }
        }
        decoder.decode(bytes, start, bytes.length - start);
        String text = decoder.string();
        decoder.release();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            empty(path, file, bytes.length, gzip, knownSize, problems);
            return null;
        }
        Document doc = parse(text, file, index, problems);
        if (decoder.badSequences > 0) {
            problems.encodingInDocument(doc, decoder.firstBadLine + 1, start + decoder.firstBadByte,
                    decoder.badSequences, decoder.charset().name());
        }
        if (!doc.hasText()) {
            problems.missingText(doc, null, doc.text() != null);
        }
        return doc;
    }

    /** The decoder for the encoding a UTF-16 or UTF-32 byte-order mark announces (it overrides {@code encoding}). */
    private TextDecoder markDecoder(ByteOrderMark bom) {
        return markDecoders.computeIfAbsent(bom.charset().name(), n -> new TextDecoder(bom.charset()));
    }

    /** Splits decoded text into metadata and body and builds the document. */
    static Document parse(String text, String file, int index) {
        return parse(text, file, index, null);
    }

    /** As {@link #parse(String, String, int)}, reporting front matter that does not parse to {@code problems}. */
    static Document parse(String text, String file, int index, FileProblems problems) {
        Map<String, String> fields = new HashMap<>();
        int[] bodyLine = {1};
        FrontMatter.Problem[] problem = new FrontMatter.Problem[1];
        int body = FrontMatter.parse(text, fields, bodyLine, problem);
        if (problem[0] != null && problems != null) {
            problems.malformedFrontMatter(file, problem[0].line(), problem[0].format(), problem[0].message());
        }
        if (body < 0) {
            body = InlineMetadata.parse(text, fields, bodyLine);
        }
        if (body < 0) {
            body = 0;
            bodyLine[0] = 1;
        }
        String bodyText = text.substring(body);
        String id = fields.get("id");
        if (id == null || id.isBlank()) {
            id = file;
        }
        if (bodyText.isBlank()) {
            return new Document(index, id, file, 1, fields, null, bodyLine[0], List.of());
        }
        List<Paragraph> paragraphs = ParagraphSplitter.split(bodyText, bodyLine[0], false);
        return new Document(index, id, file, 1, fields, bodyText, bodyLine[0], paragraphs);
    }

    private static void empty(Path path, String file, long size, boolean gzip, long knownSize, FileProblems problems) {
        if (gzip) {
            long compressed = knownSize;
            if (compressed < 0) {
                try {
                    compressed = Files.size(path);
                } catch (IOException e) {
                    compressed = -1; // re-reads only, whose problems are not reported
                }
            }
            problems.emptyGzip(file, size, compressed);
        } else {
            problems.emptyFile(file, size);
        }
    }

    /**
     * The file's bytes, or null when it is too large (reported): over {@code maxFileSize}, or over the
     * {@link #MAX_TEXT_BYTES} an array can hold. Gzip files are decompressed up to the limit.
     */
    private byte[] load(Path path, String file, long knownSize, FileProblems problems) throws IOException {
        int cap = (int) Math.min(maxFileSize, MAX_TEXT_BYTES);
        if (file.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
                byte[] b = in.readNBytes(cap + 1);
                if (b.length > cap) {
                    long size = b.length + in.transferTo(OutputStream.nullOutputStream());
                    problems.tooLarge(file, size, maxFileSize, MAX_TEXT_BYTES);
                    return null;
                }
                return b;
            }
        }
        long size = knownSize >= 0 ? knownSize : Files.size(path);
        if (size > cap) {
            problems.tooLarge(file, size, maxFileSize, MAX_TEXT_BYTES);
            return null;
        }
        byte[] b = Files.readAllBytes(path);
        if (b.length > cap) { // grew since it was listed
            problems.tooLarge(file, b.length, maxFileSize, MAX_TEXT_BYTES);
            return null;
        }
        return b;
    }
}
