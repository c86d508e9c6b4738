package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes fixture corpora into a temporary folder and reads them back with a {@link CorpusReader}. */
final class CorpusFixture {

    final Path root;
    List<String> includes = List.of();
    List<String> excludes = List.of();
    InputFormat format = InputFormat.AUTO;
    Map<String, String> fields = Map.of();
    long maxFileSize = ReaderOptions.DEFAULT_MAX_FILE_SIZE;
    long maxLineSize = ReaderOptions.DEFAULT_MAX_LINE_SIZE;
    boolean followLinksOutside;
    List<Path> excludedPaths = List.of();
    Charset charset = StandardCharsets.UTF_8;

    final List<Document> docs = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    CorpusReader reader;

    CorpusFixture(Path root) {
        this.root = root;
    }

    CorpusFixture text(String rel, String content) throws IOException {
        return bytes(rel, content.getBytes(StandardCharsets.UTF_8));
    }

    CorpusFixture bytes(String rel, byte[] content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return this;
    }

    CorpusFixture gzip(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    ReaderOptions options() {
        return new ReaderOptions(root, includes, excludes, format, charset, new FieldMapping(fields),
                maxFileSize, maxLineSize, followLinksOutside, excludedPaths);
    }

    CorpusFixture read() throws IOException {
        docs.clear();
        findings.clear();
        reader = new CorpusReader(options());
        reader.read(docs::add, b -> findings.add(b.build()));
        return this;
    }

    Document doc(String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id + " in " + ids()));
    }

    List<String> ids() {
        return docs.stream().map(Document::id).toList();
    }

    /** Findings as "rule file:line" strings, in reporting order. */
    List<String> findingKeys() {
        return findings.stream().map(f -> f.ruleId() + " " + f.file() + ":" + f.line()).toList();
    }
}
