package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhraseNormalizeTest {

    /** The definition: dash runs to one '-', whitespace runs (NBSP too) to one space, strip, lower case (ROOT). */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || (c >= '\u2010' && c <= '\u2015')) {
                c = '-';
                if (previous == '-') {
                    continue;
                }
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                c = ' ';
                if (previous == ' ') {
                    continue;
                }
            }
            b.append(c);
            previous = c;
        }
        String t = b.toString().strip().toLowerCase(Locale.ROOT);
        return t.substring(0, PhraseList.endWithoutTrailingNoise(t)).strip();
    }

    @Test
    void normalizeMatchesItsDefinitionOnRandomLines() {
        String[] pieces = {"READ", "more", ":", " ", "  ", "\t", "\u00A0", "\u2009", "\n", "-", "--", "\u2013", "\u2014 ",
            "Ünter", "İstanbul", "ΟΔΟΣ", "Σ", "é", "(AFP)", "...", "…", "^M", "&#13;", "1987", "ß", "Ǆ"};
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = line.toString();
            assertEquals(reference(s), PhraseList.normalize(s), s);
        }
        assertEquals("read more: - ödeme", PhraseList.normalize("  READ\u00A0 MORE: \u2013\u2014 Ödeme ... "));
    }
}
