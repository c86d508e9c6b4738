package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.checks.boilerplate.BoilerplateCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Measurement harness, not a test: runs the boilerplate and truncation checks (sign-offs reported) over one corpus
 * file with the plugin's own reader and prints counts per rule, then every finding of the rules named.
 * Usage: {@code java [-Dsuite=true] -cp ... ReutersProbe FILE [minWords] [rule ...]}; with {@code suite} the standard
 * suite runs (real duplicate clusters for truncation.prefix-of).
 */
public final class ReutersProbe {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/reuters21578/reuters21578.jsonl.gz");
        int minWords = args.length > 1 ? Integer.parseInt(args[1]) : TruncationConfig.DEFAULT_MIN_WORDS;
        TruncationConfig config = TruncationConfig.builder().minWords(minWords).build();
        BoilerplateConfig boilerplate = BoilerplateConfig.builder().reportSignOffs(true).build();
        CorpusReader reader = new CorpusReader(new ReaderOptions(file.getParent(), List.of(file.getFileName().toString()),
                List.of(), InputFormat.AUTO, StandardCharsets.UTF_8, FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        CheckResult result = new CorpusEngine().run(new CheckRequest(reader, "probe",
                Boolean.getBoolean("suite")
                        ? io.github.corpuscheck.run.CheckSuite.standard(io.github.corpuscheck.checks.metadata.MetadataConfig.defaults(),
                                io.github.corpuscheck.checks.duplicate.DuplicateConfig.defaults(), config, boilerplate)
                        : List.of(new BoilerplateCheck(boilerplate), new TruncationCheck(config)),
                RuleSettings.defaults(), List.of(),
                Set.of(), 2, null));
        System.out.println("documents " + result.documents());
        System.out.println("byRule " + result.byRule());
        System.out.println("summary " + result.summary());
        for (int a = 2; a < args.length; a++) {
            for (Finding f : result.findings()) {
                if (f.ruleId().equals(args[a])) {
                    System.out.println(f.ruleId() + "\t" + f.document() + "\t"
                            + f.evidence().toString().replace("\n", " ⏎ "));
                }
            }
        }
    }
}
