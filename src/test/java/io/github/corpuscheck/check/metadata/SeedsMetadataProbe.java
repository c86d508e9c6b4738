package io.github.corpuscheck.check.metadata;

import io.github.corpuscheck.check.CheckRequest;
import io.github.corpuscheck.check.CheckResult;
import io.github.corpuscheck.check.CorpusCheck;
import io.github.corpuscheck.check.CorpusEngine;
import io.github.corpuscheck.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement, not a test: the metadata check on the two seed articles (args: seeds folder), with the inline
 * {@code date} prefix read as the io reader does, and once more with the pair published as near-duplicates.
 */
public final class SeedsMetadataProbe {

    public static void main(String[] args) throws Exception {
        Pattern inline = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2}) ");
        ListSource src = new ListSource();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                Matcher m = inline.matcher(text);
                String name = p.getFileName().toString();
                if (m.find()) {
                    src.add(name, text.substring(m.end()), "date", m.group(1));
                } else {
                    src.add(name, text);
                }
            }
        }
        for (boolean withDuplicates : new boolean[] {false, true}) {
            List<CorpusCheck<?>> checks = withDuplicates
                    ? List.of(new DuplicateEvidenceTest.FakeDuplicates().cluster(null, 0, 1).paragraphs(0, 1, 2).paragraphs(1, 1),
                            new MetadataCheck(new MetadataConfig()))
                    : List.of(new MetadataCheck(new MetadataConfig()));
            CheckResult r = new CorpusEngine().run(new CheckRequest(src, "seeds", checks, null, null, null, 2, null));
            System.out.println("duplicates published: " + withDuplicates + " -> " + r.byRule());
            for (Finding f : r.findings()) {
                System.out.println("  " + f + " " + f.evidence());
            }
        }
    }
}
