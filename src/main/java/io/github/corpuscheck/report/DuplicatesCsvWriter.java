package io.github.corpuscheck.report;

import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code duplicates.csv}: one row per duplicate (every cluster member but the representative), from the result's
 * {@link DuplicateClustersSection}, in cluster then member order. Written even when empty (header only). Ids that
 * start like a formula are prefixed with {@code '} so a spreadsheet shows them as text.
 */
public final class DuplicatesCsvWriter implements ReportWriter {

    static final String HEADER = "document,cluster,representative,rule,jaccard,containment_of_document,"
            + "containment_of_representative,shared_paragraphs";

    /** First characters that make a spreadsheet cell a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

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
            List<DuplicateClustersSection.Cluster> clusters =
                    result.section(DuplicateClustersSection.class).map(DuplicateClustersSection::clusters).orElse(List.of());
            for (DuplicateClustersSection.Cluster cluster : clusters) {
                for (DuplicateClustersSection.Member m : cluster.members()) {
                    w.write(String.join(",",
                            csv(m.document()), csv(cluster.id()), csv(cluster.representative()),
                            csv(m.rule()), csv(m.jaccard()), csv(m.containmentOfDocument()),
                            csv(m.containmentOfRepresentative()), csv(m.sharedParagraphs())));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    /**
     * A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). Text that a spreadsheet would take
     * for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading {@code '} (as OWASP
     * recommends against CSV injection); numbers are written as they are. Unpaired surrogates become U+FFFD.
     */
    static String csv(Object value) {
        String s = value == null ? "" : SafeText.wellFormed(String.valueOf(value));
        if (value instanceof CharSequence && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
