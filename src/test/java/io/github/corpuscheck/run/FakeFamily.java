package io.github.corpuscheck.run;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Rule;
import java.util.List;

/**
 * A check family with one setting of each kind a settings file or the command line must handle, and no checks: tests
 * of settings parsing that do not depend on the real families.
 */
public final class FakeFamily implements CheckProvider<String> {

    public static final List<Option> OPTIONS = List.of(
            Option.of("shingleSize", Kind.INTEGER, "5", "Words per shingle."),
            Option.of("nearJaccard", Kind.DECIMAL, "0.8", "Jaccard from which texts are near duplicates."),
            Option.of("foldCase", Kind.BOOLEAN, "true", "Compare lower-cased."),
            Option.of("maxDate", Kind.DATE, null, "Latest date."),
            Option.of("extraTrailers", Kind.PHRASES, null, "Trailer phrases, which may hold commas."),
            Option.of("fieldRules", Kind.RECORDS, null, "Per-field schema.").structured(),
            Option.of("trailerFiles", Kind.PATHS, null, "Files of trailer phrases.").structured());

    /** A registry of the run's settings and this family's. */
    public static CheckRegistry registry() {
        return CheckRegistry.of(List.of(new FakeFamily()));
    }

    @Override
    public String family() {
        return "fake";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String description() {
        return "Settings of every kind, no checks.";
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public List<Option> options() {
        return OPTIONS;
    }

    @Override
    public String configure(OptionValues values) {
        return "fake";
    }

    @Override
    public List<CorpusCheck<?>> create(String configuration, CheckEnvironment environment) {
        return List.of();
    }
}
