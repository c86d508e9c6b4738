package io.github.corpuscheck.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.api.DocumentMonthsSection;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code index.html}: one self-contained page for people, readable offline. The first screen is written as HTML:
 * the verdict and why, the findings per rule (rules with findings; the others folded), the limits with their
 * margins, and a table of contents. The findings, duplicate clusters and pictures are drawn by the page's own
 * script from data embedded as JSON ({@code <script type="application/json">}, with {@code <}, {@code >} and
 * {@code &} written as {@code \u003c}-style escapes so no corpus text can end the block), a page at a time, with
 * filters, sorting and links to the files. At most {@value #MAX_FINDINGS} findings and {@value #MAX_CLUSTERS}
 * clusters are embedded; the page says when there are more.
 *
 * <p>The {@code Content-Security-Policy} loads nothing from anywhere and allows exactly the page's inline style
 * sheet and script, by their SHA-256 hashes. Every value from the corpus is HTML-escaped in the HTML and set as text
 * (never as markup) by the script; unpaired surrogates become U+FFFD.
 */
public final class HtmlReportWriter implements ReportWriter {

    public static final String FILE_NAME = "index.html";
    /** Findings embedded in the page; more are counted and left to report.json. */
    static final int MAX_FINDINGS = 20_000;
    /** Clusters embedded in the page. */
    static final int MAX_CLUSTERS = 5_000;
    /** Members embedded per cluster. */
    static final int MAX_MEMBERS = 50;
    /** Characters of a finding's evidence shown. */
    static final int MAX_EVIDENCE = 200;
    /** Folders (or files) with their own bar in the picture of findings per folder. */
    static final int MAX_FOLDERS = 20;
    /** More months than this are shown per year. */
    static final int MAX_MONTHS = 240;
    /** Lower bounds of the cluster-size bars. */
    static final int[] CLUSTER_SIZES = {2, 3, 4, 5, 6, 11, 21, 51};

    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");

    private final Map<String, String> environment;
    /** Where all findings of a result with so many findings are, for the page's notes: report.json unless capped. */
    private java.util.function.IntFunction<String> allFindingsIn = n -> "report.json";

    public HtmlReportWriter() {
        this(System.getenv());
    }

    /** @param environment the environment variables (CI variables name the repository and revision for links) */
    public HtmlReportWriter(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Has the page's notes name where all findings are ({@link JsonReportWriter#allFindingsIn}); returns this. */
    public HtmlReportWriter allFindingsIn(java.util.function.IntFunction<String> where) {
        this.allFindingsIn = where;
        return this;
    }

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
        StringBuilder h = new StringBuilder(256 * 1024);
        String title = title(r, context);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(contentSecurityPolicy(CSS, JS)).append("\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(e(title)).append(": ").append(r.failed() ? "failed" : "passed")
                .append(" – corpus report</title>\n<style>").append(CSS).append("</style></head><body>\n");
        h.append("<div id=\"first\">\n");
        header(h, r, context, title);
        verdict(h, r);
        toc(h, r);
        rules(h, r);
        limits(h, r);
        h.append("</div>\n");
        findings(h, r, allFindingsIn.apply(r.findings().size()));
        pictures(h, r);
        r.section(DuplicateClustersSection.class).ifPresent(s -> clusters(h, s));
        corpus(h, r);
        h.append("<script type=\"application/json\" id=\"data\">").append(data(r, context)).append("</script>\n");
        h.append("<script>").append(JS).append("</script>\n</body></html>\n");
        return SafeText.wellFormed(h.toString());
    }

    /**
     * Nothing from the network, no plugins, no forms, no base URL; exactly one style sheet and one script, the
     * page's own, allowed by their SHA-256 hashes. A style attribute or a script that got into the page in any other
     * way has no effect.
     */
    static String contentSecurityPolicy(String style, String script) {
        return "default-src 'none'; style-src 'sha256-" + sha256Base64(style) + "'; script-src 'sha256-"
                + sha256Base64(script) + "'; base-uri 'none'; form-action 'none'";
    }

    static String sha256Base64(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The corpus as the user knows it: the project's name, else the corpus folder relative to the project. */
    static String title(CheckResult r, ReportContext context) {
        String project = context.presentation().projectName();
        if (project != null && !project.isBlank()) {
            return project.strip();
        }
        String label = r.corpusLabel();
        if (label == null || label.isEmpty() || label.equals(".")) {
            Path name = context.corpusDirectory().toAbsolutePath().normalize().getFileName();
            return name == null ? context.corpusDirectory().toAbsolutePath().toString() : name.toString();
        }
        return label;
    }

    private static void header(StringBuilder h, CheckResult r, ReportContext context, String title) {
        h.append("<header><h1>").append(e(title)).append("</h1>\n<p class=\"sub\">");
        if (context.presentation().projectName() != null) {
            h.append("Corpus folder ").append(e(r.corpusLabel())).append(" · ");
        }
        h.append(count(r.documents(), "document")).append(" in ").append(count(r.files(), "file")).append(", ")
                .append(bytes(r.bytes())).append(" · corpus-maven-plugin ").append(e(context.toolVersion()))
                .append("</p></header>\n");
    }

    private static void verdict(StringBuilder h, CheckResult r) {
        boolean failed = r.failed();
        h.append("<section id=\"verdict\" class=\"").append(failed ? "failed" : "passed").append("\">\n<p class=\"status\">")
                .append(failed ? "Failed" : "Passed").append("</p>\n<ul>\n");
        long errors = r.errors();
        if (errors > 0) {
            Map<String, Integer> byRule = new TreeMap<>();
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    byRule.merge(f.ruleId(), 1, Integer::sum);
                }
            }
            StringBuilder rules = new StringBuilder();
            byRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(x -> rules.append(rules.length() == 0 ? "" : ", ").append(x.getKey()).append(' ')
                            .append(number(x.getValue())));
            h.append("<li>").append(count(errors, "error finding")).append(": ").append(e(rules.toString())).append("</li>\n");
        }
        for (LimitResult l : r.crossedLimits()) {
            h.append("<li>Limit crossed: ").append(e(l.target())).append(' ').append(l.metric()).append(' ')
                    .append(e(limitValue(l, l.value()))).append(" &gt; ").append(e(limitValue(l, l.maximum()))).append("</li>\n");
        }
        if (!failed) {
            int limits = r.limits().size();
            h.append("<li>No error findings").append(limits == 0 ? "" : limits == 1 ? "; the limit holds"
                    : "; all " + limits + " limits hold").append("</li>\n");
        }
        h.append("<li>").append(count(r.findings().size(), "finding")).append(": ").append(count(errors, "error"))
                .append(", ").append(count(r.warnings(), "warning")).append("</li>\n</ul>\n</section>\n");
    }

    private static void toc(StringBuilder h, CheckResult r) {
        h.append("<nav id=\"toc\"><b>Contents</b> <a href=\"#rules\">Findings by rule</a> · <a href=\"#limits\">Limits</a> · ")
                .append("<a href=\"#findings\">Findings (").append(number(r.findings().size())).append(")</a> · ")
                .append("<a href=\"#pictures\">Pictures</a> · ");
        r.section(DuplicateClustersSection.class).ifPresent(s -> h.append("<a href=\"#clusters\">Duplicate clusters (")
                .append(number(s.clusters().size())).append(")</a> · "));
        h.append("<a href=\"#corpus\">Corpus</a></nav>\n");
    }

    private static void rules(StringBuilder h, CheckResult r) {
        h.append("<section id=\"rules\"><h2>Findings by rule</h2>\n");
        List<CheckResult.RuleStatus> with = new ArrayList<>();
        List<CheckResult.RuleStatus> without = new ArrayList<>();
        for (CheckResult.RuleStatus s : r.rules().values()) {
            (r.byRule().getOrDefault(s.rule().id(), 0) > 0 ? with : without).add(s);
        }
        with.sort(Comparator.<CheckResult.RuleStatus>comparingInt(s -> s.severity() == Severity.ERROR ? 0 : 1)
                .thenComparing(s -> -r.byRule().get(s.rule().id()))
                .thenComparing(s -> s.rule().id()));
        if (with.isEmpty()) {
            h.append("<p>No findings.</p>\n");
        } else {
            h.append("<table id=\"byrule\"><thead><tr><th>Rule</th><th>Severity</th><th class=\"n\">Findings</th><th>Description</th></tr></thead><tbody>\n");
            for (CheckResult.RuleStatus s : with) {
                ruleRow(h, s, r.byRule().get(s.rule().id()), true);
            }
            h.append("</tbody></table>\n");
        }
        if (!without.isEmpty()) {
            h.append("<details id=\"quiet\"><summary>").append(count(without.size(), "rule")).append(" without findings</summary>\n")
                    .append("<table><thead><tr><th>Rule</th><th>Severity</th><th class=\"n\">Findings</th><th>Description</th></tr></thead><tbody>\n");
            for (CheckResult.RuleStatus s : without) {
                ruleRow(h, s, 0, false);
            }
            h.append("</tbody></table></details>\n");
        }
        h.append("</section>\n");
    }

    private static void ruleRow(StringBuilder h, CheckResult.RuleStatus s, int n, boolean link) {
        String id = e(s.rule().id());
        h.append("<tr><td>");
        if (link) {
            h.append("<a href=\"#findings\" data-rule=\"").append(id).append("\">").append(id).append("</a>");
        } else {
            h.append(id);
        }
        h.append("</td><td class=\"").append(s.severity().label()).append("\">").append(s.severity().label())
                .append("</td><td class=\"n\">").append(number(n)).append("</td><td class=\"desc\">")
                .append(e(s.rule().description() == null ? "" : s.rule().description())).append("</td></tr>\n");
    }

    private static void limits(StringBuilder h, CheckResult r) {
        h.append("<section id=\"limits\"><h2>Limits</h2>\n");
        if (r.limits().isEmpty()) {
            h.append("<p>No limits configured.</p>\n</section>\n");
            return;
        }
        h.append("<table><thead><tr><th>Limit</th><th class=\"n\">Value</th><th class=\"n\">Maximum</th><th class=\"n\">Margin</th><th>Result</th></tr></thead><tbody>\n");
        for (LimitResult l : r.limits()) {
            h.append("<tr><td>").append(e(l.target())).append(' ').append(e(l.metric())).append("</td><td class=\"n\">")
                    .append(e(limitValue(l, l.value()))).append("</td><td class=\"n\">").append(e(limitValue(l, l.maximum())))
                    .append("</td><td class=\"n\">").append(e(margin(l))).append("</td><td class=\"")
                    .append(l.passed() ? "passed\">holds" : "error\">crossed").append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    /** A count as a number, a ratio as a percentage of the documents: {@code 3.12 %}. */
    static String limitValue(LimitResult l, double v) {
        if (l.metric().equals("count")) {
            return number((long) v);
        }
        return percent(v) + " %";
    }

    /** How far the value is from the maximum: {@code 7 left}, {@code 693 over}, {@code 0.5 points left}. */
    static String margin(LimitResult l) {
        double d = l.maximum() - l.value();
        String side = d >= 0 ? " left" : " over";
        if (l.metric().equals("count")) {
            return number(Math.abs((long) l.maximum() - (long) l.value())) + side;
        }
        return percent(Math.abs(d)) + " points" + side;
    }

    /** A share as a percentage, at most two decimals, no trailing zeros. */
    private static String percent(double share) {
        BigDecimal p = BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0).toPlainString() : p.toPlainString();
    }

    private static void findings(StringBuilder h, CheckResult r, String allIn) {
        int total = r.findings().size();
        int embedded = Math.min(total, MAX_FINDINGS);
        h.append("<section id=\"findings\"><h2>Findings</h2>\n");
        if (embedded < total) {
            h.append("<p class=\"note\">The first ").append(number(embedded)).append(" of ").append(number(total))
                    .append(" findings are in this page (in file order); all are in ").append(e(allIn)).append(".</p>\n");
        }
        h.append("<div class=\"controls\">")
                .append("<label>Severity <select id=\"f-sev\"><option value=\"\">all</option><option value=\"error\">error</option><option value=\"warning\">warning</option></select></label> ")
                .append("<label>Family <select id=\"f-family\"><option value=\"\">all</option>");
        new java.util.TreeSet<>(r.byRule().keySet().stream().map(HtmlReportWriter::family).toList())
                .forEach(f -> h.append("<option>").append(e(f)).append("</option>"));
        h.append("</select></label> <label>Rule <select id=\"f-rule\"><option value=\"\">all</option>");
        r.byRule().keySet().forEach(id -> h.append("<option>").append(e(id)).append("</option>"));
        h.append("</select></label> <label>File <input id=\"f-file\" type=\"search\" placeholder=\"part of the path\"></label> ")
                .append("<label>Text <input id=\"f-q\" type=\"search\" placeholder=\"id, message, evidence\"></label> ")
                .append("<label>Sort <select id=\"f-sort\"><option value=\"file\">file</option><option value=\"rule\">rule</option><option value=\"severity\">severity</option></select></label>")
                .append("</div>\n<div class=\"controls\"><span id=\"f-chips\"></span> <span id=\"f-count\">")
                .append(number(embedded)).append(" of ").append(number(embedded)).append(" shown</span> ")
                .append("<button type=\"button\" id=\"f-prev\">‹ previous</button> <span id=\"f-page\"></span> ")
                .append("<button type=\"button\" id=\"f-next\">next ›</button> <button type=\"button\" id=\"f-clear\">clear filters</button></div>\n")
                .append("<table id=\"f-table\"><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Document</th><th>Message</th></tr></thead>")
                .append("<tbody id=\"f-rows\"></tbody></table>\n")
                .append("<noscript><p>The findings are listed by the page's script; they are all in ").append(e(allIn))
                .append(".</p></noscript>\n</section>\n");
    }

    private static void pictures(StringBuilder h, CheckResult r) {
        h.append("<section id=\"pictures\"><h2>Pictures</h2>\n<p class=\"note\">Click a bar to show its findings.</p>\n<div class=\"pictures\">\n");
        h.append("<figure id=\"p-month\"><figcaption>Findings per month of the articles' dates</figcaption></figure>\n");
        h.append("<figure id=\"p-folder\"><figcaption>Findings per folder</figcaption></figure>\n");
        if (r.section(DuplicateClustersSection.class).isPresent()) {
            h.append("<figure id=\"p-size\"><figcaption>Duplicate clusters by size (documents)</figcaption></figure>\n");
        }
        if (r.section(LengthHistogramSection.class).isPresent()) {
            h.append("<figure id=\"p-length\"><figcaption>Documents by length (words)</figcaption></figure>\n");
        }
        h.append("</div>\n</section>\n");
    }

    private static void clusters(StringBuilder h, DuplicateClustersSection s) {
        int total = s.clusters().size();
        h.append("<section id=\"clusters\"><h2>Duplicate clusters</h2>\n");
        if (total > MAX_CLUSTERS) {
            h.append("<p class=\"note\">The first ").append(number(MAX_CLUSTERS)).append(" of ").append(number(total))
                    .append(" clusters are in this page; all are in report.json.</p>\n");
        }
        h.append("<div class=\"controls\"><label>Search <input id=\"c-q\" type=\"search\" placeholder=\"document id\"></label> ")
                .append("<span id=\"c-count\"></span> <button type=\"button\" id=\"c-prev\">‹ previous</button> <span id=\"c-page\"></span> ")
                .append("<button type=\"button\" id=\"c-next\">next ›</button></div>\n<div id=\"c-list\"></div>\n</section>\n");
    }

    private static void corpus(StringBuilder h, CheckResult r) {
        h.append("<section id=\"corpus\"><h2>Corpus</h2>\n<table>\n");
        row(h, "Documents", number(r.documents()));
        row(h, "Files", number(r.files()));
        row(h, "Bytes", number(r.bytes()));
        row(h, "Errors", number(r.errors()));
        row(h, "Warnings", number(r.warnings()));
        h.append("</table>\n");
        for (Map.Entry<String, Object> x : r.summary().entrySet()) {
            h.append("<h3>").append(e(words(x.getKey()))).append("</h3>\n");
            if (x.getValue() instanceof Map<?, ?> m) {
                h.append("<table>\n");
                m.forEach((k, v) -> row(h, words(String.valueOf(k)), readable(v)));
                h.append("</table>\n");
            } else {
                h.append("<p>").append(e(readable(x.getValue()))).append("</p>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(e(k)).append("</th><td>").append(e(v)).append("</td></tr>\n");
    }

    /** {@code exactDuplicates} as {@code exact duplicates}. */
    static String words(String key) {
        StringBuilder sb = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(key.charAt(i - 1))) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return sb.toString();
    }

    /** A value as a reader would write it: numbers grouped, lists comma-separated, maps as {@code key value}. */
    static String readable(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, x) -> sb.append(sb.length() == 0 ? "" : "; ").append(words(String.valueOf(k)).toLowerCase(Locale.ROOT))
                    .append(' ').append(readable(x)));
            return sb.toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object x : c) {
                sb.append(sb.length() == 0 ? "" : ", ").append(readable(x));
            }
            return sb.toString();
        }
        if (v instanceof Long || v instanceof Integer) {
            return number(((Number) v).longValue());
        }
        if (v instanceof long[] || v instanceof int[]) {
            return plain(v);
        }
        return String.valueOf(v);
    }

    // ---- the embedded data ----

    /**
     * The page's data as JSON, safe inside a script element: {@code <}, {@code >}, {@code &} and the JavaScript line
     * separators are escaped (they can occur only inside strings).
     */
    String data(CheckResult r, ReportContext context) {
        StringWriter out = new StringWriter(64 * 1024);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            writeData(g, r, context);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scriptSafe(out.toString());
    }

    static String scriptSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private void writeData(JsonGenerator g, CheckResult r, ReportContext context) throws IOException {
        List<Finding> all = r.findings();
        List<Finding> findings = all.subList(0, Math.min(all.size(), MAX_FINDINGS));
        // Rules and files by index.
        List<String> rules = new ArrayList<>(r.byRule().keySet());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i), i);
        }
        Map<String, Integer> fileIndex = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.file() != null) {
                fileIndex.putIfAbsent(f.file(), fileIndex.size());
            }
        }
        g.writeNumberField("total", all.size());
        g.writeArrayFieldStart("rules");
        for (String id : rules) {
            CheckResult.RuleStatus s = r.rules().get(id);
            g.writeStartArray();
            g.writeString(id);
            g.writeString(family(id));
            g.writeString(s == null ? "" : s.severity().label());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("files");
        for (String f : fileIndex.keySet()) {
            g.writeString(f);
        }
        g.writeEndArray();
        links(g, context);

        // Clusters: the cluster of each document id, and the size bar of each cluster.
        DuplicateClustersSection clusters = r.section(DuplicateClustersSection.class).orElse(null);
        Map<String, Integer> clusterOf = new HashMap<>();
        List<DuplicateClustersSection.Cluster> shownClusters = clusters == null ? List.of()
                : clusters.clusters().subList(0, Math.min(clusters.clusters().size(), MAX_CLUSTERS));
        if (clusters != null) {
            for (int i = 0; i < shownClusters.size(); i++) {
                DuplicateClustersSection.Cluster c = shownClusters.get(i);
                clusterOf.putIfAbsent(c.representative(), i);
                for (DuplicateClustersSection.Member m : c.members()) {
                    clusterOf.putIfAbsent(m.document(), i);
                }
            }
        }
        // Pictures: the bar of each finding in each picture.
        DocumentMonthsSection months = r.section(DocumentMonthsSection.class).orElse(null);
        LengthHistogramSection lengths = r.section(LengthHistogramSection.class).orElse(null);
        int[] monthBar = new int[findings.size()];
        List<String> monthLabels = monthBars(findings, months, monthBar);
        int[] folderBar = new int[findings.size()];
        List<String> folderLabels = new ArrayList<>();
        boolean byFile = folderBars(findings, folderBar, folderLabels);

        g.writeObjectFieldStart("pictures");
        g.writeArrayFieldStart("months");
        for (String m : monthLabels) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeBooleanField("byYear", !monthLabels.isEmpty() && monthLabels.get(0).length() == 4);
        g.writeArrayFieldStart("folders");
        for (String f : folderLabels) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeBooleanField("byFile", byFile);
        g.writeArrayFieldStart("sizes");
        for (int i = 0; i < CLUSTER_SIZES.length; i++) {
            g.writeString(sizeLabel(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("clustersBySize");
        long[] bySize = new long[CLUSTER_SIZES.length];
        if (clusters != null) {
            for (DuplicateClustersSection.Cluster c : clusters.clusters()) {
                bySize[sizeBar(c.size())]++;
            }
        }
        for (long n : bySize) {
            g.writeNumber(n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lengths");
        if (lengths != null) {
            for (LengthHistogramSection.Bucket b : lengths.buckets()) {
                g.writeStartArray();
                g.writeString(b.label());
                g.writeNumber(b.documents());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();

        // Findings: [rule, severity (0 error, 1 warning), file, line, document, message, related, evidence,
        // cluster, month bar, folder bar, cluster-size bar, length bar]; -1 for none.
        g.writeArrayFieldStart("findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            g.writeStartArray();
            g.writeNumber(ruleIndex.getOrDefault(f.ruleId(), -1));
            g.writeNumber(f.severity() == Severity.ERROR ? 0 : 1);
            g.writeNumber(f.file() == null ? -1 : fileIndex.get(f.file()));
            g.writeNumber(f.line());
            g.writeString(f.document() == null ? "" : f.document());
            g.writeString(f.message());
            g.writeString(String.join(", ", f.related()));
            g.writeString(clip(evidence(f.evidence()), MAX_EVIDENCE));
            Integer cluster = f.document() == null ? null : clusterOf.get(f.document());
            g.writeNumber(cluster == null ? -1 : cluster);
            g.writeNumber(monthBar[i]);
            g.writeNumber(folderBar[i]);
            g.writeNumber(cluster == null ? -1 : sizeBar(shownClusters.get(cluster).size()));
            g.writeNumber(lengths == null ? -1 : lengths.bucketOf(f.documentIndex()));
            g.writeEndArray();
        }
        g.writeEndArray();

        // Clusters: [representative, size, lowest similarity, members [[document, rule, jaccard, containment of
        // document, containment of representative, shared paragraphs]], pairs shown side by side [index]].
        g.writeNumberField("clusterTotal", clusters == null ? 0 : clusters.clusters().size());
        List<SharedParagraphsSection.Pair> pairs = r.section(SharedParagraphsSection.class)
                .map(SharedParagraphsSection::pairs).orElse(List.of());
        Map<String, List<Integer>> pairsOf = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            pairsOf.computeIfAbsent(pairs.get(i).representative(), k -> new ArrayList<>()).add(i);
        }
        g.writeArrayFieldStart("clusters");
        for (DuplicateClustersSection.Cluster c : shownClusters) {
            g.writeStartArray();
            g.writeString(c.representative());
            g.writeNumber(c.size());
            g.writeNumber(c.lowestSimilarity());
            g.writeStartArray();
            for (DuplicateClustersSection.Member m : c.members().subList(0, Math.min(c.members().size(), MAX_MEMBERS))) {
                g.writeStartArray();
                g.writeString(m.document());
                g.writeString(m.rule());
                g.writeNumber(m.jaccard());
                g.writeNumber(m.containmentOfDocument());
                g.writeNumber(m.containmentOfRepresentative());
                g.writeNumber(m.sharedParagraphs());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStartArray();
            for (int p : pairsOf.getOrDefault(c.representative(), List.of())) {
                g.writeNumber(p);
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        // Pairs: [member, representative, member paragraphs [[text, shared 0/1]], representative paragraphs].
        g.writeArrayFieldStart("pairs");
        for (SharedParagraphsSection.Pair p : pairs) {
            g.writeStartArray();
            g.writeString(String.valueOf(p.member()));
            g.writeString(String.valueOf(p.representative()));
            paragraphs(g, p.memberParagraphs());
            paragraphs(g, p.representativeParagraphs());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void paragraphs(JsonGenerator g, List<SharedParagraphsSection.MarkedParagraph> ps) throws IOException {
        g.writeStartArray();
        for (SharedParagraphsSection.MarkedParagraph p : ps) {
            g.writeStartArray();
            g.writeString(String.valueOf(p.text()));
            g.writeNumber(p.shared() ? 1 : 0);
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** Where the page links a finding's file: relative to the report folder, and in the forge when known. */
    private void links(JsonGenerator g, ReportContext context) throws IOException {
        g.writeObjectFieldStart("links");
        g.writeStringField("file", SourceLinks.relativePrefix(context.reportDirectory(), context.corpusDirectory()));
        String template = SourceLinks.template(context.presentation().sourceLinkTemplate(), environment);
        String[] forge = SourceLinks.forgePatterns(template, environment, context.sourceRoot().directory(),
                context.corpusDirectory());
        if (forge != null) {
            g.writeStringField("forge", forge[0]);
            g.writeStringField("forgeNoLine", forge[1]);
        }
        g.writeEndObject();
    }

    /**
     * The month bar of each finding (by its document's date); months from the first to the last with findings,
     * or years when that is more than {@value #MAX_MONTHS} months.
     */
    private static List<String> monthBars(List<Finding> findings, DocumentMonthsSection months, int[] bar) {
        java.util.Arrays.fill(bar, -1);
        if (months == null) {
            return List.of();
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Finding f : findings) {
            int m = months.month(f.documentIndex());
            if (m != DocumentMonthsSection.NONE) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        if (lo > hi) {
            return List.of();
        }
        boolean byYear = hi - lo + 1 > MAX_MONTHS;
        int first = byYear ? Math.floorDiv(lo, 12) : lo;
        int last = byYear ? Math.floorDiv(hi, 12) : hi;
        List<String> labels = new ArrayList<>();
        for (int x = first; x <= last; x++) {
            labels.add(byYear ? DocumentMonthsSection.label(x * 12).substring(0, DocumentMonthsSection.label(x * 12).length() - 3)
                    : DocumentMonthsSection.label(x));
        }
        for (int i = 0; i < findings.size(); i++) {
            int m = months.month(findings.get(i).documentIndex());
            if (m != DocumentMonthsSection.NONE) {
                bar[i] = (byYear ? Math.floorDiv(m, 12) : m) - first;
            }
        }
        return labels;
    }

    /**
     * The folder bar of each finding: the {@value #MAX_FOLDERS} folders with most findings, the rest in one bar
     * "other folders"; by file when every finding is in one folder. Returns whether bars are files.
     */
    private static boolean folderBars(List<Finding> findings, int[] bar, List<String> labels) {
        Map<String, Integer> perFolder = new HashMap<>();
        Map<String, Integer> perFile = new HashMap<>();
        for (Finding f : findings) {
            if (f.file() != null) {
                perFolder.merge(folder(f.file()), 1, Integer::sum);
                perFile.merge(f.file(), 1, Integer::sum);
            }
        }
        boolean byFile = perFolder.size() == 1 && perFile.size() > 1;
        Map<String, Integer> counts = byFile ? perFile : perFolder;
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FOLDERS).map(Map.Entry::getKey).toList();
        Map<String, Integer> index = new HashMap<>();
        for (String t : top) {
            index.put(t, labels.size());
            labels.add(t);
        }
        boolean other = counts.size() > top.size();
        if (other) {
            labels.add(byFile ? "(other files)" : "(other folders)");
        }
        for (int i = 0; i < findings.size(); i++) {
            String file = findings.get(i).file();
            if (file == null) {
                bar[i] = -1;
            } else {
                Integer x = index.get(byFile ? file : folder(file));
                bar[i] = x != null ? x : labels.size() - 1;
            }
        }
        return byFile;
    }

    /** The folder of a corpus-relative file; {@code .} for the corpus folder itself. */
    static String folder(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "." : file.substring(0, slash);
    }

    static int sizeBar(int size) {
        int b = 0;
        while (b + 1 < CLUSTER_SIZES.length && size >= CLUSTER_SIZES[b + 1]) {
            b++;
        }
        return b;
    }

    private static String sizeLabel(int bar) {
        int lo = CLUSTER_SIZES[bar];
        if (bar + 1 == CLUSTER_SIZES.length) {
            return lo + "+";
        }
        int hi = CLUSTER_SIZES[bar + 1] - 1;
        return lo == hi ? String.valueOf(lo) : lo + "-" + hi;
    }

    /** The evidence as {@code key: value; key: value}. */
    static String evidence(Map<String, Object> evidence) {
        StringBuilder sb = new StringBuilder();
        evidence.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append(": ").append(plain(v)));
        return sb.toString();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String family(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 file}, {@code 2 files}, {@code 11,397 findings}. */
    static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String bytes(long n) {
        if (n < 1000) {
            return count(n, "byte");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u + 1 < units.length) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
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

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
