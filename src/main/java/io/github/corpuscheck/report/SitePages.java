package io.github.corpuscheck.report;

import io.github.corpuscheck.internal.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages of {@code mvn site}: one module's report ({@code corpus:report}) and the aggregate of a multi-module
 * build ({@code corpus:report-aggregate}). The verdict, counts per rule (and module), limits with their margin, the
 * worst findings (errors first, at most a given number, saying so when there are more) and the duplicate clusters.
 * Texts from the corpus (ids, file names, messages) are kept on one line; escaping is the renderer's.
 */
public final class SitePages {

    private SitePages() {}

    /**
     * One module's page.
     *
     * @param source where the report was read from, as the page names it
     * @param maxFindings how many findings the page lists at most
     * @param maxClusters how many duplicate clusters the page lists at most
     */
    public static SitePage of(CorpusReport r, String source, int maxFindings, int maxClusters) {
        List<SitePage.Block> b = new ArrayList<>();
        b.add(new SitePage.Heading(1, "Corpus folder " + one(r.corpusDirectory())));
        b.add(new SitePage.Paragraph(verdict(r.failed(), r.errors(), r.crossedLimits().size())));
        List<String> header = new ArrayList<>(List.of("Verdict", "Documents", "Files", "Bytes", "Errors", "Warnings"));
        List<String> row = new ArrayList<>(List.of(r.failed() ? "failed" : "passed", n(r.documents()), n(r.files()),
                n(r.bytes()), n(r.errors()), n(r.warnings())));
        if (r.suppressed() >= 0) {
            header.add("Suppressed");
            row.add(n(r.suppressed()));
        }
        if (r.baselined() >= 0) {
            header.add("Baselined");
            row.add(n(r.baselined()));
        }
        b.add(new SitePage.Table(header, List.of(row)));
        b.add(new SitePage.Paragraph("From " + one(source) + ", written by corpus-maven-plugin "
                + one(r.toolVersion()) + "."));

        b.add(new SitePage.Heading(2, "Findings per rule"));
        if (r.byRule().isEmpty()) {
            b.add(new SitePage.Paragraph("No findings."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            r.byRule().forEach((rule, count) -> rows.add(List.of(rule, r.severities().getOrDefault(rule, ""), n(count))));
            b.add(new SitePage.Table(List.of("Rule", "Severity", "Findings"), rows));
        }

        b.add(new SitePage.Heading(2, "Limits"));
        if (r.limits().isEmpty()) {
            b.add(new SitePage.Paragraph("No limits are configured."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusReport.LimitRow l : r.limits()) {
                rows.add(limitRow(l));
            }
            b.add(new SitePage.Table(List.of("Rule", "Metric", "Maximum", "Actual", "Margin", "Result"), rows));
        }

        b.add(new SitePage.Heading(2, "Findings"));
        List<CorpusReport.FindingRow> worst = r.worstFindings(maxFindings);
        b.add(new SitePage.Paragraph(shown(worst.size(), r.findingsTotal(), "finding", "findings",
                "errors first", r.capped() ? one(r.findingsPath()) + " (report.json holds the first "
                        + n(r.findings().size()) + ")" : "report.json")));
        if (!worst.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusReport.FindingRow f : worst) {
                rows.add(List.of(f.severity(), f.rule(), one(r.location(f)), one(f.document()), one(f.message())));
            }
            b.add(new SitePage.Table(List.of("Severity", "Rule", "Location", "Document", "Message"), rows));
        }

        b.add(new SitePage.Heading(2, "Duplicate clusters"));
        List<CorpusReport.Cluster> clusters = r.clusters();
        int shownClusters = Math.min(maxClusters, clusters.size());
        b.add(new SitePage.Paragraph(shown(shownClusters, clusters.size(), "cluster", "clusters", null, "report.json")));
        if (shownClusters > 0) {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusReport.Cluster c : clusters.subList(0, shownClusters)) {
                rows.add(clusterRow(c));
            }
            b.add(new SitePage.Table(List.of("Representative", "Size", "Lowest similarity", "Other members"), rows));
        }
        return new SitePage("Corpus report", b);
    }

    /**
     * The page of a multi-module build.
     *
     * @param source where the aggregate report.json was written, as the page names it
     */
    public static SitePage of(CorpusAggregate a, String source, int maxFindings, int maxClusters) {
        List<SitePage.Block> b = new ArrayList<>();
        int modules = a.modules().size();
        b.add(new SitePage.Heading(1, "Corpus of " + modules + (modules == 1 ? " module" : " modules")));
        List<String> failedModules = a.failedModules();
        b.add(new SitePage.Paragraph(failedModules.isEmpty() ? "Verdict: passed in every module."
                : "Verdict: failed in " + failedModules.size() + " of " + modules + " modules ("
                        + one(String.join(", ", failedModules)) + ")."));
        b.add(new SitePage.Table(List.of("Verdict", "Modules", "Documents", "Files", "Bytes", "Errors", "Warnings"),
                List.of(List.of(a.failed() ? "failed" : "passed", n(modules), n(a.documents()), n(a.files()),
                        n(a.bytes()), n(a.errors()), n(a.warnings())))));
        b.add(new SitePage.Paragraph("Aggregate report: " + one(source) + "."));

        b.add(new SitePage.Heading(2, "Modules"));
        if (a.modules().isEmpty()) {
            b.add(new SitePage.Paragraph("No module has a corpus report."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusAggregate.Module m : a.modules()) {
                CorpusReport r = m.report();
                rows.add(List.of(one(m.name()), one(m.artifactId()), one(m.corpusPath()), r.failed() ? "failed" : "passed",
                        n(r.documents()), n(r.errors()), n(r.warnings()), n(r.crossedLimits().size())));
            }
            b.add(new SitePage.Table(List.of("Module", "Artifact", "Corpus", "Verdict", "Documents", "Errors",
                    "Warnings", "Crossed limits"), rows));
        }

        b.add(new SitePage.Heading(2, "Findings per rule"));
        Map<String, java.util.SortedMap<String, Long>> table = a.byRuleAndModule();
        if (table.isEmpty()) {
            b.add(new SitePage.Paragraph("No findings."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            table.forEach((rule, byModule) -> {
                StringBuilder per = new StringBuilder();
                byModule.forEach((module, count) -> per.append(per.length() == 0 ? "" : ", ").append(one(module))
                        .append(' ').append(n(count)));
                rows.add(List.of(rule, n(byModule.values().stream().mapToLong(Long::longValue).sum()), per.toString()));
            });
            b.add(new SitePage.Table(List.of("Rule", "Findings", "By module"), rows));
        }

        b.add(new SitePage.Heading(2, "Limits"));
        List<List<String>> limitRows = new ArrayList<>();
        for (CorpusAggregate.Module m : a.modules()) {
            for (CorpusReport.LimitRow l : m.report().limits()) {
                List<String> row = new ArrayList<>(List.of(one(m.name())));
                row.addAll(limitRow(l));
                limitRows.add(row);
            }
        }
        if (limitRows.isEmpty()) {
            b.add(new SitePage.Paragraph("No limits are configured."));
        } else {
            b.add(new SitePage.Table(List.of("Module", "Rule", "Metric", "Maximum", "Actual", "Margin", "Result"),
                    limitRows));
        }

        b.add(new SitePage.Heading(2, "Findings"));
        List<CorpusAggregate.ModuleFinding> worst = a.worstFindings(maxFindings);
        b.add(new SitePage.Paragraph(shown(worst.size(), a.findingsTotal(), "finding", "findings", "errors first",
                a.capped().isEmpty() ? one(source) : "the modules' report.json and the findings files of "
                        + one(String.join(", ", a.capped())) + " (" + one(source) + " lists those in report.json)")));
        if (!worst.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusAggregate.ModuleFinding mf : worst) {
                CorpusReport.FindingRow f = mf.finding();
                rows.add(List.of(f.severity(), f.rule(), one(mf.location()), one(f.document()), one(f.message())));
            }
            b.add(new SitePage.Table(List.of("Severity", "Rule", "Location", "Document", "Message"), rows));
        }

        b.add(new SitePage.Heading(2, "Duplicate clusters"));
        List<CorpusAggregate.ModuleCluster> clusters = a.clusters();
        int shownClusters = Math.min(maxClusters, clusters.size());
        b.add(new SitePage.Paragraph(shown(shownClusters, clusters.size(), "cluster", "clusters", null,
                "the modules' report.json")));
        if (shownClusters > 0) {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusAggregate.ModuleCluster mc : clusters.subList(0, shownClusters)) {
                List<String> row = new ArrayList<>(List.of(one(mc.module())));
                row.addAll(clusterRow(mc.cluster()));
                rows.add(row);
            }
            b.add(new SitePage.Table(List.of("Module", "Representative", "Size", "Lowest similarity", "Other members"),
                    rows));
        }
        return new SitePage("Corpus report (aggregate)", b);
    }

    private static String verdict(boolean failed, long errors, int crossed) {
        if (!failed) {
            return "Verdict: passed.";
        }
        List<String> why = new ArrayList<>();
        if (errors > 0) {
            why.add(n(errors) + (errors == 1 ? " error finding" : " error findings"));
        }
        if (crossed > 0) {
            why.add(crossed + (crossed == 1 ? " crossed limit" : " crossed limits"));
        }
        return "Verdict: failed" + (why.isEmpty() ? "." : " (" + String.join(", ", why) + ").");
    }

    /** {@code All 3 findings, errors first.} or {@code The first 100 of 2,981 findings, errors first; all are in report.json.} */
    private static String shown(int shown, long total, String one, String many, String order, String where) {
        if (total == 0) {
            return "No " + many + ".";
        }
        String ordered = order == null ? "" : ", " + order;
        if (shown == total) {
            return (total == 1 ? "One " + one : "All " + n(total) + " " + many) + ordered + ".";
        }
        return "The first " + n(shown) + " of " + n(total) + " " + many + ordered + "; all are in " + where + ".";
    }

    private static List<String> limitRow(CorpusReport.LimitRow l) {
        boolean count = l.metric().equals("count");
        return List.of(l.target(), l.metric(), number(l.maximum(), count), number(l.value(), count),
                number(l.margin(), count), l.passed() ? "passed" : "crossed");
    }

    private static List<String> clusterRow(CorpusReport.Cluster c) {
        List<String> others = c.members().stream().filter(m -> !m.equals(c.representative())).map(SitePages::one)
                .toList();
        return List.of(one(c.representative()), n(c.size()),
                Double.isNaN(c.lowestSimilarity()) ? "" : number(c.lowestSimilarity(), false), String.join(", ", others));
    }

    /** A count as an integer, a ratio with at most four decimals and no trailing zeros. */
    static String number(double v, boolean count) {
        if (count) {
            return Long.toString(Math.round(v));
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    /** Corpus text on one line, control characters shown as escapes. */
    private static String one(String s) {
        return SafeText.oneLine(s == null ? "" : s);
    }
}
