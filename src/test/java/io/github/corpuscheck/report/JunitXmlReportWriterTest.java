package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.gate.LimitResult;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportWriterTest {

    @TempDir
    Path project;

    private Element write(io.github.corpuscheck.engine.CheckResult result) throws Exception {
        Path file = new JunitXmlReportWriter().write(result, ReportFixtures.context(project));
        assertEquals("TEST-corpus.xml", file.getFileName().toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return doc.getDocumentElement();
    }

    private static Element testcase(Element suite, int i) {
        return (Element) suite.getElementsByTagName("testcase").item(i);
    }

    @Test
    void oneCasePerRuleWithFindingsAndOnePerLimit() throws Exception {
        Element suite = write(ReportFixtures.result());
        assertEquals("testsuite", suite.getTagName());
        assertEquals("corpus", suite.getAttribute("name"));
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("3", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(5, cases.getLength());

        Element exact = testcase(suite, 0);
        assertEquals("corpus.duplicate", exact.getAttribute("classname"));
        assertEquals("duplicate.exact", exact.getAttribute("name"));
        Element failure = (Element) exact.getElementsByTagName("failure").item(0);
        assertEquals("1 error finding(s) of duplicate.exact", failure.getAttribute("message"));
        assertEquals("[duplicate.exact] wire/b.txt:1 Exact duplicate of wire/a.txt.\n", failure.getTextContent());

        assertEquals("metadata.missing", testcase(suite, 1).getAttribute("name"));
        assertEquals(1, testcase(suite, 1).getElementsByTagName("failure").getLength());

        // A rule with only warnings passes; its findings go to system-out, the script tag survives as text.
        Element mid = testcase(suite, 2);
        assertEquals("truncation.mid-sentence", mid.getAttribute("name"));
        assertEquals(0, mid.getElementsByTagName("failure").getLength());
        assertEquals("[truncation.mid-sentence] wire/storm report.txt (storm) Stops after: " + ReportFixtures.SCRIPT + "\n",
                mid.getElementsByTagName("system-out").item(0).getTextContent());

        Element crossed = testcase(suite, 3);
        assertEquals("corpus.limits", crossed.getAttribute("classname"));
        assertEquals("limit truncation.* count", crossed.getAttribute("name"));
        Element limitFailure = (Element) crossed.getElementsByTagName("failure").item(0);
        assertEquals("Limit crossed: truncation.* count 1 > 0", limitFailure.getAttribute("message"));
        assertEquals("limit", limitFailure.getAttribute("type"));
        assertTrue(limitFailure.getTextContent().contains("[truncation.mid-sentence] wire/storm report.txt"));

        Element passedLimit = testcase(suite, 4);
        assertEquals("limit duplicate.* ratio", passedLimit.getAttribute("name"));
        assertEquals(0, passedLimit.getElementsByTagName("failure").getLength());
    }

    @Test
    void cleanCorpusHasNoFailingCase() throws Exception {
        Element suite = write(ReportFixtures.result(List.of(), List.of(new LimitResult("duplicate.*", "count", 0, 3, true))));
        assertEquals("1", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals(0, suite.getElementsByTagName("failure").getLength());
    }

    @Test
    void controlCharactersFromBrokenInputStillGiveWellFormedXml() throws Exception {
        // In the findings' text (one line each) control characters are shown escaped; elsewhere they become U+FFFD.
        Finding f = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(0, "bad\u0001id")
                .at("bad.txt", 2).message("Odd \u0000 byte.").build();
        Element suite = write(ReportFixtures.result(List.of(f), List.of()));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("[metadata.missing] bad.txt:2 (bad\\u0001id) Odd \\u0000 byte.\n", failure.getTextContent());
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharactersAndPairsStay() throws Exception {
        Finding f = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(0, "lone\uDC00 \uD83D\uDE00")
                .at("bad.txt", 2).message("Ends in \uD800").build();
        Element suite = write(ReportFixtures.result(List.of(f), List.of()));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("[metadata.missing] bad.txt:2 (lone\uFFFD \uD83D\uDE00) Ends in \uFFFD\n", failure.getTextContent());
    }
}
