package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written sentence-end scan finds exactly the matches of the regex it replaced. */
class SentenceEndTest {

    private static final Pattern REGEX = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*\\s+");

    @Test
    void findsTheSameEndsAsTheRegex() {
        List<String> samples = List.of("", "No end", "One. Two", "Quote.\" Next", "Bracket.) Next.", "Spaces.   \t\nNext",
                "Multi!? Next", "Dots... Next", "Ellipsis… Next", "日本語。 次", "Trailing. ", "3.5 mln. Reuter",
                "Closers.”’» x", "a.b. c", ". .", "?\u00A0x", "end.\u2003x", "x.)]\"' y. z");
        for (String s : samples) {
            for (int from = 0; from <= s.length(); from++) {
                assertEquals(regexEnds(s, from), scanEnds(s, from), "'" + s + "' from " + from);
            }
        }
    }

    @Test
    void returnsTheEndOfTheWhitespaceRun() {
        assertEquals(List.of(10, 17), scanEnds("He said.  Then.\" x", 0));
        assertEquals(List.of(), scanEnds("No sentence ends here", 0));
    }

    private static List<Integer> regexEnds(String s, int from) {
        List<Integer> out = new ArrayList<>();
        Matcher m = REGEX.matcher(s);
        m.region(from, s.length());
        while (m.find()) {
            out.add(m.end());
        }
        return out;
    }

    private static List<Integer> scanEnds(String s, int from) {
        List<Integer> out = new ArrayList<>();
        for (int e = PhraseList.nextSentenceEnd(s, from); e >= 0; e = PhraseList.nextSentenceEnd(s, e)) {
            out.add(e);
        }
        return out;
    }
}
