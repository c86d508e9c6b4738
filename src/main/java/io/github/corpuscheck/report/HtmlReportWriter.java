package io.github.corpuscheck.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code index.html}: one self-contained page (inline CSS and a few lines of JS, no network): summary, limits,
 * findings with a rule filter and a search box, duplicate clusters, a member and its representative side by side
 * with shared paragraphs marked, and the length histogram, when those sections exist. Every value from the corpus is
 * HTML-escaped, and unpaired surrogates become U+FFFD.
 */
public final class HtmlReportWriter implements ReportWriter {

    public static final String FILE_NAME = "index.html";
    /** Clusters shown in full; more are counted. */
    static final int MAX_CLUSTERS = 500;
    static final int MAX_FINDINGS = 20_000;

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.error{color:#b00020;font-weight:bold}.warning{color:#8a5a00}.passed{color:#1b5e20}
            .bar{background:#4a78b5;height:1em;display:inline-block}code{white-space:pre-wrap}
            #controls{margin:.5em 0}details{margin:.2em 0}table.side td{width:50%}p.shared{background:#fff3b0}""";

    private static final String JS = """
            (function(){var r=document.getElementById('rule'),q=document.getElementById('q');
            function f(){var rv=r.value,qv=q.value.toLowerCase(),n=0;
            document.querySelectorAll('#findings tbody tr').forEach(function(t){
            var ok=(rv===''||t.getAttribute('data-rule')===rv)&&(qv===''||t.textContent.toLowerCase().indexOf(qv)>=0);
            t.style.display=ok?'':'none';if(ok)n++;});document.getElementById('shown').textContent=n;}
            r.addEventListener('change',f);q.addEventListener('input',f);})();""";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve(FILE_NAME);
        Files.writeString(file, render(result, context), StandardCharsets.UTF_8);
        return file;
    }

    public String render(CheckResult r, ReportContext context) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(contentSecurityPolicy(JS)).append("\">\n");
        h.append("<title>Corpus report: ").append(e(r.corpusLabel())).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        summary(h, r, context);
        limits(h, r);
        findings(h, r);
        r.section(DuplicateClustersSection.class).ifPresent(s -> duplicates(h, s));
        r.section(SharedParagraphsSection.class).map(SharedParagraphsSection::pairs).filter(p -> !p.isEmpty())
                .ifPresent(p -> sideBySide(h, p));
        r.section(LengthHistogramSection.class).ifPresent(s -> histogram(h, s));
        h.append("<script>").append(JS).append("</script>\n</body></html>\n");
        return SafeText.wellFormed(h.toString());
    }

    /**
     * Nothing from the network, no plugins, no forms; the inline style sheet and style attributes (the histogram's
     * bars); and exactly one script: the page's own, allowed by its SHA-256 hash, so a script that got into the page
     * in any other way does not run.
     */
    static String contentSecurityPolicy(String script) {
        return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + sha256Base64(script) + "'";
    }

    private static String sha256Base64(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void summary(StringBuilder h, CheckResult r, ReportContext context) {
        h.append("<h1>Corpus ").append(e(r.corpusLabel())).append(": ")
                .append(r.failed() ? "<span class=\"error\">FAILED</span>" : "<span class=\"passed\">passed</span>").append("</h1>\n");
        h.append("<p>corpus-maven-plugin ").append(e(context.toolVersion())).append("</p>\n<h2>Summary</h2>\n<table>\n");
        row(h, "Documents", String.valueOf(r.documents()));
        row(h, "Files", String.valueOf(r.files()));
        row(h, "Bytes", String.valueOf(r.bytes()));
        row(h, "Errors", String.valueOf(r.errors()));
        row(h, "Warnings", String.valueOf(r.warnings()));
        r.summary().forEach((k, v) -> row(h, k, plain(v)));
        h.append("</table>\n<table id=\"byrule\"><thead><tr><th>Rule</th><th>Severity</th><th>Findings</th><th>Description</th></tr></thead><tbody>\n");
        for (CheckResult.RuleStatus s : r.rules().values()) {
            int n = r.byRule().getOrDefault(s.rule().id(), 0);
            h.append("<tr><td>").append(e(s.rule().id())).append("</td><td class=\"").append(s.severity().label()).append("\">")
                    .append(s.severity().label()).append("</td><td>").append(n).append("</td><td>")
                    .append(e(s.rule().description() == null ? "" : s.rule().description())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void limits(StringBuilder h, CheckResult r) {
        h.append("<h2>Limits</h2>\n");
        if (r.limits().isEmpty()) {
            h.append("<p>No limits configured.</p>\n");
            return;
        }
        h.append("<table id=\"limits\"><thead><tr><th>Rule</th><th>Metric</th><th>Value</th><th>Maximum</th><th>Result</th></tr></thead><tbody>\n");
        for (LimitResult l : r.limits()) {
            boolean count = l.metric().equals("count");
            h.append("<tr><td>").append(e(l.target())).append("</td><td>").append(e(l.metric())).append("</td><td>")
                    .append(count ? String.valueOf((long) l.value()) : String.valueOf(l.value())).append("</td><td>")
                    .append(count ? String.valueOf((long) l.maximum()) : String.valueOf(l.maximum())).append("</td><td class=\"")
                    .append(l.passed() ? "passed\">passed" : "error\">crossed").append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void findings(StringBuilder h, CheckResult r) {
        h.append("<h2>Findings</h2>\n<div id=\"controls\"><label>Rule <select id=\"rule\"><option value=\"\">all</option>");
        for (String rule : r.byRule().keySet()) {
            h.append("<option value=\"").append(e(rule)).append("\">").append(e(rule)).append("</option>");
        }
        int shown = Math.min(r.findings().size(), MAX_FINDINGS);
        h.append("</select></label> <label>Search <input id=\"q\" type=\"search\"></label> <span id=\"shown\">").append(shown)
                .append("</span> shown</div>\n");
        h.append("<table id=\"findings\"><thead><tr><th>Rule</th><th>Severity</th><th>Document</th><th>Where</th><th>Message</th><th>Evidence</th></tr></thead><tbody>\n");
        List<Finding> list = r.findings();
        for (int i = 0; i < shown; i++) {
            Finding f = list.get(i);
            h.append("<tr data-rule=\"").append(e(f.ruleId())).append("\"><td>").append(e(f.ruleId())).append("</td><td class=\"")
                    .append(f.severity().label()).append("\">").append(f.severity().label()).append("</td><td>")
                    .append(e(f.document() == null ? "" : f.document())).append("</td><td>")
                    .append(e(f.file() == null ? "" : f.file() + (f.line() > 0 ? ":" + f.line() : ""))).append("</td><td>")
                    .append(e(f.message()));
            if (!f.related().isEmpty()) {
                h.append("<br>related: ").append(e(String.join(", ", f.related())));
            }
            h.append("</td><td><code>").append(e(plain(f.evidence()))).append("</code></td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (list.size() > shown) {
            h.append("<p>").append(list.size() - shown).append(" more findings are in report.json.</p>\n");
        }
    }

    /** The clusters, each a collapsed list of its fields and its members' scores; the first {@value #MAX_CLUSTERS}. */
    private static void duplicates(StringBuilder h, DuplicateClustersSection section) {
        h.append("<h2>Duplicate clusters</h2>\n<div id=\"clusters\">\n");
        List<DuplicateClustersSection.Cluster> clusters = section.clusters();
        for (DuplicateClustersSection.Cluster c : clusters.subList(0, Math.min(clusters.size(), MAX_CLUSTERS))) {
            h.append("<details class=\"cluster\"><summary>").append(e(c.representative() + " (" + c.size() + " documents)"))
                    .append("</summary><ul>");
            field(h, "id", c.id());
            field(h, "representative", c.representative());
            field(h, "size", c.size());
            field(h, "lowestSimilarity", c.lowestSimilarity());
            h.append("<li><b>members</b>: ");
            if (c.members().isEmpty()) {
                h.append("[]");
            } else {
                h.append("<ol>");
                for (DuplicateClustersSection.Member m : c.members()) {
                    h.append("<li><ul>");
                    field(h, "document", m.document());
                    field(h, "rule", m.rule());
                    field(h, "jaccard", m.jaccard());
                    field(h, "containmentOfDocument", m.containmentOfDocument());
                    field(h, "containmentOfRepresentative", m.containmentOfRepresentative());
                    field(h, "sharedParagraphs", m.sharedParagraphs());
                    h.append("</ul></li>");
                }
                h.append("</ol>");
            }
            h.append("</li></ul></details>\n");
        }
        if (clusters.size() > MAX_CLUSTERS) {
            h.append("<p>").append(clusters.size() - MAX_CLUSTERS).append(" more clusters are in report.json.</p>\n");
        }
        h.append("</div>\n");
    }

    /** {@code <li><b>name</b>: value</li>}, the value escaped. */
    private static void field(StringBuilder h, String name, Object value) {
        h.append("<li><b>").append(name).append("</b>: ").append(e(String.valueOf(value))).append("</li>");
    }

    /** A member and its representative, paragraph columns side by side, shared paragraphs marked. */
    private static void sideBySide(StringBuilder h, List<SharedParagraphsSection.Pair> pairs) {
        h.append("<h2>Duplicates side by side</h2>\n<div id=\"pairs\">\n");
        for (SharedParagraphsSection.Pair pair : pairs) {
            String member = e(String.valueOf(pair.member()));
            String representative = e(String.valueOf(pair.representative()));
            h.append("<details class=\"pair\"><summary>").append(member).append(" and ").append(representative)
                    .append("</summary>\n<table class=\"side\"><thead><tr><th>").append(member).append("</th><th>")
                    .append(representative).append(" (representative)</th></tr></thead><tbody><tr><td>");
            paragraphs(h, pair.memberParagraphs());
            h.append("</td><td>");
            paragraphs(h, pair.representativeParagraphs());
            h.append("</td></tr></tbody></table></details>\n");
        }
        h.append("</div>\n");
    }

    private static void paragraphs(StringBuilder h, List<SharedParagraphsSection.MarkedParagraph> paragraphs) {
        for (SharedParagraphsSection.MarkedParagraph p : paragraphs) {
            h.append(p.shared() ? "<p class=\"shared\">" : "<p>").append(e(String.valueOf(p.text()))).append("</p>");
        }
    }

    private static void histogram(StringBuilder h, LengthHistogramSection histogram) {
        long max = 1;
        for (LengthHistogramSection.Bucket b : histogram.buckets()) {
            max = Math.max(max, b.documents());
        }
        h.append("<h2>Document length (words)</h2>\n<table id=\"histogram\"><tbody>\n");
        for (LengthHistogramSection.Bucket b : histogram.buckets()) {
            h.append("<tr><td>").append(e(b.label())).append("</td><td>").append(b.documents())
                    .append("</td><td><span class=\"bar\" style=\"width:").append(Math.round(300.0 * b.documents() / max))
                    .append("px\"></span></td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(e(k)).append("</th><td>").append(e(v)).append("</td></tr>\n");
    }

    /** A compact, JSON-like text of a value (not escaped). */
    static String plain(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(": ").append(plain(x)));
            return sb.append('}').toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : c) {
                sb.append(sb.length() > 1 ? ", " : "").append(plain(x));
            }
            return sb.append(']').toString();
        }
        if (v instanceof long[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof int[] a) {
            return java.util.Arrays.toString(a);
        }
        return String.valueOf(v);
    }

    static String e(String s) {
        return s == null ? "" : escapeHtml4(s);
    }
}
