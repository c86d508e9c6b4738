package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.engine.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taglines, rosters and cut stories through the boilerplate and truncation checks as the plugin runs them. */
class NewsroomPipelineTest {

    private static final String STORY = "Riverside beat Northgate 2-1 on Saturday to move top of the table.\n\n"
            + "The coach said after the match that the squad had trained hard for this kind of game.";

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void corpus(Path dir) throws Exception {
        write(dir, "author-line.txt", STORY + "\n\nMaria Alvarez is a science correspondent for Radio North, a"
                + " co-production of two public broadcasters");
        write(dir, "programme.txt", STORY + "\n\nHear more on the programme Digital Planet");
        write(dir, "availability.txt", STORY + "\n\nHarbour Tycoon out now for PC and Mac");
        write(dir, "roster.txt", STORY + "\n\nSubs: Okafor, Lindqvist, Moreau, Brennan, Tanaka.\n\nAnna Kowalski (Poland)");
        write(dir, "awards.txt", STORY + "\n\nBest Drama - The Lighthouse Keeper\n\nChildren's Animation - Paper Boats");
        write(dir, "cut-then-tagline.txt", STORY + "\n\nThe result leaves Northgate five points adrift with the"
                + "\n\nTom Reed edits the Future Homes website, which covers how technology changes family life");
        write(dir, "cut-then-programme-and-sign-off.txt", STORY + "\n\nFans travelled from Lisbon in large numbers"
                + "\n\nHear more on the programme Digital Planet\n\n(AFP)");
        write(dir, "table-intro.txt", STORY + "\n\nThe tables below show the turnout in each district:");
        write(dir, "figures-then-cut.txt", "Qtr shr 1.75 dlrs vs 1.42 dlrs\n\nNet 14.2 mln vs 11.9 mln\n\n"
                + "NOTE: 1987 qtr includes a gain of 1.2 mln dlrs from the sale of a unit.\n\n"
                + "Analysts had expected a smaller rise after a weak winter.\n\n"
                + "The Soviet Union was serious about its plan to raise its discount");
    }

    private static final Map<String, List<String>> FINDINGS = Map.of(
            "cut-then-programme-and-sign-off.txt", List.of("truncation.no-terminal-punctuation[no-terminal-punctuation]"),
            "cut-then-tagline.txt", List.of("truncation.mid-sentence[dangling-word]"),
            "figures-then-cut.txt", List.of("truncation.no-terminal-punctuation[no-terminal-punctuation]"),
            "table-intro.txt", List.of("truncation.mid-sentence[colon]"));

    @Test
    void taglinesAreStrippedSilentlyByDefault(@TempDir Path dir) throws Exception {
        corpus(dir);
        CheckResult r = TruncationRuns.run(dir, TruncationConfig.defaults(), null, 2);
        assertEquals(FINDINGS, TruncationRuns.labels(r));
        assertEquals(5L, r.summary().get("boilerplate.taglinesStripped"));
    }

    @Test
    void reportTaglinesReportsThem(@TempDir Path dir) throws Exception {
        corpus(dir);
        CheckResult r = TruncationRuns.run(dir, TruncationConfig.defaults(),
                BoilerplateConfig.builder().reportTaglines(true).build(), null, 1);
        Map<String, List<String>> expected = new java.util.TreeMap<>(FINDINGS);
        expected.put("author-line.txt", List.of("boilerplate.tagline[author-line]"));
        expected.put("programme.txt", List.of("boilerplate.tagline[Hear more on*]"));
        expected.put("availability.txt", List.of("boilerplate.tagline[availability-line]"));
        expected.put("cut-then-tagline.txt", List.of("boilerplate.tagline[{name} edits*]",
                "truncation.mid-sentence[dangling-word]"));
        expected.put("cut-then-programme-and-sign-off.txt", List.of("boilerplate.tagline[Hear more on*]",
                "truncation.no-terminal-punctuation[no-terminal-punctuation]"));
        assertEquals(expected, TruncationRuns.labels(r));
    }
}
