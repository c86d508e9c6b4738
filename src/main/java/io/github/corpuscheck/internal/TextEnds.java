package io.github.corpuscheck.internal;

import io.github.corpuscheck.api.Paragraph;
import java.util.List;

/** Small text helpers shared by the boilerplate and truncation checks. */
public final class TextEnds {

    /** Evidence shows this many characters of the end of the text. */
    public static final int ENDING_CHARS = 80;

    private TextEnds() {}

    /**
     * The last ~80 characters of the body, paragraphs (stripped) separated by a newline, "…" in front when cut.
     * Only those characters are copied, from the end: this runs for every text.
     */
    public static String ending(List<Paragraph> body) {
        int cap = ENDING_CHARS + 1;
        char[] out = new char[cap]; // filled from its end
        int filled = 0;
        int joined = 0; // length of the join so far
        for (int i = body.size() - 1; i >= 0 && joined <= ENDING_CHARS; i--) {
            String t = body.get(i).text();
            int from = 0;
            int to = t.length();
            while (from < to && Character.isWhitespace(t.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
                to--;
            }
            if (joined > 0) {
                if (filled < cap) {
                    out[cap - 1 - filled++] = '\n';
                }
                joined++;
            }
            int count = Math.min(to - from, cap - filled); // the paragraph's last chars that still fit, copied at once
            t.getChars(to - count, to, out, cap - filled - count);
            filled += count;
            joined += to - from;
        }
        if (joined <= ENDING_CHARS) {
            return new String(out, cap - filled, filled);
        }
        int start = Character.isLowSurrogate(out[cap - ENDING_CHARS]) ? cap - ENDING_CHARS + 1 : cap - ENDING_CHARS;
        // The text's characters alone first: they are mostly Latin-1, so the string is compact, and the one string
        // operation whose outcome changes from text to text is not the JIT's to guess.
        return "…".concat(new String(out, start, cap - start));
    }

    /**
     * Words in the body: runs of letters or digits; each CJK character counts as one word, since those scripts do not
     * separate words by spaces.
     */
    public static int words(List<Paragraph> body) {
        int n = 0;
        for (Paragraph p : body) {
            n += words(p.text());
        }
        return n;
    }

    /** The number of words, or {@code limit} as soon as that many were counted. */
    public static int wordsUpTo(List<Paragraph> body, int limit) {
        int n = 0;
        for (Paragraph p : body) {
            n += words(p.text(), limit - n);
            if (n >= limit) {
                return limit;
            }
        }
        return n;
    }

    /** The number of words of {@code s}, or {@code limit} as soon as that many were counted. */
    public static int wordsUpTo(String s, int limit) {
        return words(s, limit);
    }

    private static final byte OTHER = 0;
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte JOINER = 2;
    /** ASCII characters by kind, a table rather than a chain of comparisons whose rare branches the JIT leaves out. */
    private static final byte[] ASCII_WORD = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ASCII_WORD[c] = wordChar ? LETTER_OR_DIGIT : "'-.,".indexOf(c) >= 0 ? JOINER : OTHER;
        }
    }

    public static int words(String s) {
        return words(s, Integer.MAX_VALUE);
    }

    private static int words(String s, int limit) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0, len = s.length(); i < len; ) {
            char c = s.charAt(i);
            if (c < 0x80) { // ASCII fast path: the same decisions as below without code point lookups
                i++;
                int kind = ASCII_WORD[c];
                if (kind == LETTER_OR_DIGIT) {
                    if (!inWord) {
                        if (++n >= limit) {
                            return n;
                        }
                        inWord = true;
                    }
                } else if (kind != JOINER) {
                    inWord = false;
                } // a joiner (' - . ,) neither starts nor ends a word
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                if (++n >= limit) {
                    return n;
                }
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    if (++n >= limit) {
                        return n;
                    }
                    inWord = true;
                }
            } else if (!(inWord && (cp == '\'' || cp == '’' || cp == '-' || cp == '.' || cp == ','))) {
                inWord = false;
            }
        }
        return n;
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x0E00) { // below Thai: no script lookup for Latin, Greek, Cyrillic, Arabic...
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }

    /** Whitespace as {@code \\s} of java.util.regex means it (without UNICODE_CHARACTER_CLASS). */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** At most {@code max} characters, "…" at the end when cut. */
    public static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
