package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's findings reach the engine's result with their default severities, and can be switched off. */
class ReaderInEngineTest {

    @TempDir
    Path dir;

    @Test
    void inputFindingsAreReportedWithDefaultSeverities() throws Exception {
        CorpusFixture c = new CorpusFixture(dir)
                .text("a.txt", "Alpha.\n")
                .text("b.jsonl", "{\"id\": \"b1\"}\nnot json\n{\"id\": \"b2\", \"text\": \"Bravo.\"}\n")
                .text("c.txt", "");
        CorpusReader reader = new CorpusReader(c.options());
        CheckResult r = new CorpusEngine().run(new CheckRequest(reader, "corpus", List.of(), RuleSettings.defaults(),
                List.of(), null, 2, null));
        assertEquals(List.of("input.missing-text b.jsonl:1 warning", "input.malformed b.jsonl:2 error",
                        "input.empty-file c.txt:1 warning"),
                r.findings().stream().map(f -> f.ruleId() + " " + f.file() + ":" + f.line() + " " + f.severity().label())
                        .toList());

        CheckResult quiet = new CorpusEngine().run(new CheckRequest(new CorpusReader(c.options()), "corpus", List.of(),
                new RuleSettings(Map.of("input.missing-text", Severity.OFF)), List.of(), null, 1, null));
        assertEquals(List.of("input.malformed", "input.empty-file"),
                quiet.findings().stream().map(Finding::ruleId).toList());
    }
}
