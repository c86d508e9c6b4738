package io.github.corpuscheck.io;

import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a corpus directory. (Minimal text-only version; JSON Lines, front matter and paragraphs come next.) */
public final class CorpusReader implements CorpusSource {

    private final ReaderOptions options;
    private int files;
    private long bytes;

    public CorpusReader(ReaderOptions options) {
        this.options = options;
    }

    /** Corpus-relative paths of the files to read, sorted. */
    public List<String> listFiles() throws IOException {
        List<AntPattern> inc = (options.includes().isEmpty()
                        ? List.of("**/*.txt", "**/*.md", "**/*.jsonl", "**/*.jsonl.gz", "**/*.ndjson")
                        : options.includes())
                .stream().map(AntPattern::new).toList();
        List<AntPattern> exc = options.excludes().stream().map(AntPattern::new).toList();
        Path root = options.directory();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(r -> inc.stream().anyMatch(a -> a.matches(r)) && exc.stream().noneMatch(a -> a.matches(r)))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink problems) throws IOException {
        files = 0;
        bytes = 0;
        int index = 0;
        for (String rel : listFiles()) {
            Path p = options.directory().resolve(rel);
            String text = Files.readString(p, options.encoding());
            files++;
            bytes += Files.size(p);
            List<Paragraph> paras = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paras.add(new Paragraph(lines[i].trim(), i + 1));
                }
            }
            consumer.accept(new Document(index++, rel, rel, 1, Map.of(), text, 1, paras));
        }
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) throws IOException {
        read(d -> {
            if (wanted.get(d.index())) {
                consumer.accept(d);
            }
        }, f -> {});
    }

    @Override
    public int files() {
        return files;
    }

    @Override
    public long bytes() {
        return bytes;
    }
}
