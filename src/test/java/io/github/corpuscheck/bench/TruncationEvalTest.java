package io.github.corpuscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ending rules on the labelled evaluation set (bench/truncation-eval.sh prints the full table): the files kept in
 * bench/truncation-eval are what the generator makes, cut texts are found with precision 0.95 and recall 0.9 or more on
 * both splits, and no complete article is flagged.
 */
class TruncationEvalTest {

    @ParameterizedTest
    @EnumSource(TruncationEvalSet.Pool.class)
    void endingRulesOnTheEvaluationSet(TruncationEvalSet.Pool pool, @TempDir Path dir) throws Exception {
        String split = pool == TruncationEvalSet.Pool.TUNED ? "tuned" : "heldout";
        List<TruncationEvalSet.Item> items = TruncationEval.generate(pool, 400);
        String jsonl = TruncationEval.toJsonLines(items);
        assertEquals(Files.readString(Path.of("bench/truncation-eval", split + ".jsonl"), StandardCharsets.UTF_8), jsonl,
                "bench/truncation-eval/" + split + ".jsonl is stale: run bench/truncation-eval.sh");
        Files.writeString(dir.resolve(split + ".jsonl"), jsonl, StandardCharsets.UTF_8);
        TruncationEval.Report r = TruncationEval.evaluate(split, dir, split + ".jsonl", items);
        TruncationEval.Score any = r.scores().stream().filter(s -> s.rule().equals("any ending rule")).findFirst()
                .orElseThrow();
        assertTrue(any.expected() > 150, "enough cut texts: " + any);
        assertTrue(any.precision() >= 0.95, any.toString());
        assertTrue(any.recall() >= 0.9, any.toString());
        for (TruncationEval.Score s : r.scores()) {
            assertTrue(s.precision() >= 0.95, s.toString());
        }
        for (Map.Entry<String, int[]> e : r.completeShapes().entrySet()) {
            assertEquals(0, e.getValue()[1], "complete articles ending in " + e.getKey() + " flagged");
        }
        // Every shape the set promises is in it.
        for (String shape : List.of("roster", "team-sheet", "names-with-countries", "award-list", "availability",
                "figure-table+note", "prose+tagline")) {
            assertTrue(r.completeShapes().containsKey(shape), shape + " in " + r.completeShapes().keySet());
        }
        for (String shape : List.of("cut", "cut+tagline", "cut+trailer", "cut+sign-off", "cut-after-figures",
                "table-intro")) {
            assertTrue(r.cutShapes().containsKey(shape), shape + " in " + r.cutShapes().keySet());
        }
    }
}
