package io.github.corpuscheck.adopt;

import io.github.corpuscheck.api.BaselineSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SuppressedSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.Limit;
import io.github.corpuscheck.gate.LimitEvaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies suppressions and a baseline to a result, so a gate can be switched on over a corpus that already has
 * problems: only new findings are counted, listed as findings and held against limits. Nothing disappears:
 * suppressed and baselined findings are counted in the summary ({@code suppressed}, {@code baselined}) and
 * listed in a {@link SuppressedSection} and a {@link BaselineSection}, and baseline entries that no longer occur are
 * counted ({@code fixed}) and listed in the {@link BaselineSection}.
 */
public final class AdoptionFilter {

    public static final String SUPPRESSED = "suppressed";
    public static final String BASELINED = "baselined";
    public static final String FIXED = "fixed";

    private AdoptionFilter() {}

    /**
     * @param result the engine's result
     * @param limits the configured limits, re-evaluated over the remaining findings
     * @param suppressions opt-outs (never {@code null}; use {@link Suppressions#none()})
     * @param baseline accepted findings, or {@code null} for none
     */
    public static CheckResult apply(CheckResult result, List<Limit> limits, Suppressions suppressions, Baseline baseline) {
        if (baseline == null && suppressions.isEmpty()) {
            return result;
        }
        Map<String, Integer> accepted = new HashMap<>();
        if (baseline != null) {
            baseline.entries().forEach(e -> accepted.merge(e.fingerprint(), 1, Integer::sum));
        }
        List<Finding> kept = new ArrayList<>();
        List<SuppressedSection.Suppressed> suppressedList = new ArrayList<>();
        List<BaselineSection.Baselined> baselinedList = new ArrayList<>();
        for (Finding f : result.findings()) {
            String reason = suppressions.reason(f);
            if (reason != null) {
                suppressedList.add(new SuppressedSection.Suppressed(f, reason));
                continue;
            }
            if (baseline != null) {
                String fp = Fingerprints.of(f, baseline.fingerprintVersion());
                Integer left = accepted.get(fp);
                if (left != null && left > 0) {
                    accepted.put(fp, left - 1);
                    baselinedList.add(new BaselineSection.Baselined(f, fp));
                    continue;
                }
            }
            kept.add(f);
        }
        SortedMap<String, Object> summary = new TreeMap<>(result.summary());
        SortedMap<String, ReportSection> sections = new TreeMap<>(result.sections());
        if (!suppressedList.isEmpty()) {
            summary.put(SUPPRESSED, suppressedList.size());
            sections.put(SuppressedSection.NAME, new SuppressedSection(suppressedList));
        }
        if (baseline != null) {
            List<BaselineSection.Fixed> fixed = fixed(baseline, accepted, result);
            summary.put(BASELINED, baselinedList.size());
            summary.put(FIXED, fixed.size());
            sections.put(BaselineSection.NAME, new BaselineSection(baseline.fingerprintVersion(), baselinedList, fixed));
        }
        SortedMap<String, Integer> byRule = new TreeMap<>();
        kept.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        return new CheckResult(result.corpusLabel(), result.documents(), result.files(), result.bytes(), result.rules(),
                List.copyOf(kept), byRule, summary, sections, LimitEvaluator.evaluate(limits, kept, result.documents()),
                result.timings());
    }

    /**
     * Entries no finding matched. Only rules this run reports count: a single-family goal must not call the
     * other families' entries fixed, nor may a rule switched off.
     */
    private static List<BaselineSection.Fixed> fixed(Baseline baseline, Map<String, Integer> left, CheckResult result) {
        List<BaselineSection.Fixed> out = new ArrayList<>();
        for (Baseline.Entry e : baseline.entries()) {
            CheckResult.RuleStatus status = result.rules().get(e.rule());
            if (status == null || status.severity() == Severity.OFF) {
                continue;
            }
            Integer n = left.get(e.fingerprint());
            if (n != null && n > 0) {
                left.put(e.fingerprint(), n - 1);
                out.add(new BaselineSection.Fixed(e.rule(), e.document(), e.fingerprint()));
            }
        }
        return out;
    }
}
