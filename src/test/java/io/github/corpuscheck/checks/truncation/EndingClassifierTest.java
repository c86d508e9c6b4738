package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.internal.PhraseList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndingClassifierTest {

    static final EndingClassifier CLASSIFIER = new EndingClassifier(
            PhraseList.load(io.github.corpuscheck.checks.truncation.TruncationCheck.class, "continuation-markers.txt", List.of(), List.of()), new DanglingWords());

    private static String label(String text, String language) {
        EndingClassifier.Verdict v = CLASSIFIER.classify(text, language);
        return v == null ? "ok" : v.rule().id() + "|" + v.trigger() + "|" + v.detail();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The talks ended on Friday.",
            "Will the talks end on Friday?",
            "The talks ended!",
            "“It is not that it is stalling. It is a failure,” Putin said.",
            "“At least today this is what it looks like. Let’s see what happens next.”",
            "He said the deal was “a good start.”",
            "The deal, he said, was done (for now).",
            "Prices rose sharply…",
            "東京株式市場は上昇した。",
            "¿Vendrá mañana? ¡Sí!",
            "Revs 12.4 mln vs 11.9 mln",
            "Qtly div nine cts vs nine cts prior",
            "Avg shrs 2,492,000",
            "- Improve the roads around the schools",
            "DIPLOMATIC ISOLATION",
            "The plan was approved. (Corrects spelling of minister's name)",
            "The plan was approved. -",
            "(corrects date in second paragraph)",
            "Business nil",
    })
    void finishedEndings(String text) {
        assertEquals("ok", label(text, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The company said it expected sales to grow. More|truncation.continuation-marker|continuation-marker|More",
            "MORE|truncation.continuation-marker|continuation-marker|MORE",
            "more|truncation.continuation-marker|continuation-marker|more",
            "Sales rose 12 pct. (more)|truncation.continuation-marker|continuation-marker|(more)",
            "The saga goes on. To be continued...|truncation.continuation-marker|continuation-marker|To be continued...",
            "Continued on page A7|truncation.continuation-marker|continuation-marker|Continued on page A7",
            "The minister spoke about the future of the|truncation.mid-sentence|dangling-word|the",
            "The minister spoke about the future and|truncation.mid-sentence|dangling-word|and",
            "The minister spoke in the north, the south,|truncation.mid-sentence|comma|,",
            "The minister spoke in the north; the south;|truncation.mid-sentence|semicolon|;",
            "The method could make long-|truncation.mid-sentence|hyphen|-",
            "The method could make long –|truncation.mid-sentence|dash|–",
            "She said: “We will never|truncation.mid-sentence|unclosed-quote|“",
            "She said: \"We will never|truncation.mid-sentence|unclosed-quote|\"",
            "Trains run every hour (more at weekends|truncation.mid-sentence|unclosed-bracket|(",
            "The talks ended on Friday|truncation.no-terminal-punctuation|no-terminal-punctuation|y",
            "Diplomatic isolation|truncation.no-terminal-punctuation|no-terminal-punctuation|n",
            "He spoke about Vitamin A|truncation.no-terminal-punctuation|no-terminal-punctuation|A",
            "The committee wants more|truncation.no-terminal-punctuation|no-terminal-punctuation|e",
    })
    void truncatedEndings(String text, String rule, String trigger, String detail) {
        assertEquals(rule + "|" + trigger + "|" + detail, label(text, null));
    }

    @Test
    void danglingWordsFollowTheDocumentLanguage() {
        assertEquals("truncation.mid-sentence|dangling-word|und", label("Die Kosten werden geteilt und", "de"));
        assertEquals("truncation.mid-sentence|dangling-word|und", label("Die Kosten werden geteilt und", "de-AT"));
        // "und" is no English word; without a language English applies.
        assertEquals("truncation.no-terminal-punctuation|no-terminal-punctuation|d", label("Die Kosten werden geteilt und", null));
        assertEquals("truncation.mid-sentence|dangling-word|les", label("Le ministre a rencontré les", "fr"));
        assertEquals("truncation.mid-sentence|dangling-word|para", label("El gobierno trabaja para", "es"));
        assertEquals("truncation.mid-sentence|dangling-word|the", label("He spoke about the", "xx"));
    }

    @Test
    void tablesAndShortLineBlocksAreFinished() {
        List<Paragraph> earnings = List.of(new Paragraph("Shr 12 cts vs 10 cts", 1), new Paragraph("Net 1.2 mln vs 0.9 mln", 2),
                new Paragraph("NOTE: Net includes a charge of 200,000 dlrs for the closing of a plant", 3));
        assertNull(CLASSIFIER.classify(earnings, "en"));
        List<Paragraph> dividend = List.of(new Paragraph("Qtly div 70 cts vs 70 cts prior", 1),
                new Paragraph("Pay May One", 2), new Paragraph("Record April Three", 3));
        assertNull(CLASSIFIER.classify(dividend, "en"));
        List<Paragraph> story = List.of(new Paragraph("A long first paragraph that ends properly.", 1),
                new Paragraph("The board gave no agenda for the meetings", 2));
        assertEquals("no-terminal-punctuation", CLASSIFIER.classify(story, "en").trigger());
    }

    @Test
    void figureLines() {
        assertTrue(EndingClassifier.isFigures("Revs 12.4 mln vs 11.9 mln"));
        assertTrue(EndingClassifier.isFigures("Turnover 2.14 billion"));
        assertTrue(EndingClassifier.isFigures("Jul/Dec   no quote     1.80 under"));
        assertFalse(EndingClassifier.isFigures("The board gave no agenda for the meetings"));
        // Figure words without a number, in any case and after a '/': only on short lines.
        assertTrue(EndingClassifier.isFigures("all unquoted"));
        assertTrue(EndingClassifier.isFigures("Prices in MLN"));
        assertTrue(EndingClassifier.isFigures("tonnes/bushels"));
        assertTrue(EndingClassifier.isFigures("nine cts VS nine cts"));
        assertFalse(EndingClassifier.isFigures("Officials gave the totals in tonnes"));
        assertFalse(EndingClassifier.isFigures("vsx prior"));
        assertFalse(EndingClassifier.isFigures("in millións"));
        assertFalse(EndingClassifier.isFigures("Profits rose 5 pct in the first quarter of the year and the"));
    }

    @Test
    void everyFigureWordIsRecognised() {
        for (String w : EndingClassifier.FIGURE_WORDS) {
            assertTrue(EndingClassifier.isFigures(w), w);
            assertTrue(EndingClassifier.isFigures("Net shr " + w), w);
            assertTrue(EndingClassifier.isFigures("NET SHR " + w.toUpperCase(Locale.ROOT)), w);
            assertEquals("ok", label("Net shr " + w, null), w);
        }
    }

    @Test
    void notAvailableEndsAnEarningsTableNotASentence() {
        assertEquals("ok", label("Net shr n/a", null));
        assertEquals("ok", label("Net shr N/A", "en"));
        assertEquals("ok", label("Shr 1.10 dlrs Net 4.5 mln Revs 40.1 mln Avg shrs n/a", null));
        // The last line under a prose lead and one long figure line: neither a block of short lines nor a table
        // unless "n/a" counts as a figure word.
        List<Paragraph> earnings = List.of(
                new Paragraph("Harbourline Foods Inc said its fourth-quarter results were hurt by the cost of closing"
                        + " two bakeries in the Midwest.", 1),
                new Paragraph("Qtr net loss 4,120,000 dlrs vs profit 2,050,000 dlrs a year earlier", 2),
                new Paragraph("Net shr n/a", 3));
        assertNull(CLASSIFIER.classify(earnings, "en"));
        // Prose cut mid-way still is a finding, "n/a" in it or not; "a" alone is no figure word.
        assertEquals("truncation.mid-sentence|dangling-word|a",
                label("The company said it would publish net profit per share figures in a", null));
        assertEquals("truncation.mid-sentence|dangling-word|the",
                label("Net shr was given as n/a by the company because of the", null));
        assertEquals("truncation.mid-sentence|dangling-word|a", label("Net shr a", null));
        List<Paragraph> cut = List.of(earnings.get(0), earnings.get(1),
                new Paragraph("The company said it expects to report per-share figures once the closing costs of a", 3));
        assertEquals("dangling-word", CLASSIFIER.classify(cut, "en").trigger());
    }
}
