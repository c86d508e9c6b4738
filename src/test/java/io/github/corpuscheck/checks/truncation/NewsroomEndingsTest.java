package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.corpuscheck.api.Paragraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Endings of newsroom copy that are not cuts (team sheets, rosters, award and credit lists, table notes) and cuts that
 * must still be found (prose cut after a body full of figures, a line introducing a dropped table), each in both
 * directions.
 */
class NewsroomEndingsTest {

    private static final String LEAD = "Riverside beat Northgate 2-1 on Saturday to move top of the table.";
    private static final String STORY = "The coach said after the match that the squad had trained hard for this game.";

    private static String label(String... paragraphs) {
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            body.add(new Paragraph(paragraphs[i], i + 1));
        }
        EndingClassifier.Verdict v = EndingClassifierTest.CLASSIFIER.classify(body, "en");
        return v == null ? "ok" : v.rule().id() + "|" + v.trigger() + "|" + v.detail();
    }

    @Test
    void teamSheetsAndRostersAreFinished() {
        assertEquals("ok", label(LEAD, STORY, "Subs: Okafor, Lindqvist, Moreau, Brennan, Tanaka.",
                "Anna Kowalski (Poland)"));
        assertEquals("ok", label(LEAD, STORY, "Subs: Okafor, Lindqvist, Moreau, Brennan, Tanaka.", ": R Delaney"));
        assertEquals("ok", label(LEAD, STORY, "Subs: Okafor, Lindqvist, Moreau, Brennan, Tanaka.", "R Delaney"));
        assertEquals("ok", label(LEAD, STORY, "Referee: Anna Kowalski (Poland)"));
        assertEquals("ok", label(LEAD, STORY, "Ines Duarte (Portugal) Tomas Varga (Hungary) Lena Holm (Sweden)"));
        assertEquals("ok", label(LEAD, STORY, "Riverside: Raya; White, Saliba, Gabriel; Rice, Odegaard, Havertz",
                "Northgate: Pope; Trippier, Botman, Burn; Guimaraes, Joelinton, Gordon"));
        assertEquals("ok", label(LEAD, STORY, "Subs not used: Okafor, van der Berg, Da Silva"));
    }

    @Test
    void rosterLookalikesThatAreCutStayFindings() {
        // A name alone after a finished story, without a label, brackets or a list before it.
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|i", label(LEAD, STORY, "Anna Kowalski"));
        // A list cut on its conjunction.
        assertEquals("truncation.mid-sentence|dangling-word|and", label(LEAD, STORY, "Subs: Okafor, Lindqvist and"));
        // Prose that opens with capitalised names.
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|y",
                label(LEAD, STORY, "Officials from France, Germany and Italy"));
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|r",
                label(LEAD, STORY, "The Soviet Union (USSR) and the United States differ"));
    }

    @Test
    void awardAndCreditListsAreFinished() {
        assertEquals("ok", label(LEAD, STORY, "Best Drama - The Lighthouse Keeper",
                "Children's Animation - Paper Boats"));
        assertEquals("ok", label(LEAD, STORY, "Best Actress in a Leading Role – Sofia Marchetti, The Lighthouse Keeper",
                "Best Score – Paper Boats"));
        assertEquals("ok", label(LEAD, "The winners were:", "Best Drama - The Lighthouse Keeper"));
        assertEquals("ok", label(LEAD, STORY, "Director: Grace Whitfield", "Music: Ivo Petrov"));
    }

    @Test
    void aSingleItemAfterProseIsNoList() {
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|r",
                label(LEAD, STORY, "Best Drama - The Lighthouse Keeper"));
        // Prose with a dash is no item, and the paragraph before an item must be one too.
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|d",
                label(LEAD, STORY, "The minister - who resigned last week - said"));
    }

    @Test
    void aLineIntroducingADroppedTableIsACut() {
        assertEquals("truncation.mid-sentence|colon|:",
                label(LEAD, STORY, "The tables below show the turnout in each district:"));
        assertEquals("truncation.mid-sentence|colon|:", label("Shr 1.75 dlrs vs 1.42 dlrs", "Net 14.2 mln vs 11.9 mln",
                "Results by division were:"));
    }

    @Test
    void proseCutAfterABodyOfFiguresIsFound() {
        String[] figures = {"Qtr shr 1.75 dlrs vs 1.42 dlrs", "Net 14.2 mln vs 11.9 mln",
            "NOTE: 1987 qtr includes a gain of 1.2 mln dlrs from the sale of a unit.",
            "Analysts had expected a smaller rise after a weak winter."};
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|t", label(figures[0], figures[1],
                figures[2], figures[3], "The Soviet Union was serious about its plan to raise its discount"));
        assertEquals("truncation.mid-sentence|dangling-word|the", label(figures[0], figures[1], figures[2], figures[3],
                "The Soviet Union was serious about its plan to raise the"));
        // Straight after the note paragraph, prose without figures is still prose.
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|y",
                label(figures[0], figures[1], figures[2], "Halden Systems said the board would meet on Monday"));
    }

    @Test
    void notesUnderATableAreFinished() {
        String row1 = "Shr 1.75 dlrs vs 1.42 dlrs";
        String row2 = "Net 14.2 mln vs 11.9 mln";
        assertEquals("ok", label(row1, row2, "NOTE: Full name is Travelers Real Estate Investment Trust"));
        assertEquals("ok", label(row1, row2, "Full name is Deerfield Federal Savings and Loan Association"));
        assertEquals("ok", label(row1, row2, "1985 payout includes four dlrs a share extra dividend"));
        assertEquals("ok", label(row1, row2, "Per-share results reflect payment of preferred dividends"));
        assertEquals("ok", label(row1, row2, "Note: dividends declared on pre-split shares.", "Laidlaw Transportation Ltd"));
        assertEquals("ok", label(row1, row2, "NOTES: Operating net excludes losses of 12.1 mln dlrs.",
                "Operating net in latest quarter and year includes 750,000 dlrs charge for restructuring announced in"
                        + " early January"));
        // The rest of a note hard-wrapped into its own paragraph.
        assertEquals("ok", label(row1, row2, "Note: the company's full name is One Valley Bancorp of West",
                "Virginia Inc"));
    }

    @Test
    void tableNoise() {
        assertEquals("ok", label("The index rose 4.0 pct compared with a 3.9 pct rise in January.R"));
        assertEquals("ok", label("Kuala lumpur smr 20 open position of april 7", "n I l"));
        assertEquals("ok", label("Kuala lumpur smr 20 call", "byr/slr/last trd/sales) all unquoted"));
        // Spaced letters that spell no figure word are text.
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|b", label(STORY, "a b"));
    }

    @Test
    void shapes() {
        assertEquals(ClosingLists.Shape.ROSTER, ClosingLists.shape("Subs: Okafor, Lindqvist, Moreau"));
        assertEquals(ClosingLists.Shape.ROSTER, ClosingLists.shape("Okafor, Lindqvist, Moreau, Brennan"));
        assertEquals(ClosingLists.Shape.ROSTER, ClosingLists.shape("Anna Kowalski (Poland)"));
        assertEquals(ClosingLists.Shape.NAMES, ClosingLists.shape("R Delaney"));
        assertEquals(ClosingLists.Shape.ITEM, ClosingLists.shape("Best Drama - The Lighthouse Keeper"));
        assertEquals(ClosingLists.Shape.ITEM, ClosingLists.shape("Attendance: 41,212"));
        assertEquals(ClosingLists.Shape.NONE, ClosingLists.shape("The Soviet Union (USSR)"));
        assertEquals(ClosingLists.Shape.NONE, ClosingLists.shape("Anna Kowalski (Poland"));
        assertEquals(ClosingLists.Shape.NONE, ClosingLists.shape("Officials from France, Germany, Italy"));
        assertEquals(ClosingLists.Shape.NONE, ClosingLists.shape("Best Drama - the lighthouse keeper"));
    }

    @Test
    void hostileEndingsTakeLinearTime() {
        String[] units = {"Best Drama - ", "A (", "Subs: A, ", "N ", ": ", "NOTE: 1 ", "x. Y ", "(((", "a ", "- A "};
        for (String unit : units) {
            String huge = unit.repeat(2_000_000 / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                label(huge);
                label(huge, huge);
                label("Shr 1 dlrs vs 2 dlrs", "Net 3 mln vs 4 mln", huge);
                return ClosingLists.shape(huge);
            }, unit);
        }
    }
}
