package io.github.corpuscheck.api;

import java.util.List;

/**
 * A check family, found by {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/io.github.corpuscheck.api.CheckProvider}). The engine knows no family by name: adding
 * one is a package with its checks and a provider, plus one line in that file.
 *
 * <p>A provider is stateless. For every run it turns the user's option values into an immutable configuration
 * ({@link #configure}) and makes new check instances from it ({@link #create}); a check instance serves one run.
 *
 * @param <C> the family's configuration
 */
public interface CheckProvider<C> {

    /** The family id, the first part of its rule ids ({@code duplicate} for {@code duplicate.near}). */
    String family();

    /**
     * Where the family runs among the others, lowest first: a family that publishes results (the body without
     * trailers, the duplicate clusters) runs before those that read them.
     */
    int order();

    /** One line on what the family checks. */
    String description();

    /** Every rule the family can report, with its default severity. */
    List<Rule> rules();

    /** The settings the family takes. */
    List<Option> options();

    /**
     * The family's configuration from the option values; problems are reported through
     * {@link OptionValues#problem}, after which the returned value is not used.
     */
    C configure(OptionValues values);

    /** New checks for one run, in the order they analyse and finish. */
    List<CorpusCheck<?>> create(C configuration, CheckEnvironment environment);
}
