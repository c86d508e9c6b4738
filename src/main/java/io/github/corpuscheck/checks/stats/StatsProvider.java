package io.github.corpuscheck.checks.stats;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Rule;
import java.util.List;

/**
 * Report sections without rules: the length histogram, and the shared paragraphs of each near-duplicate pair for
 * the HTML report's side-by-side view.
 */
public final class StatsProvider implements CheckProvider<Void> {

    @Override
    public String family() {
        return "stats";
    }

    @Override
    public int order() {
        return 900; // last: the shared paragraphs read the duplicate clusters
    }

    @Override
    public String description() {
        return "Corpus statistics for the reports: text lengths, paragraphs shared by near duplicates.";
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public List<Option> options() {
        return List.of();
    }

    @Override
    public Void configure(OptionValues values) {
        return null;
    }

    @Override
    public List<CorpusCheck<?>> create(Void configuration, CheckEnvironment env) {
        return List.of(new LengthHistogramCheck(), new SharedParagraphsCheck());
    }
}
