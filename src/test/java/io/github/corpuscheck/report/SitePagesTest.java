package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The site pages' content, word for word: what mvn site shows for one module and for a multi-module build. */
class SitePagesTest {

    @Test
    void oneModulesPageHasTheVerdictCountsLimitsWorstFindingsAndClusters() {
        SitePage page = SitePages.of(ReportJsonReaderTest.expected(), "target/corpus/report.json", 2, 50);

        assertEquals("""
                Corpus report
                # Corpus folder src/main/corpus
                Verdict: failed (2 error findings, 1 crossed limit).
                Verdict | Documents | Files | Bytes | Errors | Warnings
                failed | 5 | 4 | 1234 | 2 | 1
                From target/corpus/report.json, written by corpus-maven-plugin 1.2.3.
                ## Findings per rule
                Rule | Severity | Findings
                duplicate.exact | error | 1
                metadata.missing | error | 1
                truncation.mid-sentence | warning | 1
                ## Limits
                Rule | Metric | Maximum | Actual | Margin | Result
                truncation.* | count | 0 | 1 | -1 | crossed
                duplicate.* | ratio | 0.5 | 0.2 | 0.3 | passed
                ## Findings
                The first 2 of 3 findings, errors first; all are in report.json.
                Severity | Rule | Location | Document | Message
                error | metadata.missing | src/main/corpus/feed.jsonl:3 | feed.jsonl:3 | No date.
                error | duplicate.exact | src/main/corpus/wire/b.txt:1 | wire/b.txt | Exact duplicate of wire/a.txt.
                ## Duplicate clusters
                One cluster.
                Representative | Size | Lowest similarity | Other members
                wire/a.txt | 2 | 1 | wire/b.txt
                """, page.plainText());
    }

    @Test
    void aCleanCorpusWithoutLimitsSaysSo() {
        CorpusReport clean = new CorpusReport("1.0", "corpus", 3, 3, 300, 0, 0, false, 0, 4, new TreeMap<>(), Map.of(),
                List.of(), List.of(), List.of());

        assertEquals("""
                Corpus report
                # Corpus folder corpus
                Verdict: passed.
                Verdict | Documents | Files | Bytes | Errors | Warnings | Suppressed | Baselined
                passed | 3 | 3 | 300 | 0 | 0 | 0 | 4
                From r.json, written by corpus-maven-plugin 1.0.
                ## Findings per rule
                No findings.
                ## Limits
                No limits are configured.
                ## Findings
                No findings.
                ## Duplicate clusters
                No clusters.
                """, SitePages.of(clean, "r.json", 100, 50).plainText());
    }

    @Test
    void theAggregatePageCountsPerModuleAndLocatesFindingsInTheirModule() {
        SitePage page = SitePages.of(CorpusAggregateTest.aggregate(), "target/corpus/aggregate/report.json", 3, 1);

        assertEquals("""
                Corpus report (aggregate)
                # Corpus of 2 modules
                Verdict: failed in 1 of 2 modules (module-a).
                Verdict | Modules | Documents | Files | Bytes | Errors | Warnings
                failed | 2 | 7 | 6 | 2134 | 2 | 2
                Aggregate report: target/corpus/aggregate/report.json.
                ## Modules
                Module | Artifact | Corpus | Verdict | Documents | Errors | Warnings | Crossed limits
                module-a | a-art | module-a/src/main/corpus | failed | 5 | 2 | 1 | 1
                module-b | b-art | module-b/corpus | passed | 2 | 0 | 1 | 0
                ## Findings per rule
                Rule | Findings | By module
                duplicate.exact | 1 | module-a 1
                duplicate.near | 1 | module-b 1
                metadata.missing | 1 | module-a 1
                truncation.mid-sentence | 1 | module-a 1
                ## Limits
                Module | Rule | Metric | Maximum | Actual | Margin | Result
                module-a | truncation.* | count | 0 | 1 | -1 | crossed
                module-a | duplicate.* | ratio | 0.5 | 0.2 | 0.3 | passed
                ## Findings
                The first 3 of 4 findings, errors first; all are in target/corpus/aggregate/report.json.
                Severity | Rule | Location | Document | Message
                error | metadata.missing | module-a/src/main/corpus/feed.jsonl:3 | feed.jsonl:3 | No date.
                error | duplicate.exact | module-a/src/main/corpus/wire/b.txt:1 | wire/b.txt | Exact duplicate of wire/a.txt.
                warning | truncation.mid-sentence | module-a/src/main/corpus/wire/storm report.txt | storm | Stops after: <script>alert('x')</script>
                ## Duplicate clusters
                The first 1 of 2 clusters; all are in the modules' report.json.
                Module | Representative | Size | Lowest similarity | Other members
                module-a | wire/a.txt | 2 | 1 | wire/b.txt
                """, page.plainText());
    }

    @Test
    void corpusTextStaysOnOneLineAndRatiosAreShortened() {
        CorpusReport r = ReportJsonReaderTest.expected();
        CorpusReport.FindingRow odd = new CorpusReport.FindingRow("metadata.missing", "error", "a\nb", "x\ry.txt", 2,
                "line one\nline two");
        CorpusReport withOdd = new CorpusReport(r.toolVersion(), r.corpusDirectory(), r.files(), r.documents(),
                r.bytes(), r.errors(), r.warnings(), r.failed(), r.suppressed(), r.baselined(), r.byRule(),
                r.severities(), r.limits(), List.of(odd), List.of());

        String text = SitePages.of(withOdd, "r.json", 10, 10).plainText();

        assertEquals(true, text.contains("error | metadata.missing | src/main/corpus/x\\ry.txt:2 | a\\nb | line one\\nline two\n"),
                text);
        assertEquals("0.0123", SitePages.number(0.012345, false));
        assertEquals("0.01", SitePages.number(0.01, false));
        assertEquals("-0.0034", SitePages.number(-0.0034, false));
        assertEquals("0", SitePages.number(0.0, false));
        assertEquals("12", SitePages.number(12, true));
        assertThrows(IllegalArgumentException.class,
                () -> new SitePage.Table(List.of("a", "b"), List.of(List.of("only one"))));
    }
}
