package io.github.corpuscheck.check.metadata;

import io.github.corpuscheck.check.CheckRequest;
import io.github.corpuscheck.check.CheckResult;
import io.github.corpuscheck.check.CorpusEngine;
import io.github.corpuscheck.check.RuleSettings;
import io.github.corpuscheck.model.Finding;
import io.github.corpuscheck.model.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Measurement, not a test: runs the metadata check over Reuters JSON Lines read with jackson-core.
 * Usage: java -cp ... ReutersMetadataProbe /path/reuters21578.jsonl.gz [dump-rule]
 */
public final class ReutersMetadataProbe {

    public static void main(String[] args) throws Exception {
        MetadataConfig cfg = new MetadataConfig().maxDate(LocalDate.parse("2026-11-25"));
        RuleSettings all = new RuleSettings(Map.of("metadata.title-repeated", Severity.WARNING, "metadata.title-case", Severity.WARNING));
        CheckResult r = new CorpusEngine().run(new CheckRequest(new JsonlTestSource(List.of(Path.of(args[0]))), "reuters",
                List.of(new MetadataCheck(cfg)), all, null, null, 2, null));
        System.out.println("documents " + r.documents() + " byRule " + r.byRule());
        if (args.length > 1) {
            for (Finding x : r.findings()) {
                if (x.ruleId().equals(args[1])) {
                    System.out.println(x.document() + "\t" + x.evidence());
                }
            }
        }
    }
}
