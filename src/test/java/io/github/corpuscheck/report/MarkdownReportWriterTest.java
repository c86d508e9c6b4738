package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportWriterTest {

    @TempDir
    Path project;

    @Test
    void writesSummaryTables() throws Exception {
        Path file = new MarkdownReportWriter(name -> null).write(ReportFixtures.result(), ReportFixtures.context(project));
        assertEquals(project.resolve("target/corpus/summary.md"), file);
        String md = Files.readString(file);
        assertTrue(md.startsWith("## Corpus src/main/corpus: ❌ failed\n\n"));
        assertTrue(md.contains("| 5 | 4 | 1234 | 2 | 1 |\n"));
        assertTrue(md.contains("| `duplicate.exact` | error | 1 |\n"));
        assertTrue(md.contains("| `truncation.mid-sentence` | warning | 1 |\n"));
        assertTrue(md.contains("| `truncation.\\*` count | 1 | 0 | **crossed** |\n"));
        assertTrue(md.contains("| `duplicate.\\*` ratio | 0.2 | 0.5 | passed |\n"));
        // Corpus text is escaped for Markdown: no live HTML tag from a document.
        assertTrue(md.contains("Stops after: \\<script\\>alert('x')\\</script\\>"));
        assertFalse(md.contains(ReportFixtures.SCRIPT));
    }

    @Test
    void appendsToTheGithubStepSummaryWhenSet() throws Exception {
        Path summary = project.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        Map<String, String> env = Map.of("GITHUB_STEP_SUMMARY", summary.toString());
        Path file = new MarkdownReportWriter(env::get).write(ReportFixtures.result(), ReportFixtures.context(project));
        assertEquals("earlier step\n" + Files.readString(file), Files.readString(summary));
    }

    @Test
    void leavesNoStepSummaryWhenUnset() throws Exception {
        Path summary = project.resolve("step-summary.md");
        new MarkdownReportWriter(name -> null).write(ReportFixtures.result(), ReportFixtures.context(project));
        assertFalse(Files.exists(summary));
    }
}
