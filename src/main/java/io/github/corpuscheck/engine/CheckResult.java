package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.gate.LimitResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The outcome of a run. Everything but {@code timings} is deterministic for the same corpus and configuration.
 *
 * @param corpusLabel the corpus as shown in reports
 * @param documents documents read
 * @param files files read
 * @param bytes bytes read
 * @param rules every known rule with its effective severity, sorted by id
 * @param findings reported findings, sorted by file, line, rule, document
 * @param byRule number of reported findings per rule id (rules without findings are absent)
 * @param summary extra summary values from checks, sorted by key
 * @param sections report sections from checks and adoption (e.g. the duplicate clusters) by {@link ReportSection#name()},
 *     sorted by name; writers other than {@code report.json} read them by type with {@link #section(Class)}
 * @param limits evaluated limits, in configuration order
 * @param timings milliseconds per phase ({@code engine} is the total), in phase order
 */
public record CheckResult(
        String corpusLabel,
        int documents,
        int files,
        long bytes,
        SortedMap<String, RuleStatus> rules,
        List<Finding> findings,
        SortedMap<String, Integer> byRule,
        SortedMap<String, Object> summary,
        SortedMap<String, ReportSection> sections,
        List<LimitResult> limits,
        Map<String, Long> timings) {

    /** A rule as configured for this run. */
    public record RuleStatus(Rule rule, Severity severity) {}

    public CheckResult {
        sections.forEach((name, section) -> {
            if (!name.equals(section.name())) {
                throw new IllegalArgumentException("Section " + section.name() + " filed under " + name);
            }
        });
    }

    /** The section of this type, if a check or the adoption filter added one. */
    public <T extends ReportSection> Optional<T> section(Class<T> type) {
        for (ReportSection s : sections.values()) {
            if (type.isInstance(s)) {
                return Optional.of(type.cast(s));
            }
        }
        return Optional.empty();
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Rule ids that have at least one error finding, sorted. */
    public List<String> errorRules() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).distinct().sorted().toList();
    }

    public List<LimitResult> crossedLimits() {
        return limits.stream().filter(l -> !l.passed()).toList();
    }

    /** True when the gate fails: an error finding or a crossed limit. */
    public boolean failed() {
        return errors() > 0 || !crossedLimits().isEmpty();
    }

    public long engineMillis() {
        return timings.getOrDefault("engine", 0L);
    }
}
