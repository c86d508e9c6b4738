package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertTrue(md.startsWith("## Corpus folder src/main/corpus: ❌ failed\n\n"));
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
    void aStepSummaryThatCannotBeWrittenIsOnlyAWarning() throws Exception {
        Path summary = Files.createDirectories(project.resolve("step-summary-is-a-folder"));
        List<String> problems = new ArrayList<>();
        ReportContext base = ReportFixtures.context(project);
        ReportContext context = new ReportContext(base.outputDirectory(), base.baseDirectory(), base.corpusDirectory(),
                base.toolVersion(), (what, e) -> problems.add(what + " / " + e.getClass().getSimpleName()));
        Path file = new MarkdownReportWriter(Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get)
                .write(ReportFixtures.result(), context);
        assertTrue(Files.readString(file).startsWith("## Corpus folder src/main/corpus: "));
        assertEquals(List.of("Could not append the summary to GITHUB_STEP_SUMMARY / FileSystemException"), problems);
    }

    /** Line breaks, workflow commands and terminal escapes from ids and file names stay inside their table cell. */
    @Test
    void controlCharactersAreShownNotObeyed() {
        Finding forged = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR)
                .document(0, HostileText.FORGED_ID).at(HostileText.FORGED_FILE, 1)
                .message("No date in " + HostileText.FORGED_ID + " \u001b[31mred\u001b[0m \uD800.").build();
        String md = MarkdownReportWriter.render(ReportFixtures.result(List.of(forged), List.of()));
        assertTrue(md.contains("\n| `metadata.missing` | b\\r\\n\\[INFO\\] BUILD SUCCESS.txt:1 | No date in ok\\n::error "
                + "file=README.md,line=1::forged\\n::stop-commands::x \\u001b\\[31mred\\u001b\\[0m \uFFFD. |\n"), md);
        for (String line : md.split("\n", -1)) {
            assertFalse(line.strip().startsWith("::"), line);
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), line);
        }
    }

    @Test
    void leavesNoStepSummaryWhenUnset() throws Exception {
        Path summary = project.resolve("step-summary.md");
        new MarkdownReportWriter(name -> null).write(ReportFixtures.result(), ReportFixtures.context(project));
        assertFalse(Files.exists(summary));
    }
}
