package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.DocumentMonthsSection;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML report in a real browser: filters, paging, sorting, links, pictures, clusters and escaping of hostile
 * corpus text, under the page's own Content-Security-Policy. Runs when Chromium and chromedriver are installed
 * ({@link Chromium}); otherwise skipped, saying so in one line.
 */
class HtmlReportBrowserTest {

    static final Rule NEAR = new Rule("duplicate.near", Severity.WARNING, "Near duplicate.");
    static final Rule EXACT = new Rule("duplicate.exact", Severity.ERROR, "Exact duplicate.");
    static final Rule MISSING = new Rule("metadata.missing", Severity.ERROR, "Missing field.");
    static final Rule MID = new Rule("truncation.mid-sentence", Severity.WARNING, "Stops mid-sentence.");
    /** A file name and a message that would run script or break out of attributes if they were markup. */
    static final String EVIL_FILE = "evil \"q\" 'a' <script>window.pwned=1</script>&amp;.txt";
    static final String EVIL_MESSAGE = "He said \"hi\" </script><img src=x onerror=\"window.pwned=2\"> & left";

    private static Path dir;
    private static Chromium chromium;
    private static ChromeDriver d;
    private static Path corpus;
    private static Path page;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path[]> binaries = Chromium.find();
        if (binaries.isEmpty()) {
            System.out.println("HtmlReportBrowserTest skipped: " + Chromium.missing() + ".");
        }
        Assumptions.assumeTrue(binaries.isPresent(), Chromium.missing());
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        dir = Files.createTempDirectory("html-browser");
        Path project = dir.resolve("site");
        corpus = project.resolve("src/main/corpus");
        ReportContext base = new ReportContext(project.resolve("target/corpus"), project, corpus, "1.2.3");
        ReportContext context = new ReportContext(base.outputDirectory(), project, corpus, "1.2.3",
                ReportContext.Problems.IGNORE, new ReportContext.Presentation("Newsroom", null, null));
        Map<String, String> github = Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "org/news",
                "GITHUB_SHA", "abc123", "GITHUB_WORKSPACE", project.toString());
        page = new HtmlReportWriter(github).write(result(), context);
        chromium = Chromium.start(binaries.get(), 1280, 900);
        d = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void load() {
        d.get("about:blank");
        d.get(page.toUri().toString());
    }

    /**
     * 240 findings: 120 duplicate.near (warning) in wire/, 60 metadata.missing (error) in feed.jsonl, 59
     * truncation.mid-sentence (warning) in briefs/, and one duplicate.exact (error) in the hostile file; documents
     * d0..d239, d(i) dated in month i % 3 of 2024.
     */
    static CheckResult result() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            Finding.Builder b;
            if (i == 239) {
                b = Finding.builder(EXACT).severity(Severity.ERROR).at("wire/" + EVIL_FILE, 7).message(EVIL_MESSAGE)
                        .related("d0", new Location("wire/a0.txt", 1));
            } else if (i < 120) {
                b = Finding.builder(NEAR).severity(Severity.WARNING).at("wire/a" + i + ".txt", 1)
                        .message("Near duplicate of d" + (i + 1) + ".").related("d" + (i + 1), new Location("wire/x.txt", 1));
            } else if (i < 180) {
                b = Finding.builder(MISSING).severity(Severity.ERROR).at("feed.jsonl", i).message("No date.")
                        .evidence("field", "date");
            } else {
                b = Finding.builder(MID).severity(Severity.WARNING).at("briefs/b" + i + ".txt", 0).message("Stops after: the");
            }
            findings.add(b.document(i, "d" + i).build());
        }
        findings.sort((x, y) -> x.file().compareTo(y.file()) != 0 ? x.file().compareTo(y.file()) : Integer.compare(x.line(), y.line()));
        SortedMap<String, CheckResult.RuleStatus> rules = new TreeMap<>();
        SortedMap<String, Integer> byRule = new TreeMap<>();
        for (Rule r : List.of(NEAR, EXACT, MISSING, MID)) {
            rules.put(r.id(), new CheckResult.RuleStatus(r, r.defaultSeverity()));
        }
        findings.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        List<DuplicateClustersSection.Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            clusters.add(new DuplicateClustersSection.Cluster("r" + i,
                    List.of(new DuplicateClustersSection.Member("d" + i, "duplicate.near", 0.8, 0.9, 0.85, 2))));
        }
        int[] months = new int[240];
        byte[] lengths = new byte[240];
        for (int i = 0; i < 240; i++) {
            months[i] = 2024 * 12 + i % 3;
            lengths[i] = (byte) (i < 200 ? 1 : 2);
        }
        SharedParagraphsSection pairs = new SharedParagraphsSection(List.of(new SharedParagraphsSection.Pair("d0", "r0",
                List.of(new SharedParagraphsSection.MarkedParagraph("Floods close the road. <b>bold</b>", true)),
                List.of(new SharedParagraphsSection.MarkedParagraph("Floods close the road!", true)))));
        return new CheckResult("src/main/corpus", 240, 182, 99_000, rules, findings, byRule, new TreeMap<>(),
                ReportFixtures.sections(new DuplicateClustersSection(clusters), new DocumentMonthsSection(months), pairs,
                        new LengthHistogramSection(List.of(new LengthHistogramSection.Bucket("0", 0),
                                new LengthHistogramSection.Bucket("1-49", 200), new LengthHistogramSection.Bucket("50-99", 40)), lengths)),
                List.of(new LimitResult("duplicate.*", "count", 121, 100, false)), Map.of("engine", 1L));
    }

    private static String text(String id) {
        return d.findElement(By.id(id)).getText();
    }

    /** Picks the option of a select by its value (or text), as a reader does, by clicking it. */
    private static void choose(String select, String value) {
        for (WebElement o : d.findElements(By.cssSelector("#" + select + " option"))) {
            if (value.equals(o.getDomProperty("value"))) {
                o.click();
                return;
            }
        }
        throw new AssertionError("no option " + value + " in " + select);
    }

    private static int rows() {
        return d.findElements(By.cssSelector("#f-rows tr")).size();
    }

    @Test
    void pagesTheFindingsAndTheScriptAndStyleRunUnderThePolicy() {
        assertEquals("240 of 240 shown", text("f-count"));
        assertEquals("page 1 of 5", text("f-page"));
        assertEquals(50, rows());
        for (int i = 0; i < 4; i++) {
            d.findElement(By.id("f-next")).click();
        }
        assertEquals("page 5 of 5", text("f-page"));
        assertEquals(40, rows());
        assertTrue(!d.findElement(By.id("f-next")).isEnabled());
        d.findElement(By.id("f-prev")).click();
        assertEquals("page 4 of 5", text("f-page"));
        assertEquals(50, rows());
        // The style sheet applied (allowed by its hash): the verdict's red border.
        assertEquals("6px", d.findElement(By.id("verdict")).getCssValue("border-left-width"));
        assertEquals("Failed", d.findElement(By.cssSelector("#verdict .status")).getText());
    }

    @Test
    void filtersBySeverityRuleFamilyFileAndTextAndSorts() {
        choose("f-sev", "error");
        assertEquals("61 of 240 shown", text("f-count"));
        choose("f-family", "duplicate");
        assertEquals("1 of 240 shown", text("f-count"));
        d.findElement(By.id("f-clear")).click();
        choose("f-rule", "truncation.mid-sentence");
        assertEquals("59 of 240 shown", text("f-count"));
        d.findElement(By.id("f-clear")).click();
        d.findElement(By.id("f-file")).sendKeys("feed");
        assertEquals("60 of 240 shown", text("f-count"));
        d.findElement(By.id("f-clear")).click();
        d.findElement(By.id("f-q")).sendKeys("d11");
        // d11 as document or related document: d11, d110..d119 and the findings naming them (d10, d109).
        assertEquals("13 of 240 shown", text("f-count"));
        d.findElement(By.id("f-q")).sendKeys("0");
        assertEquals("2 of 240 shown", text("f-count"));
        d.findElement(By.id("f-clear")).click();
        choose("f-sort", "severity");
        assertEquals("error", d.findElement(By.cssSelector("#f-rows tr td")).getText());
        choose("f-sort", "rule");
        assertEquals("duplicate.exact", d.findElement(By.cssSelector("#f-rows tr td:nth-child(2)")).getText());
        // A rule of the first screen's table filters too.
        d.findElement(By.cssSelector("a[data-rule='metadata.missing']")).click();
        assertEquals("60 of 240 shown", text("f-count"));
    }

    @Test
    void hostileCorpusTextStaysTextAndLinksAreEncoded() {
        d.findElement(By.id("f-q")).sendKeys("pwned");
        assertEquals("1 of 240 shown", text("f-count"));
        WebElement row = d.findElement(By.cssSelector("#f-rows tr"));
        assertEquals("wire/" + EVIL_FILE + ":7", row.findElement(By.cssSelector("a.file")).getText());
        assertTrue(row.findElement(By.cssSelector("td:nth-child(5)")).getText().startsWith(EVIL_MESSAGE), row.getText());
        assertEquals(Boolean.TRUE, d.executeScript("return window.pwned === undefined"));
        assertEquals(2L, d.executeScript("return document.scripts.length"));
        assertEquals(0L, d.executeScript("return document.querySelectorAll('#f-rows img, #f-rows script').length"));
        // The file link: relative to the report folder, each path segment percent-encoded.
        // (The name's '/' is a folder separator: "</script>" puts the file into a folder "...<".)
        String encoded = "evil%20%22q%22%20'a'%20%3Cscript%3Ewindow.pwned%3D1%3C/script%3E%26amp%3B.txt";
        assertEquals("../../src/main/corpus/wire/" + encoded,
                row.findElement(By.cssSelector("a.file")).getDomAttribute("href"));
        assertEquals(corpus.toUri().toString().replaceAll("/$", "") + "/wire/" + encoded, row.findElement(By.cssSelector("a.file")).getDomProperty("href"));
        assertEquals("https://github.com/org/news/blob/abc123/src/main/corpus/wire/" + encoded + "#L7",
                row.findElement(By.cssSelector("a.forge")).getDomAttribute("href"));
        // A finding without a line links to the file.
        d.findElement(By.id("f-clear")).click();
        d.findElement(By.id("f-file")).sendKeys("briefs/b180");
        assertEquals("https://github.com/org/news/blob/abc123/src/main/corpus/briefs/b180.txt",
                d.findElement(By.cssSelector("#f-rows a.forge")).getDomAttribute("href"));
    }

    @Test
    void aMembersFindingLinksToItsClusterAndClustersArePagedAndSearchable() {
        assertEquals("30 of 30 clusters", text("c-count"));
        assertEquals("page 1 of 2", text("c-page"));
        assertEquals(20, d.findElements(By.cssSelector("#c-list details")).size());
        d.findElement(By.id("c-q")).sendKeys("d25");
        assertEquals("1 of 30 clusters", text("c-count"));
        // d28 is a member of cluster 28 (representative r28), on the second page of clusters.
        d.findElement(By.id("f-q")).sendKeys("duplicate of d29.");
        assertEquals("1 of 240 shown", text("f-count"));
        WebElement link = d.findElement(By.cssSelector("#f-rows a.to-cluster"));
        assertEquals("cluster of r28", link.getText());
        link.click();
        WebElement cluster = d.findElement(By.id("cluster-28"));
        assertEquals("true", cluster.getDomAttribute("open"));
        assertTrue(cluster.getText().contains("d28\nduplicate.near\n0.8") || cluster.getText().contains("d28 duplicate.near 0.8"),
                cluster.getText());
        assertEquals("page 2 of 2", text("c-page"));
        // The first cluster shows its pair side by side, markup in the text as text.
        d.findElement(By.id("c-prev")).click();
        d.findElement(By.cssSelector("#cluster-0 summary")).click();
        assertEquals("Floods close the road. <b>bold</b>", d.findElement(By.cssSelector("#cluster-0 p.shared")).getText());
    }

    @Test
    void clickingABarFiltersTheFindings() {
        List<WebElement> months = d.findElements(By.cssSelector("#p-month rect.bar"));
        assertEquals(3, months.size());
        d.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", months.get(1));
        assertEquals("80 of 240 shown", text("f-count"));
        assertEquals("month 2024-02 ×", d.findElement(By.cssSelector("#f-chips .chip")).getText());
        d.findElement(By.cssSelector("#f-chips .chip")).click();
        assertEquals("240 of 240 shown", text("f-count"));
        List<WebElement> lengths = d.findElements(By.cssSelector("#p-length rect.bar"));
        d.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", lengths.get(2));
        assertEquals("40 of 240 shown", text("f-count"));
        List<WebElement> folders = d.findElements(By.cssSelector("#p-folder rect.bar"));
        // wire, the corpus folder (feed.jsonl), briefs and the hostile name's folder, by findings
        assertEquals(4, folders.size());
        d.findElement(By.id("f-clear")).click();
        d.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", folders.get(0));
        assertEquals("120 of 240 shown", text("f-count"));
        List<WebElement> sizes = d.findElements(By.cssSelector("#p-size rect.bar"));
        d.findElement(By.id("f-clear")).click();
        d.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", sizes.get(0));
        // Documents d0..d29 are in clusters of 2: their findings.
        assertEquals("30 of 240 shown", text("f-count"));
    }
}
