package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.corpuscheck.api.DocumentMonthsSection;
import io.github.corpuscheck.api.DuplicateClustersSection.Cluster;
import io.github.corpuscheck.api.DuplicateClustersSection.Member;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SharedParagraphsSection.MarkedParagraph;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private String html() throws Exception {
        Path file = new HtmlReportWriter(Map.of()).write(ReportFixtures.result(), ReportFixtures.context(project));
        assertEquals(project.resolve("target/corpus/index.html"), file);
        return Files.readString(file);
    }

    private String render(CheckResult r) {
        return new HtmlReportWriter(Map.of()).render(r, ReportFixtures.context(project));
    }

    /** The first screen as a reader sees its text: tags removed, entities decoded, one line per block. */
    static String firstScreen(String html) {
        int start = html.indexOf("<div id=\"first\">");
        int end = html.indexOf("<section id=\"findings\">");
        String part = html.substring(start, end).replaceAll("</(tr|li|p|h1|h2|summary|header|nav|thead)>", "\n")
                .replaceAll("</t[dh]>", " | ").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String line : part.split("\n")) {
            String l = line.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\|$", "");
            if (!l.isEmpty()) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    /** The page's embedded data. */
    static JsonNode data(String html) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        return JSON.readTree(m.group(1));
    }

    @Test
    void firstScreenSnapshot() throws Exception {
        assertEquals("""
                src/main/corpus
                5 documents in 4 files, 1.2 KB · corpus-maven-plugin 1.2.3
                Failed
                2 error findings: duplicate.exact 1, metadata.missing 1
                Limit crossed: truncation.* count 1 > 0
                3 findings: 2 errors, 1 warning
                Contents Findings by rule · Limits · Findings (3) · Pictures · Duplicate clusters (1) · Corpus
                Findings by rule
                Rule | Severity | Findings | Description
                duplicate.exact | error | 1 | The text is identical to its cluster's representative after normalisation.
                metadata.missing | error | 1 | A required metadata field is absent or blank.
                truncation.mid-sentence | warning | 1 | The text stops in the middle of a sentence. Often a cut-off feed.
                1 rule without findings
                Rule | Severity | Findings | Description
                boilerplate.trailer | off | 0 | A trailer line.
                Limits
                Limit | Value | Maximum | Margin | Result
                truncation.* count | 1 | 0 | 1 over | crossed
                duplicate.* ratio | 20 % | 50 % | 30 points left | holds
                """, firstScreen(html()));
    }

    @Test
    void passingRunSaysWhyAndTheProjectNameIsTheTitle() throws Exception {
        CheckResult r = ReportFixtures.result(List.of(ReportFixtures.mid()),
                List.of(new LimitResult("*", "ratio", 0.0123, 0.05, true), new LimitResult("truncation.*", "count", 1, 10, true)));
        ReportContext base = ReportFixtures.context(project);
        ReportContext named = new ReportContext(base.outputDirectory(), base.baseDirectory(), base.corpusDirectory(), "1.2.3",
                ReportContext.Problems.IGNORE, new ReportContext.Presentation("Newsroom <site>", null, null));
        String html = new HtmlReportWriter(Map.of()).render(r, named);
        assertEquals("""
                Newsroom <site>
                Corpus folder src/main/corpus · 5 documents in 4 files, 1.2 KB · corpus-maven-plugin 1.2.3
                Passed
                No error findings; all 2 limits hold
                1 finding: 0 errors, 1 warning
                """, firstScreen(html).lines().limit(5).map(l -> l + "\n").reduce("", String::concat));
        assertTrue(html.contains("<title>Newsroom &lt;site&gt;: passed – corpus report</title>"), html);
        assertTrue(firstScreen(html).contains("* ratio | 1.23 % | 5 % | 3.77 points left | holds\n"));
        assertTrue(firstScreen(html).contains("truncation.* count | 1 | 10 | 9 left | holds\n"));
    }

    @Test
    void titleIsTheCorpusFolderWhenThereIsNoProjectName() {
        CheckResult r = ReportFixtures.result();
        assertEquals("src/main/corpus", HtmlReportWriter.title(r, ReportFixtures.context(project)));
        CheckResult here = new CheckResult(".", 1, 1, 1, r.rules(), List.of(), new java.util.TreeMap<>(), r.summary(),
                new java.util.TreeMap<>(), List.of(), r.timings());
        assertEquals("corpus", HtmlReportWriter.title(here, new ReportContext(project.resolve("out"), project,
                project.resolve("news/corpus"), "1")));
    }

    @Test
    void corpusStringsAreEscapedInTheHtmlAndInTheData() throws Exception {
        String html = html();
        assertFalse(html.contains(ReportFixtures.SCRIPT), "raw script tag from the corpus must not appear");
        // Two script elements: the data and the page's own script.
        assertEquals(2, count(html, "<script"));
        assertEquals(2, count(html, "</script"));
        assertTrue(html.contains("\"Stops after: \\u003cscript\\u003ealert('x')\\u003c/script\\u003e\""), html);
        JsonNode f = data(html).get("findings").get(2);
        assertEquals("Stops after: " + ReportFixtures.SCRIPT, f.get(5).asText());
        assertEquals("lastWords: ends with " + ReportFixtures.SCRIPT + "; chars: 812", f.get(7).asText());
        assertEquals("a\\u003c/script\\u003e\\u003c!-- \\u0026amp; \\u2028", HtmlReportWriter.scriptSafe("a</script><!-- &amp; \u2028"));
    }

    @Test
    void selfContainedWithoutNetwork() throws Exception {
        String html = html();
        assertFalse(html.contains(" src="));
        assertFalse(html.contains("href=\"http"));
        assertFalse(html.contains("<link"));
        assertTrue(html.contains("default-src 'none'"));
    }

    /** The page's one style sheet and one script are allowed by their hashes, nothing by 'unsafe-inline'. */
    @Test
    void contentSecurityPolicyAllowsThePagesStyleAndScriptByTheirHashes() throws Exception {
        String html = html();
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find());
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'sha256-" + sha256(style.group(1)) + "'; script-src 'sha256-" + sha256(script.group(1))
                + "'; base-uri 'none'; form-action 'none'\">\n"), html);
        assertFalse(html.contains("unsafe-inline"));
        assertFalse(html.contains(" style=\""), "no style attributes: the policy would refuse them");
        assertEquals("default-src 'none'; style-src 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; "
                + "script-src 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; base-uri 'none'; form-action 'none'",
                HtmlReportWriter.contentSecurityPolicy("", ""));
    }

    private static String sha256(String s) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() throws Exception {
        Finding f = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(0, "a\uD800")
                .at("a.jsonl", 1).message("Pair \uD83D\uDE00, lone \uDC00.").build();
        Path file = new HtmlReportWriter(Map.of()).write(ReportFixtures.result(List.of(f), List.of()), ReportFixtures.context(project));
        String html = Files.readString(file);
        JsonNode row = data(html).get("findings").get(0);
        assertEquals("a\uFFFD", row.get(4).asText());
        assertEquals("Pair \uD83D\uDE00, lone \uFFFD.", row.get(5).asText());
    }

    @Test
    void findingsAreEmbeddedWithTheirBarsAndClusters() throws Exception {
        CheckResult base = ReportFixtures.result();
        int may2024 = 2024 * 12 + 4;
        CheckResult r = ReportFixtures.withSections(base, ReportFixtures.clusters(),
                new LengthHistogramSection(ReportFixtures.histogram().buckets(), new byte[] {0, 1, 1, 2, 1}),
                new DocumentMonthsSection(new int[] {may2024, may2024 + 2, DocumentMonthsSection.NONE, may2024, may2024 + 1}));
        JsonNode d = data(render(r));
        assertEquals(3, d.get("total").asInt());
        assertEquals("[[\"duplicate.exact\",\"duplicate\",\"error\"],[\"metadata.missing\",\"metadata\",\"error\"],"
                + "[\"truncation.mid-sentence\",\"truncation\",\"warning\"]]", d.get("rules").toString());
        assertEquals("[\"feed.jsonl\",\"wire/b.txt\",\"wire/storm report.txt\"]", d.get("files").toString());
        // [rule, severity, file, line, document, message, related, evidence, cluster, month, folder, size, length]
        assertEquals("[[1,0,0,3,\"feed.jsonl:3\",\"No date.\",\"\",\"field: date\",-1,0,1,-1,2],"
                + "[0,0,1,1,\"wire/b.txt\",\"Exact duplicate of wire/a.txt.\",\"wire/a.txt\",\"\",0,2,0,0,1],"
                + "[2,1,2,0,\"storm\",\"Stops after: <script>alert('x')</script>\",\"\","
                + "\"lastWords: ends with <script>alert('x')</script>; chars: 812\",-1,1,0,-1,1]]", d.get("findings").toString());
        JsonNode p = d.get("pictures");
        assertEquals("[\"2024-05\",\"2024-06\",\"2024-07\"]", p.get("months").toString());
        assertEquals("[\"wire\",\".\"]", p.get("folders").toString());
        assertEquals("[\"2\",\"3\",\"4\",\"5\",\"6-10\",\"11-20\",\"21-50\",\"51+\"]", p.get("sizes").toString());
        assertEquals("[1,0,0,0,0,0,0,0]", p.get("clustersBySize").toString());
        assertEquals("[[\"0\",1],[\"1-49\",3],[\"50-99\",1]]", p.get("lengths").toString());
        assertEquals("[[\"wire/a.txt\",2,1.0,[[\"wire/b.txt\",\"duplicate.exact\",1.0,1.0,1.0,3]],[]]]", d.get("clusters").toString());
    }

    @Test
    void manyMonthsAreShownAsYearsAndOneFolderAsFiles() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            findings.add(Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(i, "d" + i)
                    .at("f" + i + ".txt", 1).message("No date.").build());
        }
        CheckResult r = ReportFixtures.withSections(ReportFixtures.result(findings, List.of()),
                new DocumentMonthsSection(new int[] {1990 * 12, 2020 * 12 + 11, 2001 * 12 + 3}));
        JsonNode d = data(render(r));
        assertEquals(31, d.get("pictures").get("months").size());
        assertEquals("1990", d.get("pictures").get("months").get(0).asText());
        assertTrue(d.get("pictures").get("byYear").asBoolean());
        assertTrue(d.get("pictures").get("byFile").asBoolean());
        assertEquals("[\"f0.txt\",\"f1.txt\",\"f2.txt\"]", d.get("pictures").get("folders").toString());
        assertEquals(List.of(0, 30, 11), List.of(d.get("findings").get(0).get(9).asInt(), d.get("findings").get(1).get(9).asInt(),
                d.get("findings").get(2).get(9).asInt()));
    }

    @Test
    void findingsAndClustersBeyondTheCapsAreCountedOnThePage() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < HtmlReportWriter.MAX_FINDINGS + 3; i++) {
            findings.add(Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(i, "d" + i)
                    .at("a.jsonl", i + 1).message("No date.").build());
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < HtmlReportWriter.MAX_CLUSTERS + 2; i++) {
            clusters.add(new Cluster("r" + i, List.of(new Member("m" + i, "duplicate.exact", 1, 1, 1, 1))));
        }
        String html = render(ReportFixtures.withSections(ReportFixtures.result(findings, List.of()),
                new DuplicateClustersSection(clusters)));
        String n = String.format(java.util.Locale.ROOT, "%,d", HtmlReportWriter.MAX_FINDINGS);
        assertTrue(html.contains("<p class=\"note\">The first " + n + " of " + String.format(java.util.Locale.ROOT, "%,d",
                HtmlReportWriter.MAX_FINDINGS + 3) + " findings are in this page (in file order); all are in report.json.</p>"));
        assertTrue(html.contains("<p class=\"note\">The first 5,000 of 5,002 clusters are in this page; all are in report.json.</p>"));
        JsonNode d = data(html);
        assertEquals(HtmlReportWriter.MAX_FINDINGS, d.get("findings").size());
        assertEquals(HtmlReportWriter.MAX_FINDINGS + 3, d.get("total").asInt());
        assertEquals(HtmlReportWriter.MAX_CLUSTERS, d.get("clusters").size());
        assertEquals(HtmlReportWriter.MAX_CLUSTERS + 2, d.get("clusterTotal").asInt());
        assertEquals(5002, d.get("pictures").get("clustersBySize").get(0).asInt(), "the picture counts every cluster");
    }

    @Test
    void pairsAreEmbeddedWithTheirCluster() throws Exception {
        SharedParagraphsSection pairs = new SharedParagraphsSection(List.of(new SharedParagraphsSection.Pair("wire/b.txt", "wire/a.txt",
                List.of(new MarkedParagraph("Floods close the road.", true), new MarkedParagraph(ReportFixtures.SCRIPT, false)),
                List.of(new MarkedParagraph("Floods close the road!", true)))));
        JsonNode d = data(render(ReportFixtures.withSections(ReportFixtures.result(), ReportFixtures.clusters(), pairs)));
        assertEquals("[[\"wire/b.txt\",\"wire/a.txt\",[[\"Floods close the road.\",1],[\"" + ReportFixtures.SCRIPT + "\",0]],"
                + "[[\"Floods close the road!\",1]]]]", d.get("pairs").toString());
        assertEquals("[0]", d.get("clusters").get(0).get(4).toString());
    }

    @Test
    void passingCorpusWithoutSectionsHasNoClustersOrPicturesOfThem() throws Exception {
        var base = ReportFixtures.result(List.of(), List.of());
        var bare = new CheckResult(base.corpusLabel(), 2, 2, 10, base.rules(), List.of(),
                base.byRule(), base.summary(), new java.util.TreeMap<>(), List.of(), base.timings());
        String html = render(bare);
        assertTrue(html.contains("<section id=\"verdict\" class=\"passed\">"));
        assertTrue(html.contains("<p>No limits configured.</p>"));
        assertTrue(html.contains("<p>No findings.</p>"));
        assertFalse(html.contains("id=\"clusters\""));
        assertFalse(html.contains("id=\"p-size\""));
        assertFalse(html.contains("id=\"p-length\""));
        assertEquals(0, data(html).get("findings").size());
    }

    @Test
    void checkSummariesReadAsWordsNotAsRawMaps() throws Exception {
        var base = ReportFixtures.result();
        var r = new CheckResult(base.corpusLabel(), 5, 4, 1234, base.rules(), base.findings(), base.byRule(),
                new java.util.TreeMap<>(Map.of("duplicates", new java.util.LinkedHashMap<>(Map.of("clusters", 2L)))),
                base.sections(), base.limits(), base.timings());
        String html = render(r);
        assertTrue(html.contains("<h3>Duplicates</h3>\n<table>\n<tr><th>Clusters</th><td>2</td></tr>\n</table>"), html);
        assertFalse(html.contains("{clusters"));
    }

    @Test
    void fileLinksAreRelativeToTheFolderTheReportEndsUpIn() throws Exception {
        ReportContext staged = ReportFixtures.context(project).stagedIn(project.resolve("target/corpus/.reports-1.tmp"));
        JsonNode links = data(new HtmlReportWriter(Map.of()).render(ReportFixtures.result(), staged)).get("links");
        assertEquals("{\"file\":\"../../src/main/corpus/\"}", links.toString());
    }

    @Test
    void forgeLinksComeFromTheSettingOrTheCiAndNeverLeakOtherwise() throws Exception {
        Files.createDirectories(project.resolve(".git"));
        Map<String, String> github = Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "org/news",
                "GITHUB_SHA", "abc123", "GITHUB_WORKSPACE", project.toString());
        JsonNode links = data(new HtmlReportWriter(github).render(ReportFixtures.result(), ReportFixtures.context(project))).get("links");
        assertEquals("https://github.com/org/news/blob/abc123/src/main/corpus/{path}#L{line}", links.get("forge").asText());
        assertEquals("https://github.com/org/news/blob/abc123/src/main/corpus/{path}", links.get("forgeNoLine").asText());

        Map<String, String> gitlab = Map.of("CI_PROJECT_URL", "https://gitlab.example.org/news/site/", "CI_COMMIT_SHA", "def456");
        links = data(new HtmlReportWriter(gitlab).render(ReportFixtures.result(), ReportFixtures.context(project))).get("links");
        assertEquals("https://gitlab.example.org/news/site/-/blob/def456/src/main/corpus/{path}#L{line}", links.get("forge").asText());

        ReportContext base = ReportFixtures.context(project);
        ReportContext templated = new ReportContext(base.outputDirectory(), base.baseDirectory(), base.corpusDirectory(), "1",
                ReportContext.Problems.IGNORE, new ReportContext.Presentation(null,
                        "https://git.example.org/news/src/{revision}/{path}?line={line}", null));
        links = data(new HtmlReportWriter(gitlab).render(ReportFixtures.result(), templated)).get("links");
        assertEquals("https://git.example.org/news/src/def456/src/main/corpus/{path}?line={line}", links.get("forge").asText());
        assertEquals("https://git.example.org/news/src/def456/src/main/corpus/{path}?line=1", links.get("forgeNoLine").asText());

        links = data(new HtmlReportWriter(Map.of()).render(ReportFixtures.result(), ReportFixtures.context(project))).get("links");
        assertNull(links.get("forge"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
