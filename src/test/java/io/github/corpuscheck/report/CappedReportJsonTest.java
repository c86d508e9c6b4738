package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.json with a cap on its findings: the first N inside, every finding in findings.jsonl (byte for byte the
 * JSON Lines of {@link JsonReportWriter#findingLine}), counts that cover every finding, and readers that get the
 * same counts and the same worst findings as from the uncapped report.
 */
class CappedReportJsonTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Seven findings in report order: errors and warnings interleaved, the first errors late. */
    static List<Finding> seven() {
        List<Finding> out = new ArrayList<>();
        out.add(ReportFixtures.mid());
        for (int i = 1; i <= 6; i++) {
            boolean error = i % 3 == 0;
            out.add(Finding.builder(error ? ReportFixtures.EXACT : ReportFixtures.MID)
                    .severity(error ? Severity.ERROR : Severity.WARNING).document(10 + i, "wire/" + i + ".txt")
                    .at("wire/" + i + ".txt", i).message((error ? "Exact duplicate of wire/a.txt, " : "Stops, ") + i
                            + " \u00e9\u6f22 \"quoted\".")
                    .related("wire/a.txt", new Location("wire/a.txt", 1)).evidence("n", i).build());
        }
        return out;
    }

    static CheckResult result() {
        return ReportFixtures.result(seven(), List.of(new LimitResult("duplicate.*", "count", 2, 1, false),
                new LimitResult("truncation.*", "ratio", 0.8, 0.9, true)));
    }

    private Path write(int cap, String name) throws IOException {
        Path out = dir.resolve(name);
        return new JsonReportWriter(cap, null).write(result(), context(out));
    }

    private static ReportContext context(Path out) {
        return new ReportContext(out, out.getParent(), out.getParent().resolve("corpus"), "1.2.3");
    }

    private static String lines(List<Finding> findings) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(JsonReportWriter.findingLine(f)).append('\n');
        }
        return b.toString();
    }

    @Test
    void noCapAtTheCapAndAboveItTheReportIsTheUncappedOneByteForByte() throws Exception {
        byte[] uncapped = Files.readAllBytes(new JsonReportWriter().write(result(), context(dir.resolve("plain"))));
        for (int cap : new int[] {0, 7, 8, 1000}) {
            Path file = write(cap, "cap" + cap);
            assertArrayEquals(uncapped, Files.readAllBytes(file), "cap " + cap);
            assertFalse(Files.exists(file.resolveSibling(JsonReportWriter.FINDINGS_FILE)), "cap " + cap);
            assertEquals(List.of("report.json"), names(file.getParent()));
        }
        assertTrue(new String(uncapped, StandardCharsets.UTF_8).startsWith("{\n  \"schemaVersion\": 1,\n"));
    }

    @Test
    void belowTheCapTheFirstFindingsAreInsideAndEveryFindingIsInFindingsJsonl() throws Exception {
        Path plain = new JsonReportWriter().write(result(), context(dir.resolve("plain")));
        for (int cap = 1; cap <= 6; cap++) {
            Path file = write(cap, "cap" + cap);
            assertEquals(List.of("findings.jsonl", "report.json"), names(file.getParent()));
            // every finding, in report order, exactly as findingLine writes it
            assertEquals(lines(seven()), Files.readString(file.resolveSibling("findings.jsonl"), StandardCharsets.UTF_8));
            JsonNode capped = JSON.readTree(file.toFile());
            assertEquals(2, capped.get("schemaVersion").asInt());
            assertEquals("{\"total\":7,\"inline\":" + cap + ",\"path\":\"findings.jsonl\"}",
                    capped.get("allFindings").toString());
            // the first `cap` findings inside; everything else as in the uncapped report
            ObjectNode expected = (ObjectNode) JSON.readTree(plain.toFile());
            ArrayNode all = (ArrayNode) expected.get("findings");
            ArrayNode first = JSON.createArrayNode();
            for (int i = 0; i < cap; i++) {
                first.add(all.get(i));
            }
            expected.set("findings", first);
            ObjectNode actual = ((ObjectNode) capped).deepCopy();
            actual.remove("allFindings");
            actual.put("schemaVersion", 1);
            assertEquals(expected, actual, "cap " + cap);
            // the inline findings are the first lines of findings.jsonl
            List<String> jsonl = Files.readAllLines(file.resolveSibling("findings.jsonl"), StandardCharsets.UTF_8);
            assertEquals(7, jsonl.size());
            for (int i = 0; i < cap; i++) {
                assertEquals(capped.get("findings").get(i), JSON.readTree(jsonl.get(i)));
            }
        }
    }

    @Test
    void theCappedLayoutNamesTheListJustBeforeTheFindings() throws Exception {
        String json = Files.readString(write(2, "cap2"), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 2,\n"), json);
        assertTrue(json.contains("""
                      "passed": true
                    }
                  ],
                  "allFindings": {
                    "total": 7,
                    "inline": 2,
                    "path": "findings.jsonl"
                  },
                  "findings": [
                    {
                      "rule": "truncation.mid-sentence",
                """), json);
        // deterministic: the same result gives the same bytes
        assertArrayEquals(Files.readAllBytes(dir.resolve("cap2/report.json")),
                Files.readAllBytes(write(2, "again").toAbsolutePath()));
        assertArrayEquals(Files.readAllBytes(dir.resolve("cap2/findings.jsonl")),
                Files.readAllBytes(dir.resolve("again/findings.jsonl")));
    }

    @Test
    void readingBackGivesTheSameCountsAndTheSameWorstFindings() throws Exception {
        CorpusReport plain = ReportJsonReader.read(new JsonReportWriter().write(result(), context(dir.resolve("plain"))));
        assertFalse(plain.capped());
        assertEquals(7, plain.findingsTotal());
        for (int cap = 1; cap <= 6; cap++) {
            Path file = write(cap, "cap" + cap);
            CorpusReport inline = ReportJsonReader.read(file);
            assertTrue(inline.capped());
            assertEquals("findings.jsonl", inline.findingsPath());
            assertEquals(7, inline.findingsTotal());
            assertEquals(plain.findings().subList(0, cap), inline.findings());
            assertEquals(List.of(), inline.further());
            assertEquals(plain.errors(), inline.errors());
            assertEquals(plain.warnings(), inline.warnings());
            assertEquals(plain.byRule(), inline.byRule());
            assertEquals(plain.limits(), inline.limits());
            assertEquals(plain.failed(), inline.failed());
            assertEquals(plain.clusters(), inline.clusters());
            for (int worst = 0; worst <= 8; worst++) {
                CorpusReport read = ReportJsonReader.read(file, worst);
                assertEquals(plain.worstFindings(worst), read.worstFindings(worst), "cap " + cap + ", worst " + worst);
                assertEquals(plain.findings().subList(0, cap), read.findings());
            }
        }
        // cap 1, worst 1: the first finding is a warning; the list is read up to the first error (the 4th) only
        CorpusReport read = ReportJsonReader.read(dir.resolve("cap1/report.json"), 1);
        assertEquals(List.of(plain.findings().get(3)), read.further());
    }

    @Test
    void theSitePageOfACappedReportIsThatOfTheWholeRunAndSaysWhereAllFindingsAre() throws Exception {
        CorpusReport plain = ReportJsonReader.read(new JsonReportWriter().write(result(), context(dir.resolve("plain"))));
        CorpusReport capped = ReportJsonReader.read(write(3, "cap3"), 4);
        SitePage expected = SitePages.of(plain, "target/corpus/report.json", 4, 10);
        SitePage actual = SitePages.of(capped, "target/corpus/report.json", 4, 10);
        List<SitePage.Block> blocks = new ArrayList<>(expected.blocks());
        int findings = blocks.indexOf(new SitePage.Heading(2, "Findings"));
        assertEquals(new SitePage.Paragraph("The first 4 of 7 findings, errors first; all are in report.json."),
                blocks.get(findings + 1));
        blocks.set(findings + 1, new SitePage.Paragraph("The first 4 of 7 findings, errors first; all are in"
                + " findings.jsonl (report.json holds the first 3)."));
        assertEquals(new SitePage(expected.title(), blocks), actual);
    }

    @Test
    void theAggregateCountsACappedModuleWhole() throws Exception {
        CorpusReport plain = ReportJsonReader.read(new JsonReportWriter().write(result(), context(dir.resolve("plain"))));
        CorpusReport capped = ReportJsonReader.read(write(2, "cap2"), 3);
        CorpusAggregate a = new CorpusAggregate("9.9", List.of(new CorpusAggregate.Module("a", "a", plain),
                new CorpusAggregate.Module("b", "b", capped)));
        assertEquals(14, a.findingsTotal());
        assertEquals(List.of("b"), a.capped());
        assertEquals(9, a.findings().size());
        CorpusAggregate uncapped = new CorpusAggregate("9.9", List.of(new CorpusAggregate.Module("a", "a", plain),
                new CorpusAggregate.Module("b", "b", plain)));
        assertEquals(uncapped.worstFindings(3), a.worstFindings(3));
        Path file = dir.resolve("aggregate.json");
        AggregateJsonWriter.write(a, file);
        JsonNode json = JSON.readTree(file.toFile());
        assertEquals(null, json.get("modules").get(0).get("allFindings"));
        assertEquals("{\"total\":7,\"inline\":2}", json.get("modules").get(1).get("allFindings").toString());
        assertEquals(9, json.get("findings").size());
        SitePage page = SitePages.of(a, "target/corpus/aggregate/report.json", 3, 10);
        assertTrue(page.blocks().contains(new SitePage.Paragraph("The first 3 of 14 findings, errors first; all are in"
                + " the modules' report.json and the findings files of b (target/corpus/aggregate/report.json lists"
                + " those in report.json).")), page.blocks().toString());
    }

    @Test
    void aFindingsListInPartFilesIsReadInNameOrder() throws Exception {
        Path out = dir.resolve("job");
        List<Finding> seven = seven();
        JsonReportWriter.FindingsList parts = new JsonReportWriter.FindingsList() {
            @Override
            public String path() {
                return "findings/";
            }

            @Override
            public void write(List<Finding> findings) throws IOException {
                Path folder = Files.createDirectories(out.resolve("findings"));
                Files.writeString(folder.resolve("part-00001-x.txt"), lines(findings.subList(4, 7)));
                Files.writeString(folder.resolve("part-00000-x.txt"), lines(findings.subList(0, 4)));
                Files.writeString(folder.resolve("_SUCCESS"), "");
            }
        };
        Path file = new JsonReportWriter(2, parts).write(result(), context(out));
        assertFalse(Files.exists(out.resolve("findings.jsonl")));
        assertEquals("findings/", JSON.readTree(file.toFile()).get("allFindings").get("path").asText());
        CorpusReport plain = ReportJsonReader.read(new JsonReportWriter().write(result(), context(dir.resolve("plain"))));
        CorpusReport read = ReportJsonReader.read(file, 7);
        assertEquals(7, read.findingsTotal());
        assertEquals(plain.findings(), read.known());
        assertEquals(List.of(out.resolve("findings/part-00000-x.txt"), out.resolve("findings/part-00001-x.txt")),
                ReportJsonReader.findingsFiles(file, "findings/"));
        assertEquals(seven.size(), read.known().size());
    }

    @Test
    void aMissingShortOrHostileListIsNamedWithWhatIsWrong() throws Exception {
        Path file = write(2, "cap2");
        Path list = file.resolveSibling("findings.jsonl");
        List<String> lines = Files.readAllLines(list);
        Files.write(list, lines.subList(0, 6));
        assertEquals("Report " + file + " is not usable: its findings list 'findings.jsonl' holds 6 findings, not 7"
                + " (allFindings.total). Run corpus:check again to rewrite it.", problem(file, 100));
        Files.write(list, List.of(lines.get(0), lines.get(1), "{\"rule\": "));
        assertEquals("Report " + file + " is not usable: line 3 of its findings list (findings.jsonl) is not valid JSON."
                + " Run corpus:check again to rewrite it.", problem(file, 100));
        Files.delete(list);
        assertEquals("Report " + file + " is not usable: the file of its findings 'findings.jsonl' does not exist."
                + " Run corpus:check again to rewrite it.", problem(file, 100));
        assertEquals(7, ReportJsonReader.read(file).findingsTotal()); // the counts alone need no list
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"path\": \"findings.jsonl\"", "\"path\": \"../../secret.jsonl\""));
        assertEquals("Report " + file + " is not usable: allFindings.path '../../secret.jsonl' is not a relative path"
                + " inside its folder. Run corpus:check again to rewrite it.", problem(file, 0));
        Files.writeString(file, json.replace("\"inline\": 2", "\"inline\": 3"));
        assertEquals("Report " + file + " is not usable: allFindings says 3 of 7 findings are inside it, but it holds 2."
                + " Run corpus:check again to rewrite it.", problem(file, 0));
        Files.writeString(file, json.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));
        assertEquals("Report " + file + " is not usable: it has allFindings but schemaVersion 1."
                + " Run corpus:check again to rewrite it.", problem(file, 0));
    }

    @Test
    void theOtherFormatsSayWhereAllFindingsAre() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < JunitXmlReportWriter.MAX_LISTED + 2; i++) {
            many.add(Finding.builder(ReportFixtures.MID).severity(Severity.WARNING).document(i, "d" + i)
                    .at("f" + i + ".txt", 1).message("Stops.").build());
        }
        CheckResult r = ReportFixtures.result(many, List.of());
        for (int cap : new int[] {0, many.size(), 10}) {
            String where = cap == 10 ? "findings.jsonl" : "report.json";
            assertEquals(where, new JsonReportWriter(cap, null).allFindingsIn(many.size()));
            Path out = dir.resolve("formats" + cap);
            for (ReportWriter w : Reports.writersFor("html,junit", new JsonReportWriter(cap, null))) {
                w.write(r, context(out));
            }
            String html = Files.readString(out.resolve("index.html"));
            assertTrue(html.contains("<noscript><p>The findings are listed by the page's script; they are all in "
                    + where + ".</p></noscript>"), "cap " + cap);
            String junit = Files.readString(out.resolve("TEST-corpus.xml"));
            assertTrue(junit.contains("... 2 more in " + where + "\n"), "cap " + cap);
            assertEquals(cap == 10, Files.exists(out.resolve("findings.jsonl")));
        }
        assertEquals("findings/", new JsonReportWriter(1, new JsonReportWriter.FindingsList() {
            @Override
            public String path() {
                return "findings/";
            }

            @Override
            public void write(List<Finding> findings) {}
        }).allFindingsIn(2));
    }

    @Test
    void aNegativeCapIsRefused() {
        assertEquals("maxInline must be at least 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> new JsonReportWriter(-1, null)).getMessage());
    }

    private static String problem(Path file, int worst) {
        return assertThrows(IllegalArgumentException.class, () -> ReportJsonReader.read(file, worst)).getMessage();
    }

    private static List<String> names(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
