package io.github.corpuscheck.report;

import io.github.corpuscheck.api.BaselineSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.internal.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text a build log shows for a result; the mojo decides the log level of each line. Ids, file names and
 * messages come from the corpus: every line has its control characters escaped ({@code \n}, {@code \u001b}), so one
 * finding is one line, and every line starts with the plugin's own text (a finding with its rule id in brackets), so
 * no corpus text can pass for a log line of its own or a CI runner's command.
 */
public final class ConsoleSummary {

    /** A line to log, and whether it speaks of an error, a warning or neither; its text is made a safe log line. */
    public record Line(Severity level, String text) {
        public Line {
            text = SafeText.logLine(text);
        }
    }

    private ConsoleSummary() {}

    public static List<Line> lines(CheckResult r, int maxFindingsPerRule) {
        List<Line> out = new ArrayList<>();
        if (r.byRule().isEmpty()) {
            out.add(info("No findings."));
        } else {
            out.add(info("Findings by rule:"));
            r.byRule().forEach((rule, n) -> {
                Severity s = r.rules().containsKey(rule) ? r.rules().get(rule).severity() : Severity.WARNING;
                out.add(new Line(s, String.format(java.util.Locale.ROOT, "  %-36s %-7s %d", rule, s.label(), n)));
            });
        }
        r.summary().forEach((k, v) -> out.add(info("  " + k + ": " + (v instanceof Map<?, ?> m
                ? m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                : v))));
        fixedBaselineEntries(r, maxFindingsPerRule, out);
        for (LimitResult l : r.limits()) {
            out.add(new Line(l.passed() ? null : Severity.ERROR, "Limit " + l.describe() + (l.passed() ? ": passed" : ": FAILED")));
        }
        Map<String, Integer> shown = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            int n = shown.merge(f.ruleId(), 1, Integer::sum);
            if (n <= maxFindingsPerRule) {
                out.add(new Line(f.severity(), format(f)));
            }
        }
        shown.forEach((rule, n) -> {
            if (n > maxFindingsPerRule) {
                out.add(info("  ... " + (n - maxFindingsPerRule) + " more " + rule + " findings in the report"));
            }
        });
        return out;
    }

    /** Baseline entries that no longer occur: worth dropping from the committed baseline. */
    private static void fixedBaselineEntries(CheckResult r, int max, List<Line> out) {
        List<BaselineSection.Fixed> fixed = r.section(BaselineSection.class).map(BaselineSection::fixed).orElse(List.of());
        if (fixed.isEmpty()) {
            return;
        }
        out.add(info(fixed.size() + " baseline entr" + (fixed.size() == 1 ? "y" : "ies")
                + " no longer occur (fixed); run corpus:baseline to drop them:"));
        for (int i = 0; i < Math.min(max, fixed.size()); i++) {
            out.add(info("  [" + fixed.get(i).rule() + "] " + fixed.get(i).document()));
        }
        if (fixed.size() > max) {
            out.add(info("  ... " + (fixed.size() - max) + " more in the report"));
        }
    }

    /** {@code [metadata.missing] 000.txt:1 (000.txt) No date: ...}, on one line (control characters escaped). */
    public static String format(Finding f) {
        String where = f.file() + (f.line() > 0 ? ":" + f.line() : "");
        String doc = f.document() != null && !f.document().equals(f.file()) ? " (" + f.document() + ")" : "";
        return SafeText.oneLine("[" + f.ruleId() + "] " + where + doc + " " + f.message());
    }

    /**
     * The five lines that close a run's log, for a reviewer reading a CI log: the verdict, the errors, the warnings,
     * the crossed limits, where the reports are. {@code millis} is the whole run's time (the log's only timing).
     */
    public static List<Line> closing(CheckResult r, boolean failed, long millis, String reports) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(failed ? Severity.ERROR : null, String.format(java.util.Locale.ROOT,
                "Corpus check %s in %s: %,d documents in %,d %s, %s.", failed ? "FAILED" : "PASSED",
                ProgressLog.seconds(millis), r.documents(), r.files(), r.files() == 1 ? "file" : "files",
                ProgressLog.size(r.bytes()))));
        out.add(new Line(r.errors() > 0 ? Severity.ERROR : null, "Errors: " + counts(r, Severity.ERROR)));
        out.add(info("Warnings: " + counts(r, Severity.WARNING)));
        List<LimitResult> crossed = r.crossedLimits();
        out.add(new Line(crossed.isEmpty() ? null : Severity.ERROR, "Limits crossed: " + (crossed.isEmpty() ? "none"
                : crossed.stream().map(LimitResult::describe).collect(Collectors.joining("; "))) + "."));
        out.add(info("Reports: " + reports));
        return out;
    }

    /** {@code 1,234 (metadata.missing 1,000, duplicate.exact 234).}: the three largest rules, then how many more. */
    private static String counts(CheckResult r, Severity severity) {
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.severity() == severity) {
                byRule.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        if (byRule.isEmpty()) {
            return "none.";
        }
        int total = byRule.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> top = byRule.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .toList();
        String listed = top.stream().limit(3).map(e -> String.format(java.util.Locale.ROOT, "%s %,d", e.getKey(),
                e.getValue())).collect(Collectors.joining(", "));
        String more = top.size() > 3 ? ", " + (top.size() - 3) + " more rule" + (top.size() == 4 ? "" : "s") : "";
        return String.format(java.util.Locale.ROOT, "%,d (%s%s).", total, listed, more);
    }

    /** The one-paragraph reason a build fails, or {@code null} when it passes. */
    public static String failureMessage(CheckResult r, String reportPath) {
        if (!r.failed()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> errorRules = r.errorRules();
        if (!errorRules.isEmpty()) {
            parts.add(r.errors() + " error finding(s): " + errorRules.stream()
                    .map(id -> id + " (" + r.byRule().get(id) + ")").collect(Collectors.joining(", ")));
        }
        if (!r.crossedLimits().isEmpty()) {
            parts.add("limit(s) crossed: " + r.crossedLimits().stream().map(LimitResult::describe).collect(Collectors.joining(", ")));
        }
        return "Corpus check failed: " + String.join("; ", parts) + ". See " + reportPath;
    }

    private static Line info(String s) {
        return new Line(null, s);
    }
}
