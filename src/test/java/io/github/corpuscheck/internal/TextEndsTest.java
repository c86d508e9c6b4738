package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextEndsTest {

    /** The definition: join the stripped paragraphs from the end until over 80 characters, keep the last 80. */
    private static String reference(List<Paragraph> body) {
        StringBuilder sb = new StringBuilder();
        for (int i = body.size() - 1; i >= 0 && sb.length() <= TextEnds.ENDING_CHARS; i--) {
            String p = body.get(i).text().strip();
            if (sb.length() > 0) {
                sb.insert(0, '\n');
            }
            sb.insert(0, p);
        }
        if (sb.length() <= TextEnds.ENDING_CHARS) {
            return sb.toString();
        }
        int from = sb.length() - TextEnds.ENDING_CHARS;
        if (Character.isLowSurrogate(sb.charAt(from))) {
            from++;
        }
        return "…" + sb.substring(from);
    }

    @Test
    void endingMatchesItsDefinitionOnRandomBodies() {
        String[] pieces = {"", " ", "  \t", "word", "The minister said.", "x".repeat(79), "y".repeat(81), "😀", "é",
            "\n", "Reuter", " padded text ", "a😀b"};
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 20_000; round++) {
            List<Paragraph> body = new ArrayList<>();
            for (int p = random.nextInt(5); p > 0; p--) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                body.add(new Paragraph(b.toString(), p));
            }
            assertEquals(reference(body), TextEnds.ending(body), body.toString());
        }
        assertEquals("first\nsecond", TextEnds.ending(List.of(new Paragraph(" first ", 1), new Paragraph("second", 2))));
    }

    @Test
    void wordsAreLetterAndDigitRunsThatJoinersDoNotSplit() {
        // An apostrophe, hyphen, full stop or comma inside a word keeps it one word; other marks and spaces end it.
        assertEquals(5, TextEnds.words("well-known state-run firm's 1,000.5 shares"));
        assertEquals(4, TextEnds.words("up/down (net) -- 12"));
        assertEquals(2, TextEnds.words("- 'quoted' ,comma")); // joiners outside a word start none
        assertEquals(2, TextEnds.wordsUpTo("one two three four", 2));
        assertEquals(3, TextEnds.words("\u6771\u4eac x")); // each CJK character is a word
    }
}
