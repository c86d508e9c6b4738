package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.gate.Limit;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.CorpusSource;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one run needs.
 *
 * @param source the corpus
 * @param corpusLabel the corpus as shown in reports, e.g. its directory relative to the project
 * @param checks the check families, in the order they analyse and finish
 * @param ruleSettings severity overrides
 * @param limits thresholds
 * @param reportedFamilies families whose findings are reported and counted ({@code input} is always reported); an
 *     empty set reports all
 * @param threads worker threads (at least 1)
 * @param progress told on the engine thread the documents and bytes read so far and the phases; may be {@code null}
 */
public record CheckRequest(
        CorpusSource source,
        String corpusLabel,
        List<CorpusCheck<?>> checks,
        RuleSettings ruleSettings,
        List<Limit> limits,
        Set<String> reportedFamilies,
        int threads,
        RunProgress progress) {

    public CheckRequest {
        Objects.requireNonNull(source, "source");
        checks = List.copyOf(checks);
        ruleSettings = ruleSettings == null ? RuleSettings.defaults() : ruleSettings;
        limits = limits == null ? List.of() : List.copyOf(limits);
        reportedFamilies = reportedFamilies == null ? Set.of() : Set.copyOf(reportedFamilies);
        threads = Math.max(1, threads);
    }

    public boolean reports(String family) {
        return reportedFamilies.isEmpty() || family.equals("input") || reportedFamilies.contains(family);
    }
}
