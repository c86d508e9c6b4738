package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(html.contains("<li><b>members</b>: [wire/b.txt]</li>"));
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
