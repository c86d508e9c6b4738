package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.DuplicateClustersSection.Cluster;
import io.github.corpuscheck.api.DuplicateClustersSection.Member;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SharedParagraphsSection.MarkedParagraph;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.engine.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    @TempDir
    Path project;

    private String html() throws Exception {
        Path file = new HtmlReportWriter().write(ReportFixtures.result(), ReportFixtures.context(project));
        assertEquals(project.resolve("target/corpus/index.html"), file);
        return Files.readString(file);
    }

    @Test
    void escapesCorpusTextSoAScriptTagStaysText() throws Exception {
        String html = html();
        assertFalse(html.contains(ReportFixtures.SCRIPT), "raw script tag from the corpus must not appear");
        assertTrue(html.contains("Stops after: &lt;script&gt;alert('x')&lt;/script&gt;"));
        assertTrue(html.contains("lastWords: ends with &lt;script&gt;alert('x')&lt;/script&gt;"));
        // The page's own script is the only one.
        assertEquals(1, count(html, "<script>"));
    }

    @Test
    void selfContainedWithoutNetwork() throws Exception {
        String html = html();
        assertFalse(html.contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains(" src="));
        assertTrue(html.contains("default-src 'none'"));
    }

    /** The page's one inline script is allowed by its hash, not by 'unsafe-inline'. */
    @Test
    void contentSecurityPolicyAllowsThePagesScriptByItsHash() throws Exception {
        String html = html();
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find());
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'\">\n"), html);
        assertEquals(1, count(html, "unsafe-inline"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
                HtmlReportWriter.contentSecurityPolicy(""));
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() throws Exception {
        Finding f = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(0, "a\uD800")
                .at("a.jsonl", 1).message("Pair \uD83D\uDE00, lone \uDC00.").build();
        Path file = new HtmlReportWriter().write(ReportFixtures.result(List.of(f), List.of()), ReportFixtures.context(project));
        String html = Files.readString(file);
        assertTrue(html.contains("<td>a\uFFFD</td>"), html);
        assertTrue(html.contains("Pair \uD83D\uDE00, lone \uFFFD."), html);
    }

    @Test
    void containsSummaryLimitsFindingsFilterClustersAndHistogram() throws Exception {
        String html = html();
        assertTrue(html.contains("<h1>Corpus src/main/corpus: <span class=\"error\">FAILED</span></h1>"));
        assertTrue(html.contains("<tr><th>Documents</th><td>5</td></tr>"));
        assertTrue(html.contains("<tr><th>Errors</th><td>2</td></tr>"));
        assertTrue(html.contains("<tr><th>duplicateClusters</th><td>1</td></tr>"));
        assertTrue(html.contains("<tr><td>truncation.*</td><td>count</td><td>1</td><td>0</td><td class=\"error\">crossed</td></tr>"));
        assertTrue(html.contains("<tr><td>duplicate.*</td><td>ratio</td><td>0.2</td><td>0.5</td><td class=\"passed\">passed</td></tr>"));
        // Filter: one option per rule with findings, one row per finding carrying its rule.
        assertEquals(List.of("duplicate.exact", "metadata.missing", "truncation.mid-sentence"), all(html, "<option value=\"([^\"]+)\">"));
        assertEquals(List.of("metadata.missing", "duplicate.exact", "truncation.mid-sentence"), all(html, "<tr data-rule=\"([^\"]+)\">"));
        assertTrue(html.contains("<input id=\"q\" type=\"search\">"));
        assertTrue(html.contains("<details class=\"cluster\"><summary>wire/a.txt (2 documents)</summary>"));
        assertTrue(html.contains("<li><b>document</b>: wire/b.txt</li>"));
        assertTrue(html.contains("<tr><td>1-49</td><td>3</td><td><span class=\"bar\" style=\"width:300px\"></span></td></tr>"));
        assertTrue(html.contains("<tr><td>50-99</td><td>1</td><td><span class=\"bar\" style=\"width:100px\"></span></td></tr>"));
    }

    @Test
    void passingCorpusWithoutSectionsHasNoClustersOrHistogram() throws Exception {
        var base = ReportFixtures.result(List.of(), List.of());
        var bare = new io.github.corpuscheck.engine.CheckResult(base.corpusLabel(), 2, 2, 10, base.rules(), List.of(),
                base.byRule(), base.summary(), new java.util.TreeMap<>(), List.of(), base.timings());
        String html = new HtmlReportWriter().render(bare, ReportFixtures.context(project));
        assertTrue(html.contains("<span class=\"passed\">passed</span>"));
        assertTrue(html.contains("<p>No limits configured.</p>"));
        assertFalse(html.contains("Duplicate clusters"));
        assertFalse(html.contains("id=\"histogram\""));
        assertEquals(List.of(), all(html, "<tr data-rule=\"([^\"]+)\">"));
    }

    private String render(CheckResult r) {
        return new HtmlReportWriter().render(r, ReportFixtures.context(project));
    }

    /** The part of the page from {@code from} up to the next {@code <h2>} or the page's script. */
    private static String part(String html, String from) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, from);
        int h2 = html.indexOf("<h2>", start + from.length());
        int end = h2 >= 0 ? h2 : html.indexOf("<script>");
        return html.substring(start, end);
    }

    @Test
    void clustersAreRenderedFromTheTypedSection() throws Exception {
        Cluster c = new Cluster("w<1>", List.of(
                new Member("b&c", "duplicate.near", 0.5656, 0.6803, 0.7703, 10),
                new Member("d", "duplicate.exact", 1.0, 1.0, 1.0, 4)));
        String html = render(ReportFixtures.withSections(ReportFixtures.result(), new DuplicateClustersSection(List.of(c))));
        assertEquals("<h2>Duplicate clusters</h2>\n<div id=\"clusters\">\n"
                + "<details class=\"cluster\"><summary>w&lt;1&gt; (3 documents)</summary><ul>"
                + "<li><b>id</b>: w&lt;1&gt;</li><li><b>representative</b>: w&lt;1&gt;</li><li><b>size</b>: 3</li>"
                + "<li><b>lowestSimilarity</b>: 0.5656</li><li><b>members</b>: <ol>"
                + "<li><ul><li><b>document</b>: b&amp;c</li><li><b>rule</b>: duplicate.near</li><li><b>jaccard</b>: 0.5656</li>"
                + "<li><b>containmentOfDocument</b>: 0.6803</li><li><b>containmentOfRepresentative</b>: 0.7703</li>"
                + "<li><b>sharedParagraphs</b>: 10</li></ul></li>"
                + "<li><ul><li><b>document</b>: d</li><li><b>rule</b>: duplicate.exact</li><li><b>jaccard</b>: 1.0</li>"
                + "<li><b>containmentOfDocument</b>: 1.0</li><li><b>containmentOfRepresentative</b>: 1.0</li>"
                + "<li><b>sharedParagraphs</b>: 4</li></ul></li>"
                + "</ol></li></ul></details>\n</div>\n", part(html, "<h2>Duplicate clusters</h2>"));
    }

    @Test
    void clustersBeyondTheMaximumAreCountedAndAnEmptySectionHasAHeadingOnly() throws Exception {
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < HtmlReportWriter.MAX_CLUSTERS + 2; i++) {
            clusters.add(new Cluster("r" + i, List.of()));
        }
        String html = render(ReportFixtures.withSections(ReportFixtures.result(), new DuplicateClustersSection(clusters)));
        String part = part(html, "<h2>Duplicate clusters</h2>");
        assertEquals(HtmlReportWriter.MAX_CLUSTERS, count(part, "<details class=\"cluster\">"));
        assertTrue(part.contains("<details class=\"cluster\"><summary>r0 (1 documents)</summary><ul><li><b>id</b>: r0</li>"
                + "<li><b>representative</b>: r0</li><li><b>size</b>: 1</li><li><b>lowestSimilarity</b>: 1.0</li>"
                + "<li><b>members</b>: []</li></ul></details>\n"));
        assertTrue(part.endsWith("<summary>r499 (1 documents)</summary><ul><li><b>id</b>: r499</li><li><b>representative</b>: r499</li>"
                + "<li><b>size</b>: 1</li><li><b>lowestSimilarity</b>: 1.0</li><li><b>members</b>: []</li></ul></details>\n"
                + "<p>2 more clusters are in report.json.</p>\n</div>\n"), part);

        String empty = render(ReportFixtures.withSections(ReportFixtures.result(), new DuplicateClustersSection(List.of())));
        assertEquals("<h2>Duplicate clusters</h2>\n<div id=\"clusters\">\n</div>\n", part(empty, "<h2>Duplicate clusters</h2>"));
    }

    @Test
    void pairsAreRenderedSideBySideFromTheTypedSection() throws Exception {
        SharedParagraphsSection pairs = new SharedParagraphsSection(List.of(new SharedParagraphsSection.Pair("b", "a&z",
                List.of(new MarkedParagraph("Floods close the road.", true), new MarkedParagraph(ReportFixtures.SCRIPT, false)),
                List.of(new MarkedParagraph("Floods close the road!", true)))));
        String html = render(ReportFixtures.withSections(ReportFixtures.result(), pairs));
        assertEquals("<h2>Duplicates side by side</h2>\n<div id=\"pairs\">\n"
                + "<details class=\"pair\"><summary>b and a&amp;z</summary>\n<table class=\"side\"><thead><tr><th>b</th>"
                + "<th>a&amp;z (representative)</th></tr></thead><tbody><tr><td><p class=\"shared\">Floods close the road.</p>"
                + "<p>&lt;script&gt;alert('x')&lt;/script&gt;</p></td><td><p class=\"shared\">Floods close the road!</p></td>"
                + "</tr></tbody></table></details>\n</div>\n", part(html, "<h2>Duplicates side by side</h2>"));
        assertFalse(html.contains("Duplicate clusters"), "only the sections the result has");

        String none = render(ReportFixtures.withSections(ReportFixtures.result(), new SharedParagraphsSection(List.of())));
        assertFalse(none.contains("side by side"));
    }

    @Test
    void histogramBarsAreScaledToTheFullestBucket() throws Exception {
        String html = render(ReportFixtures.result());
        assertEquals("<h2>Document length (words)</h2>\n<table id=\"histogram\"><tbody>\n"
                + "<tr><td>0</td><td>1</td><td><span class=\"bar\" style=\"width:100px\"></span></td></tr>\n"
                + "<tr><td>1-49</td><td>3</td><td><span class=\"bar\" style=\"width:300px\"></span></td></tr>\n"
                + "<tr><td>50-99</td><td>1</td><td><span class=\"bar\" style=\"width:100px\"></span></td></tr>\n"
                + "</tbody></table>\n", part(html, "<h2>Document length (words)</h2>"));

        String empty = render(ReportFixtures.withSections(ReportFixtures.result(), new LengthHistogramSection(List.of(
                new LengthHistogramSection.Bucket("0", 0)))));
        assertTrue(empty.contains("<tr><td>0</td><td>0</td><td><span class=\"bar\" style=\"width:0px\"></span></td></tr>\n"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> all(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
