package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.DuplicateClustersSection.Cluster;
import io.github.corpuscheck.api.DuplicateClustersSection.Member;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.engine.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesCsvWriterTest {

    static CheckResult result(ReportSection... sections) {
        return new CheckResult("mem", 3, 1, 10, new TreeMap<>(), List.of(), new TreeMap<>(), new TreeMap<>(),
                ReportFixtures.sections(sections), List.of(), Map.of());
    }

    @Test
    void writesOneRowPerDuplicateWithQuotedIds(@TempDir Path tmp) throws Exception {
        Member near = new Member("wire,2", "duplicate.near", 0.5656, 0.6803, 0.7703, 10);
        Member exact = new Member("a\"3", "duplicate.exact", 1.0, 0.6803, 0.7703, 10);
        Cluster w1 = new Cluster("w1", List.of(near, exact));
        Cluster w4 = new Cluster("w4", List.of(new Member("w5", "duplicate.near", 0.9, 0.95, 0.925, 0)));
        Path file = new DuplicatesCsvWriter().write(result(new DuplicateClustersSection(List.of(w1, w4))),
                new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(tmp.resolve("duplicates.csv"), file);
        assertEquals(DuplicatesCsvWriter.HEADER + "\n"
                        + "\"wire,2\",w1,w1,duplicate.near,0.5656,0.6803,0.7703,10\n"
                        + "\"a\"\"3\",w1,w1,duplicate.exact,1.0,0.6803,0.7703,10\n"
                        + "w5,w4,w4,duplicate.near,0.9,0.95,0.925,0\n",
                Files.readString(file));
    }

    /** Ids a spreadsheet would run as formulas are written as text; numbers stay numbers. */
    @Test
    void formulaLikeIdsGetALeadingQuote(@TempDir Path tmp) throws Exception {
        List<Member> members = List.of(
                new Member("=HYPERLINK(\"http://x\",\"y\")", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("+1", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("-2", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("@SUM(A1)", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("\tcmd", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("\rcmd", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("a=b-c", "duplicate.exact", 1.0, 1.0, 1.0, 0),
                new Member("lone \uD800", "duplicate.exact", 1.0, 1.0, 1.0, 0));
        new DuplicatesCsvWriter().write(result(new DuplicateClustersSection(List.of(new Cluster("=1+1", members)))),
                new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(DuplicatesCsvWriter.HEADER + "\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "'+1,'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "'-2,'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "'@SUM(A1),'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "'\tcmd,'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "\"'\rcmd\",'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "a=b-c,'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n"
                        + "lone \uFFFD,'=1+1,'=1+1,duplicate.exact,1.0,1.0,1.0,0\n",
                Files.readString(tmp.resolve("duplicates.csv")));
        assertEquals("-0.5", DuplicatesCsvWriter.csv(-0.5));
    }

    /** OWASP's list, one prefix at a time, in the representative's columns as well as the document's. */
    @Test
    void everyFormulaPrefixIsNeutralisedInEveryTextColumn(@TempDir Path tmp) throws Exception {
        List<String> prefixes = List.of("=", "+", "-", "@", "\t", "\r");
        StringBuilder expected = new StringBuilder(DuplicatesCsvWriter.HEADER).append('\n');
        List<Cluster> clusters = new java.util.ArrayList<>();
        for (String p : prefixes) {
            String id = p + "cmd|' /C calc'!A0";
            clusters.add(new Cluster(id, List.of(new Member(id + "-copy", "duplicate.near", 0.9, 0.9, 0.9, 1))));
            String document = "'" + id + "-copy";
            String representative = "'" + id;
            String row = String.join(",", quoted(document), quoted(representative), quoted(representative),
                    "duplicate.near,0.9,0.9,0.9,1");
            expected.append(row).append('\n');
            assertEquals(quoted("'" + p + "x"), DuplicatesCsvWriter.csv(p + "x"), "prefix " + (int) p.charAt(0));
        }
        new DuplicatesCsvWriter().write(result(new DuplicateClustersSection(clusters)), new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(expected.toString(), Files.readString(tmp.resolve("duplicates.csv")));
        // Only the first character matters; numbers are never prefixed.
        assertEquals("x=1", DuplicatesCsvWriter.csv("x=1"));
        assertEquals(" =1", DuplicatesCsvWriter.csv(" =1"));
        assertEquals("-3", DuplicatesCsvWriter.csv(-3));
    }

    /** The value as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Test
    void writesOnlyTheHeaderWithoutDuplicates(@TempDir Path tmp) throws Exception {
        new DuplicatesCsvWriter().write(result(), new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(List.of(DuplicatesCsvWriter.HEADER), Files.readAllLines(tmp.resolve("duplicates.csv")));
        new DuplicatesCsvWriter().write(result(new DuplicateClustersSection(List.of()), ReportFixtures.histogram()),
                new ReportContext(tmp, tmp, tmp, "test"));
        assertEquals(List.of(DuplicatesCsvWriter.HEADER), Files.readAllLines(tmp.resolve("duplicates.csv")));
    }

    @Test
    void csvIsAKnownReportFormat() {
        assertEquals(List.of("json", "timing", "csv"), Reports.writersFor("json, csv").stream().map(ReportWriter::format).toList());
    }
}
