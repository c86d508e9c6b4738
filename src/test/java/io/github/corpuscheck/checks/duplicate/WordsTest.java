package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.internal.LongList;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final TextNormalizer NONE = new TextNormalizer(
            DuplicateConfig.builder().caseFolding(false).collapseWhitespace(false).unicodeNormalization(false).build());

    /** Word codes (and figure hashes, after a -1 separator, and the lettered count last) by the char definition. */
    private static long[] byChars(String text, int from) {
        TextNormalizer.Buffer buf = buffer(text);
        return result(buf, from, false);
    }

    private static long[] byBytes(String text, int from) {
        return result(buffer(text), from, true);
    }

    private static TextNormalizer.Buffer buffer(String text) {
        TextNormalizer.Buffer buf = new TextNormalizer.Buffer();
        buf.length = NONE.normalize(text, buf, 0); // copies the text as it is, chars and Latin-1 bytes
        return buf;
    }

    private static long[] result(TextNormalizer.Buffer buf, int from, boolean ascii) {
        LongList words = new LongList(16);
        LongList figures = new LongList(16);
        int lettered = ascii ? Words.tokenizeAscii(buf.bytes, from, buf.length, words, figures)
                : Words.tokenizeChars(buf, from, buf.length, words, figures);
        LongList all = new LongList(words.size() + figures.size() + 2);
        for (int i = 0; i < words.size(); i++) {
            all.add(words.get(i));
        }
        all.add(-1);
        for (int i = 0; i < figures.size(); i++) {
            all.add(figures.get(i));
        }
        all.add(lettered);
        return all.toArray();
    }

    @Test
    void eightBytesAtATimeGiveTheSameWordsAsTheCharDefinition() {
        // Runs longer and shorter than 8, figures with separators at every offset, separators at both ends.
        String alphabet = "ab1.,  z9X-'0Q";
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200_000; round++) {
            String text = RandomText.of(random, alphabet, 40);
            int from = text.isEmpty() ? 0 : random.nextInt(Math.min(text.length(), 9));
            assertArrayEquals(byChars(text, from), byBytes(text, from), "'" + text + "' from " + from);
        }
    }

    @Test
    void wordsAreLetterAndDigitRunsWithFiguresKeptWhole() {
        TextNormalizer.Buffer buf = buffer("Magma lowers copper price 0.25 ct to 65,50 cts; 3. rise, 1.,2 internationally");
        LongList words = new LongList(16);
        LongList figures = new LongList(16);
        int lettered = Words.tokenizeAscii(buf.bytes, 0, buf.length, words, figures);
        long[] expected = Arrays.stream(("Magma lowers copper price 0.25 ct to 65,50 cts 3 rise 1 2 internationally")
                .split(" ")).mapToLong(Words::wordCode).toArray();
        assertArrayEquals(expected, words.toArray());
        assertEquals(9, lettered);
        assertEquals(5, figures.size()); // 0.25, 65,50, 3, 1, 2
        assertEquals(Words.wordCode("Magma"), ('M') | ('a' << 8) | ('g' << 16) | ((long) 'm' << 24) | ((long) 'a' << 32));
    }

    @Test
    void numberWordsAreFiguresAndLongWordsHashTheSameEitherWay() {
        for (String w : Words.NUMBER_WORDS.split(" ")) { // each passes the filter and is in the table
            assertTrue(Words.isNumberWord(Words.wordCode(w)), w);
            assertFalse(Words.isNumberWord(Words.wordCode(w + "s")), w + "s");
        }
        assertTrue(Words.isNumberWord(Words.wordCode("seven")));
        assertTrue(Words.isNumberWord(Words.wordCode("seventeen"))); // 9 letters: a hashed code
        assertFalse(Words.isNumberWord(Words.wordCode("ships")));
        // A long Latin-1 word codes alike in ASCII-only and in mixed text (the bytes scan and the char definition).
        assertEquals(byBytes("internationally", 0)[0], byChars("Ω internationally", 0)[1]);
        assertEquals(Words.wordCode("café"), byChars("café", 0)[0]);
        assertEquals(Words.wordCode("ωmega"), byChars("ωmega!", 0)[0]);
    }
}
