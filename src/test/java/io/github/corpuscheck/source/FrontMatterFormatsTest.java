package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter read by real parsers: YAML (SnakeYAML Engine), TOML (Jackson), JSON; a broken block is a finding. */
class FrontMatterFormatsTest {

    @TempDir
    Path dir;

    @Test
    void yamlCommentsQuotesListsAndMultiLineValues() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("2024/harbour.md", "---\n"
                + "id: \"harbour-0012\"\n"
                + "date: 2024-05-14 # published\n"
                + "title: 'Harbour reopens: \"at last\", says mayor'\n"
                + "number: 0012\n"
                + "draft: false\n"
                + "author:\n"
                + "  - Ann Lee\n"
                + "  - Bo Chen   # photos\n"
                + "tags: [port, 'city: council']\n"
                + "summary: >\n"
                + "  The harbour opened\n"
                + "  again on Tuesday.\n"
                + "note: |\n"
                + "  Line one.\n"
                + "  Line two.\n"
                + "empty:\n"
                + "---\n"
                + "The harbour reopened on Tuesday after two years of work.\n").read();
        assertEquals(List.of(), c.findings);
        Document d = c.doc("harbour-0012");
        assertEquals(Map.of("id", "harbour-0012", "date", "2024-05-14",
                "title", "Harbour reopens: \"at last\", says mayor", "number", "0012", "draft", "false",
                "author", "[\"Ann Lee\",\"Bo Chen\"]", "tags", "[\"port\",\"city: council\"]",
                "summary", "The harbour opened again on Tuesday.\n", "note", "Line one.\nLine two.\n"), d.fields());
        assertEquals(19, d.textLine());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void tomlBetweenPlusFences() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("post.md", "+++\n"
                + "id = 'toml-1'\n"
                + "title = \"Rain # not a comment\" # a comment\n"
                + "date = 2024-05-14\n"
                + "published = 2024-05-14T08:30:00Z\n"
                + "weight = 10\n"
                + "authors = [\"Ann Lee\", \"Bo Chen\"]\n"
                + "\n"
                + "[params]\n"
                + "series = \"weather\"\n"
                + "+++\n"
                + "It rained all day on the coast.\n").read();
        Document d = c.doc("toml-1");
        assertEquals(Map.of("id", "toml-1", "title", "Rain # not a comment", "date", "2024-05-14",
                "published", "2024-05-14T08:30:00Z", "weight", "10", "authors", "[\"Ann Lee\",\"Bo Chen\"]",
                "params", "{\"series\":\"weather\"}"), d.fields());
        assertEquals(12, d.textLine());
        assertEquals("It rained all day on the coast.\n", d.text());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void jsonObjectOpeningTheFile() throws Exception {
        CorpusFixture c = new CorpusFixture(dir).text("hugo.md", "{\n"
                + "  \"id\": \"json-1\",\n"
                + "  \"date\": \"2024-05-14\",\n"
                + "  \"tags\": [\"port\", \"city\"]\n"
                + "}\n"
                + "The ferry sailed at noon.\n").read();
        Document d = c.doc("json-1");
        assertEquals(Map.of("id", "json-1", "date", "2024-05-14", "tags", "[\"port\",\"city\"]"), d.fields());
        assertEquals(6, d.textLine());
        assertEquals("The ferry sailed at noon.\n", d.text());
        assertEquals(List.of(), c.findings);
    }

    @Test
    void aBrokenBlockIsMalformedWithItsLineAndNotBodyText() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .text("broken.md", "---\nid: broken-1\ntitle: a: b\ndate: 2024-05-14\n---\nThe body stays a body.\n")
                .text("twice.md", "---\nid: one\nid: two\n---\nA key given twice.\n")
                .text("broken.toml.md", "+++\nid = \"t\"\ntitle = unquoted words\n+++\nTOML body.\n")
                .text("list.md", "---\n- a\n- b\n---\nA list is not a mapping.\n")
                .read();
        Document broken = c.doc("broken.md");
        assertEquals(Map.of(), broken.fields());
        assertEquals("The body stays a body.\n", broken.text());
        assertEquals(6, broken.textLine());
        assertEquals(Map.of(), c.doc("twice.md").fields());
        assertEquals("TOML body.\n", c.doc("broken.toml.md").text());
        assertEquals("A list is not a mapping.\n", c.doc("list.md").text());
        assertEquals(List.of("broken.md:3 YAML", "broken.toml.md:3 TOML", "list.md:2 YAML", "twice.md:3 YAML"),
                c.findings.stream().sorted((a, b) -> a.file().compareTo(b.file()))
                        .map(f -> f.ruleId().equals("input.malformed") ? f.file() + ":" + f.line() + " "
                                + f.evidence().get("format") : f.toString()).toList());
        Finding f = c.findings.stream().filter(x -> x.file().equals("broken.md")).findFirst().orElseThrow();
        assertEquals("The YAML front matter does not parse at line 3 (mapping values are not allowed here); its "
                + "fields were not read.", f.message());
    }

    @Test
    void withoutAFenceOnTheFirstLineNothingIsParsed() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .text("plain.txt", "title: Rain\n---\nIt rained.\n")
                .text("brace.txt", "{ not json at all\nIt rained.\n")
                .read();
        assertEquals(Map.of(), c.doc("plain.txt").fields());
        assertEquals(Map.of(), c.doc("brace.txt").fields());
        assertEquals(List.of(), c.findings);
    }
}
