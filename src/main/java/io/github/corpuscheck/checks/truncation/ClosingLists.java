package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.internal.TextEnds;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finished endings that are lists rather than sentences: team sheets and rosters ({@code Subs: Okafor, Lindqvist,
 * Moreau}, {@code Referee: Anna Kowalski (Poland)}, {@code Ines Duarte (Portugal) Tomas Varga (Hungary)}), and
 * closing blocks of label–value items such as award or credit lists ({@code Best Drama - The Lighthouse Keeper}, one
 * item a paragraph). Each test reads the paragraph once, character by character: linear, no regular expressions.
 */
final class ClosingLists {

    /** A roster or an item line longer than this is prose. */
    static final int MAX_ROSTER_WORDS = 80;
    static final int MAX_ITEM_WORDS = 20;
    /** Words a label may have before its colon ("Subs not used:", "Referee:"). */
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_LABEL_CHARS = 40;
    /** Lower-case words a list of names may hold outside brackets. */
    private static final Set<String> NAME_PARTS = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "dos",
            "del", "la", "le", "al", "el", "bin", "ben", "ter", "ten", "and", "&", "capt", "c", "gk", "pen", "og");
    /** Capitalised words that start sentences, never a list of names. */
    private static final Set<String> SENTENCE_STARTS = Set.of("the", "a", "an", "in", "on", "at", "it", "he", "she",
            "they", "we", "you", "i", "this", "that", "these", "those", "but", "and", "or", "if", "as", "for", "with",
            "by", "from", "after", "before", "when", "while", "meanwhile", "however", "there", "his", "her", "their",
            "its", "our", "my", "officials", "police", "analysts", "critics", "fans", "some", "many", "most", "both",
            "all", "no", "not", "so", "yet", "then", "also", "still", "only", "even", "what", "who", "why", "how");

    private ClosingLists() {}

    /** The body ends in a list: a roster line, or a block of item lines (two, or one after a line ending in ':'). */
    static boolean endsInList(List<Paragraph> body, String last) {
        Shape shape = shape(last);
        if (shape == Shape.ROSTER) {
            return true;
        }
        if (shape == Shape.NONE || body.size() < 2) {
            return false;
        }
        String before = body.get(body.size() - 2).text().strip();
        if (before.isEmpty()) {
            return false;
        }
        char end = before.charAt(before.length() - 1);
        if ((end == ':' || end == '：') && TextEnds.words(before) <= MAX_ITEM_WORDS * 2) {
            return true; // "The winners:" and the first item
        }
        // The item before may end in a full stop ("Subs: Okafor, Lindqvist, Tanaka." then "R Delaney").
        String core = EndingClassifier.stripClosers(before);
        if (!core.isEmpty() && ".!?".indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        return shape(core) != Shape.NONE;
    }

    /** How a line reads as a list line. */
    enum Shape {
        /** Not a list line. */
        NONE,
        /** Names only ("R Delaney", "Anna Kowalski"): a list line only next to another. */
        NAMES,
        /** A label and a value ("Best Drama - The Lighthouse Keeper"): a list line only next to another. */
        ITEM,
        /** A roster by itself: a label before names, names with bracketed countries, or three names or more. */
        ROSTER
    }

    /** The shape of one paragraph (stripped, no terminal punctuation expected). */
    static Shape shape(String t) {
        if (t.isEmpty()) {
            return Shape.NONE;
        }
        Shape roster = roster(t);
        if (roster == Shape.ROSTER) {
            return roster;
        }
        return isItem(t) ? Shape.ITEM : roster;
    }

    /**
     * Names separated by commas, semicolons or spaces, with bracketed notes ("(Poland)", "(capt)", "(23 pen)"),
     * optionally after a short label and a colon. Every word outside brackets is capitalised, an initial, a number or a
     * name particle.
     */
    static Shape roster(String t) {
        int n = t.length();
        int colon = -1;
        for (int i = 0; i < Math.min(n, MAX_LABEL_CHARS + 1); i++) {
            char c = t.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (c == '.' || c == '!' || c == '?' || c == '(') {
                break;
            }
        }
        boolean label = colon >= 0 && wordsIn(t, 0, colon) <= MAX_LABEL_WORDS
                && (colon == 0 || Character.isUpperCase(firstLetter(t, 0, colon)));
        int from = label ? colon + 1 : 0;
        int depth = 0;
        int capitalised = 0;
        int words = 0;
        int brackets = 0;
        int separators = 0;
        boolean first = true;
        int i = from;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
                if (depth == 1) {
                    brackets++;
                }
                i++;
            } else if (c == ')' || c == ']') {
                if (depth == 0) {
                    return Shape.NONE;
                }
                depth--;
                i++;
            } else if (c == ',' || c == ';' || c == '/') {
                if (depth == 0) {
                    separators++;
                }
                i++;
            } else if (Character.isWhitespace(c) || c == '-' || c == '–' || c == '—' || c == '.' || c == '\'') {
                i++;
            } else {
                int start = i;
                while (i < n && !isWordEnd(t.charAt(i))) {
                    i++;
                }
                words++;
                if (words > MAX_ROSTER_WORDS) {
                    return Shape.NONE;
                }
                if (depth > 0) {
                    continue; // anything in brackets: a country, a minute, a position
                }
                char w0 = t.charAt(start);
                if (Character.isUpperCase(w0)) {
                    if (first && !label && SENTENCE_STARTS.contains(t.substring(start, i).toLowerCase(Locale.ROOT))) {
                        return Shape.NONE;
                    }
                    capitalised++;
                } else if (!Character.isDigit(w0)
                        && !NAME_PARTS.contains(t.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return Shape.NONE;
                }
                first = false;
            }
        }
        if (depth != 0 || capitalised == 0) {
            return Shape.NONE;
        }
        if (label && (capitalised >= 1)) {
            return Shape.ROSTER;
        }
        if ((brackets >= 1 && capitalised >= 2) || (separators >= 2 && capitalised >= 3)) {
            return Shape.ROSTER;
        }
        return capitalised >= 2 && words <= 6 ? Shape.NAMES : Shape.NONE;
    }

    private static boolean isWordEnd(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']'
                || c == '/' || c == ':';
    }

    /**
     * A label and a value: "Best Drama - The Lighthouse Keeper", "Children's Animation: Paper Boats". The label starts
     * capitalised and has at most eight words; the value starts with a capital or a digit; twenty words in all.
     */
    static boolean isItem(String t) {
        int n = t.length();
        int words = 0;
        boolean inWord = false;
        int sep = -1;
        int sepEnd = -1;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
                if (words > MAX_ITEM_WORDS) {
                    return false;
                }
            }
            inWord = !space;
            if (sep < 0 && i > 0) {
                if ((c == '-' || c == '–' || c == '—') && Character.isWhitespace(t.charAt(i - 1))
                        && i + 1 < n && Character.isWhitespace(t.charAt(i + 1))) {
                    sep = i;
                    sepEnd = i + 1;
                    inWord = false;
                } else if (c == ':' && i + 1 < n && Character.isWhitespace(t.charAt(i + 1))) {
                    sep = i;
                    sepEnd = i + 1;
                }
                if (sep >= 0 && words > 8) {
                    return false; // a long label: prose with a dash
                }
            }
        }
        if (sep < 0 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        int v = sepEnd;
        while (v < n && (Character.isWhitespace(t.charAt(v)) || t.charAt(v) == '"' || t.charAt(v) == '“'
                || t.charAt(v) == '\'')) {
            v++;
        }
        return v < n && (Character.isUpperCase(t.charAt(v)) || Character.isDigit(t.charAt(v)));
    }

    private static int wordsIn(String t, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static char firstLetter(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return 'a';
    }
}
