package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The quick first-characters filter of phrase matching never changes an answer, only skips work. */
class PhraseFilterTest {

    private static final String[] NOISE = {"", " ", "  ", "\t", "\u00A0", "-", "--", "\u2013", "\u2014 ", ".", "...",
        "^M", "&#3;", ":", "!", "a", "Z", "é", "\u0130", "\u212A", "x", "1", "(", ")"};

    @Test
    void filteredMatchingAgreesWithFullMatchingOnVariantsOfEveryBuiltInPhrase() {
        List<PhraseList> lists = List.of(PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "trailers.txt", List.of(), List.of()),
                PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "sign-offs.txt", List.of(), List.of()),
                PhraseList.load(io.github.corpuscheck.checks.truncation.TruncationCheck.class, "continuation-markers.txt", List.of(), List.of()),
                PhraseList.of("x", "a-b", "- dash first", "é accent", "(c)*", "k*"));
        SplittableRandom random = new SplittableRandom(23);
        int matched = 0;
        for (PhraseList list : lists) {
            for (PhraseList.Phrase phrase : list.phrases()) {
                for (int round = 0; round < 40; round++) {
                    String line = variant(phrase.source().replace("*", ""), random);
                    PhraseList.Phrase full = list.matchNormalised(line);
                    assertEquals(full, list.matchLine(line), "'" + line + "'");
                    matched += full == null ? 0 : 1;
                }
            }
            for (int round = 0; round < 5000; round++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(5); k >= 0; k--) {
                    b.append(NOISE[random.nextInt(NOISE.length)]);
                }
                String line = b.toString();
                assertEquals(list.matchNormalised(line), list.matchLine(line), "'" + line + "'");
            }
        }
        // The variants do match most of the time: the comparison is not between two nulls.
        assertEquals(true, matched > 500, "matched " + matched);
    }

    /** matchTail's definition: the earliest tail after a sentence end, in reach, that matches without the filter. */
    private static PhraseList.Tail tailReference(PhraseList list, String text, int maxTail, boolean capitalOnly) {
        String t = text.stripTrailing();
        for (int end = PhraseList.nextSentenceEnd(t, Math.max(0, t.length() - maxTail - 8)); end >= 0;
                end = PhraseList.nextSentenceEnd(t, end)) {
            String tail = t.substring(end);
            if (tail.isEmpty() || tail.length() > maxTail || (capitalOnly && PhraseList.startsLowerCase(tail))) {
                continue;
            }
            PhraseList.Phrase p = list.matchNormalised(tail);
            if (p != null) {
                return new PhraseList.Tail(t.substring(0, end).stripTrailing(), tail, p);
            }
        }
        return null;
    }

    @Test
    void filteredTailsAgreeWithFullMatching() {
        PhraseList trailers = PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "trailers.txt", List.of(), List.of());
        PhraseList signOffs = PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "sign-offs.txt", List.of(), List.of());
        String[] sentences = {"Prices rose 5 pct.", "The minister said so.", "\"It is over,\" he said.", "(AFP)", "Reuter",
            "READ MORE: Harbour plans", "read more: later", "Follow us on Twitter", "- dash", "é?", "Z!"};
        SplittableRandom random = new SplittableRandom(29);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                b.append(sentences[random.nextInt(sentences.length)]).append(NOISE[random.nextInt(NOISE.length)]).append(' ');
            }
            String text = b.toString();
            for (PhraseList list : List.of(trailers, signOffs)) {
                int max = random.nextBoolean() ? 40 : 400;
                boolean capital = random.nextBoolean();
                PhraseList.Tail expected = tailReference(list, text, max, capital);
                assertEquals(expected, list.matchTail(text, max, capital), "'" + text + "'");
                found += expected == null ? 0 : 1;
            }
        }
        assertEquals(true, found > 2_000, "tails found " + found);
    }

    @Test
    void rejectsOrdinaryParagraphEndsAndKeepsTrailers() {
        PhraseList trailers = PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "trailers.txt", List.of(), List.of());
        assertNull(trailers.matchLine("The ministry said prices would rise."));
        assertNotNull(trailers.matchLine("  READ   MORE:  Harbour plans"));
    }

    @Test
    void theFilterLooksAtUpToEightCharactersNotTwo() {
        PhraseList trailers = PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "trailers.txt", List.of(), List.of());
        // "This site uses cookies*" and "Share this*" are phrases: lines that only start like them are not tried.
        assertEquals(false, trailers.mayMatch("The ministry said prices would rise."));
        assertEquals(false, trailers.mayMatch("This year's harvest was poor."));
        assertEquals(false, trailers.mayMatch("Shares rose 5 pct."));
        assertEquals(false, trailers.mayMatch("Re"));
        assertEquals(true, trailers.mayMatch("This\u00A0 SITE uses cookies to"));
        assertEquals(true, trailers.mayMatch("Share  on Facebook"));
        assertEquals(false, trailers.mayMatch(" \u2014\u2014Advert")); // "-advert": no trailer starts with a dash
        PhraseList signOffs = PhraseList.load(io.github.corpuscheck.checks.boilerplate.BoilerplateStripper.class, "sign-offs.txt", List.of(), List.of());
        assertEquals(true, signOffs.mayMatch("\u2014\u2013 \tAFP")); // "- afp", as "-- AFP" normalises
        assertEquals(true, trailers.mayMatch("Subscrib\u00E9")); // 8 ASCII characters of "subscribe" before the é
        assertEquals(true, trailers.mayMatch("\u00C9dition")); // non-ASCII first: the full match decides
    }

    /** The phrase with random case, spacing, dashes and trailing noise. */
    private static String variant(String phrase, SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(3) == 0) {
            b.append(random.nextBoolean() ? "  " : "\u00A0\t");
        }
        for (char c : phrase.toCharArray()) {
            if (c == ' ' && random.nextInt(3) == 0) {
                b.append(random.nextBoolean() ? "  " : "\t ");
            } else if (c == '-' && random.nextBoolean()) {
                b.append(random.nextBoolean() ? "\u2013" : "--");
            } else {
                b.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        if (random.nextInt(3) == 0) {
            b.append(NOISE[random.nextInt(NOISE.length)]);
        }
        return b.toString();
    }
}
