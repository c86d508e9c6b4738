package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer(DuplicateConfig.defaults());

    @Test
    void asciiTextIsLowerCasedWithOneSpaceForEveryWhitespaceRun() {
        String alphabet = "aZ9 .,\t\n\r\u000B\f\u001C\u001F-Q";
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 20_000; round++) {
            String raw = RandomText.of(random, alphabet, 30);
            String expected = raw.replaceAll("[\\t-\\r\\x1c-\\x1f ]+", " ").strip().toLowerCase(Locale.ROOT);
            assertEquals(expected, normalizer.normalize(raw), "'" + raw + "'");
        }
    }

    @Test
    void writesAtAnOffsetAndSaysWhetherTheTextIsLatin1() {
        TextNormalizer.Buffer buf = new TextNormalizer.Buffer();
        int first = normalizer.normalize("  Hello   World ", buf, 0);
        assertEquals(11, first);
        assertEquals(true, buf.latin1);
        int second = normalizer.normalize("\tCAFÉ  Ω ", buf, first + 1);
        assertEquals(6, second);
        assertEquals(false, buf.latin1);
        assertEquals("hello world", new String(buf.chars, 0, first));
        assertEquals("café ω", new String(buf.chars, first + 1, second));
        assertEquals("", normalizer.normalize(" \n\t "));
    }

    @Test
    void textThatTurnsNonAsciiAfterItsFirst64CharactersTakesTheGeneralPath() {
        // The ASCII path gives up at the block with the non-ASCII character; the general path redoes the whole text.
        String raw = "Word  ".repeat(30) + "CAF\u00C9 \u2126HM"; // OHM SIGN: NFKC makes it an omega
        TextNormalizer.Buffer buf = new TextNormalizer.Buffer();
        int length = normalizer.normalize(raw, buf, 0);
        assertEquals("word ".repeat(30) + "caf\u00E9 \u03C9hm", new String(buf.chars, 0, length));
        assertEquals(false, buf.ascii);
        assertEquals(false, buf.latin1);
        length = normalizer.normalize("Word  ".repeat(30) + "CAF\u00C9", buf, 0);
        assertEquals(false, buf.ascii);
        assertEquals(true, buf.latin1);
        assertEquals("word ".repeat(30) + "caf\u00E9", new String(buf.chars, 0, length));
        length = normalizer.normalize("  Word  ".repeat(30), buf, 0);
        assertEquals(true, buf.ascii);
        assertEquals("word ".repeat(29) + "word", new String(buf.chars, 0, length));
    }
}
