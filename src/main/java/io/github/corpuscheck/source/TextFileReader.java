package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text article: one document per file. Metadata comes from front matter, or from an inline {@code date}
 * prefix, or is absent. The id is the front-matter {@code id}, else the corpus-relative path. Not thread-safe.
 */
final class TextFileReader {

    static final int SNIFF_BYTES = 8192;

    private final TextDecoder decoder;
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
        if (bytes.length == 0) {
            problems.emptyFile(file, 0);
            return null;
        }
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
        decoder.decode(bytes, 0, bytes.length);
        String text = decoder.string();
        decoder.release();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.emptyFile(file, bytes.length);
            return null;
        }
        Document doc = parse(text, file, index);
        if (decoder.badSequences > 0) {
            problems.encodingInDocument(doc, decoder.firstBadLine + 1, decoder.firstBadByte, decoder.badSequences,
                    decoder.charset().name());
        }
        if (!doc.hasText()) {
            problems.missingText(doc, null, doc.text() != null);
        }
        return doc;
    }

    /** Splits decoded text into metadata and body and builds the document. */
    static Document parse(String text, String file, int index) {
        Map<String, String> fields = new HashMap<>();
        int[] bodyLine = {1};
        int body = FrontMatter.parse(text, fields, bodyLine);
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

    /** The file's bytes, or null when it is too large (reported). Gzip files are decompressed up to the limit. */
    private byte[] load(Path path, String file, long knownSize, FileProblems problems) throws IOException {
        int cap = (int) Math.min(maxFileSize, Integer.MAX_VALUE - 16L);
        if (file.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
                byte[] b = in.readNBytes(cap + 1);
                if (b.length > maxFileSize || b.length > cap) {
                    problems.tooLarge(file, b.length + in.transferTo(java.io.OutputStream.nullOutputStream()), maxFileSize);
                    return null;
                }
                return b;
            }
        }
        long size = knownSize >= 0 ? knownSize : Files.size(path);
        if (size > maxFileSize || size > cap) {
            problems.tooLarge(file, size, maxFileSize);
            return null;
        }
        byte[] b = Files.readAllBytes(path);
        if (b.length > maxFileSize) { // grew since it was listed
            problems.tooLarge(file, b.length, maxFileSize);
            return null;
        }
        return b;
    }
}
