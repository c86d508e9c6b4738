package io.github.corpuscheck.report;

import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicates.csv}: one row per duplicate (every cluster member but the representative), from the
 * {@code duplicates} section of the result, in cluster then member order. Written even when empty (header only).
 */
public final class DuplicatesCsvWriter implements ReportWriter {

    static final String HEADER = "document,cluster,representative,rule,jaccard,containment_of_document,"
            + "containment_of_representative,shared_paragraphs";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve("duplicates.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Map<?, ?> cluster : list(map(result.sections().get("duplicates")).get("clusters"))) {
                for (Map<?, ?> m : list(cluster.get("members"))) {
                    w.write(String.join(",",
                            csv(m.get("document")), csv(cluster.get("id")), csv(cluster.get("representative")),
                            csv(m.get("rule")), csv(m.get("jaccard")), csv(m.get("containmentOfDocument")),
                            csv(m.get("containmentOfRepresentative")), csv(m.get("sharedParagraphs"))));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> list(Object o) {
        return o instanceof List<?> l ? (List<Map<?, ?>>) l : List.of();
    }

    /** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
    static String csv(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
