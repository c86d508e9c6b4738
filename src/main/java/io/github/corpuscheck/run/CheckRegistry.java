package io.github.corpuscheck.run;

import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.source.InputRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The check families on the class path, found by {@link ServiceLoader} and sorted by {@link CheckProvider#order()}.
 * Loaded through this class's own loader, so it works inside Maven's plugin realm as well as from a jar.
 */
public final class CheckRegistry {

    private final List<CheckProvider<?>> providers;

    private CheckRegistry(List<CheckProvider<?>> providers) {
        this.providers = List.copyOf(providers);
        Set<String> families = new HashSet<>();
        Set<String> ruleIds = new HashSet<>();
        Set<String> options = new HashSet<>();
        RunOptions.ALL.forEach(o -> options.add(o.name()));
        for (CheckProvider<?> p : providers) {
            if (!families.add(p.family())) {
                throw new IllegalStateException("Two providers of the check family '" + p.family() + "'.");
            }
            for (Rule r : p.rules()) {
                if (!r.id().startsWith(p.family() + ".") || !ruleIds.add(r.id())) {
                    throw new IllegalStateException("Rule " + r.id() + " of family " + p.family()
                            + " is outside the family or declared twice.");
                }
            }
            for (Option o : p.options()) {
                if (!options.add(o.name())) {
                    throw new IllegalStateException("Setting '" + o.name() + "' declared twice (family " + p.family() + ").");
                }
            }
        }
    }

    /** The families on the class path. */
    public static CheckRegistry load() {
        List<CheckProvider<?>> found = new ArrayList<>();
        for (CheckProvider<?> p : ServiceLoader.load(CheckProvider.class, CheckProvider.class.getClassLoader())) {
            found.add(p);
        }
        return of(found);
    }

    /** These families, e.g. a test's. */
    public static CheckRegistry of(List<? extends CheckProvider<?>> providers) {
        List<CheckProvider<?>> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt((CheckProvider<?> p) -> p.order()).thenComparing(CheckProvider::family));
        return new CheckRegistry(sorted);
    }

    /** The providers in run order. */
    public List<CheckProvider<?>> providers() {
        return providers;
    }

    /** The provider of a family, or {@code null}. */
    public CheckProvider<?> provider(String family) {
        return providers.stream().filter(p -> p.family().equals(family)).findFirst().orElse(null);
    }

    /** Every setting: the run's, then each family's in run order. */
    public List<Option> options() {
        List<Option> out = new ArrayList<>(RunOptions.ALL);
        providers.forEach(p -> out.addAll(p.options()));
        return out;
    }

    /**
     * Every rule id a run can report: the families' and the reader's ({@code input.*}), sorted. Rule patterns in
     * severity overrides, limits and suppressions must match one of them.
     */
    public List<String> knownRuleIds() {
        List<String> out = new ArrayList<>();
        InputRules.ALL.forEach(r -> out.add(r.id()));
        providers.forEach(p -> p.rules().forEach(r -> out.add(r.id())));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Every rule of every family, sorted by id. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        providers.forEach(p -> out.addAll(p.rules()));
        out.sort(Comparator.comparing(Rule::id));
        return out;
    }
}
