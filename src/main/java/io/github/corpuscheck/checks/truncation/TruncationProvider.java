package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Rule;
import java.util.List;

/** The truncation family: texts cut mid-sentence, ending in a continuation marker, too short, or a prefix of another. */
public final class TruncationProvider implements CheckProvider<TruncationConfig> {

    @Override
    public String family() {
        return "truncation";
    }

    @Override
    public int order() {
        return 400; // after boilerplate (the ending is the body's) and duplicate (prefix-of reads the clusters)
    }

    @Override
    public String description() {
        return "Texts cut off: mid-sentence, without terminal punctuation, continuation markers, too short, prefix of an edition.";
    }

    @Override
    public List<Rule> rules() {
        return TruncationRules.ALL;
    }

    @Override
    public List<Option> options() {
        return List.of(Option.of("minWords", Kind.INTEGER, String.valueOf(TruncationConfig.DEFAULT_MIN_WORDS),
                "Texts with fewer words are truncation.too-short; 0 switches the rule off."));
    }

    @Override
    public TruncationConfig configure(OptionValues v) {
        int minWords = v.integer("minWords");
        if (minWords < 0) {
            v.problem("minWords", minWords, "must be 0 or more");
            return null;
        }
        return TruncationConfig.builder().minWords(minWords).build();
    }

    @Override
    public List<CorpusCheck<?>> create(TruncationConfig config, CheckEnvironment env) {
        // Text endings spill to a temporary file in the run's folder, deleted when the check finishes.
        return List.of(new TruncationCheck(config.withSpillDirectory(env.workDirectory())));
    }
}
