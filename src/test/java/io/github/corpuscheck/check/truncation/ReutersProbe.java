package io.github.corpuscheck.check.truncation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.corpuscheck.check.CheckRequest;
import io.github.corpuscheck.check.CheckResult;
import io.github.corpuscheck.check.CorpusEngine;
import io.github.corpuscheck.check.RuleSettings;
import io.github.corpuscheck.io.CorpusSource;
import io.github.corpuscheck.io.DocumentConsumer;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.Finding;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Paragraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Measurement harness (not a test): runs the boilerplate and truncation checks over Reuters-21578 JSON Lines with a
 * small jackson-core reader that joins wrapped lines into paragraphs (an indented line or a blank line starts one).
 * Usage: java ... ReutersProbe [path] [ruleToPrint ...]
 */
public final class ReutersProbe {

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args.length > 0 ? args[0] : "/work/shared/corpora/reuters21578/reuters21578.jsonl.gz");
        TruncationConfig config = new TruncationConfig().withReportSignOffs(true);
        CorpusSource src = new JsonlSource(path);
        CheckResult result = new CorpusEngine().run(new CheckRequest(src, "reuters",
                List.of(new BoilerplateCheck(config), new TruncationCheck(config)), RuleSettings.defaults(), List.of(),
                java.util.Set.of(), 2, null));
        System.out.println("documents " + result.documents());
        System.out.println("byRule " + result.byRule());
        System.out.println("summary " + result.summary());
        for (int a = 1; a < args.length; a++) {
            for (Finding f : result.findings()) {
                if (f.ruleId().equals(args[a])) {
                    System.out.println(f.ruleId() + "\t" + f.document() + "\t" + f.evidence().toString().replace("\n", " ⏎ "));
                }
            }
        }
    }

    /** Reuters lines: joins wrapped lines; an indented or blank line starts a new paragraph. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = 1;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean blank = line.isBlank();
            boolean indented = !blank && Character.isWhitespace(line.charAt(0));
            if ((blank || indented) && cur.length() > 0) {
                out.add(new Paragraph(cur.toString(), start));
                cur.setLength(0);
            }
            if (!blank) {
                if (cur.length() == 0) {
                    start = i + 1;
                } else {
                    cur.append(' ');
                }
                cur.append(line.strip());
            }
        }
        if (cur.length() > 0) {
            out.add(new Paragraph(cur.toString(), start));
        }
        return out;
    }

    static final class JsonlSource implements CorpusSource {
        private final Path path;
        private int files;

        JsonlSource(Path path) {
            this.path = path;
        }

        @Override
        public void read(DocumentConsumer consumer, FindingSink problems) throws IOException {
            files = 1;
            JsonFactory jf = new JsonFactory();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    Map<String, String> fields = new TreeMap<>();
                    try (JsonParser p = jf.createParser(line)) {
                        p.nextToken();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            JsonToken t = p.nextToken();
                            if (t == JsonToken.VALUE_STRING) {
                                fields.put(name, p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    String text = fields.remove("text");
                    String id = fields.getOrDefault("id", "line" + lineNo);
                    consumer.accept(new Document(n++, id, "reuters.jsonl", lineNo, fields, text, lineNo,
                            text == null ? List.of() : paragraphs(text)));
                }
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
            return 0;
        }
    }
}
