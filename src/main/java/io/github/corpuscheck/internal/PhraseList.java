package io.github.corpuscheck.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A list of phrases read from a resource file, user files and user strings. One phrase a line; blank lines and lines
 * starting with {@code #} are ignored. A phrase ending in {@code *} matches a line that starts with it (followed by
 * a non-letter); otherwise the whole line must equal it. Matching ignores case, runs of whitespace, the kind of dash
 * and trailing dots or wire noise ({@code ^M}, {@code &#3;}).
 */
public final class PhraseList {

    /** One phrase in normalised form. */
    public record Phrase(String text, boolean prefix, String source) {}

    /** Lines are never normalised beyond this many characters. */
    public static final int LONG_LINE = 240;

    private final List<Phrase> phrases;
    /**
     * Lines longer than this are matched by their start against prefix phrases only: normalising only shrinks a line,
     * so a longer one cannot equal a phrase (short of pages of whitespace), and this runs on every paragraph end.
     */
    private final int longLine;
    /**
     * The phrases' first characters (normalised, so lower case; up to 8, and only up to a phrase's first non-ASCII
     * character), packed into a long with the first character in the lowest byte, sorted, by their length: index
     * {@code L} holds the prefixes of length {@code L}, or {@code null}. See {@link #mayMatch}.
     */
    private final long[][] prefixes = new long[PREFIX + 1][];
    /**
     * The first {@code L} characters of those prefixes that have at least {@code L}, packed and sorted, by
     * {@code L}: a line whose first {@code L} characters are not among them cannot match (most lines stop at the
     * second or third character, "th" → "the").
     */
    private final long[][] starts = new long[PREFIX + 1][];
    private static final int PREFIX = 8;

    private PhraseList(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        int longest = 0;
        List<List<Long>> byLength = new ArrayList<>();
        List<List<Long>> startsByLength = new ArrayList<>();
        for (int l = 0; l <= PREFIX; l++) {
            byLength.add(new ArrayList<>());
            startsByLength.add(new ArrayList<>());
        }
        for (Phrase p : phrases) {
            String t = p.text();
            longest = Math.max(longest, t.length());
            long packed = 0;
            int l = 0;
            while (l < Math.min(PREFIX, t.length()) && t.charAt(l) < 128) {
                packed |= (long) t.charAt(l) << (8 * l);
                l++;
                startsByLength.get(l).add(packed);
            }
            if (l > 0) { // a phrase starting with a non-ASCII character needs none: such lines always pass
                byLength.get(l).add(packed);
            }
        }
        for (int l = 1; l <= PREFIX; l++) {
            prefixes[l] = sortedDistinct(byLength.get(l));
            starts[l] = sortedDistinct(startsByLength.get(l));
        }
        this.longLine = Math.min(LONG_LINE, 3 * longest + 16);
    }

    /** The values sorted and distinct, or {@code null} when there are none. */
    private static long[] sortedDistinct(List<Long> values) {
        return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    /**
     * False only when the line cannot match any phrase, judged by its first characters once normalised (see
     * {@link #normalizeKeepEnd}), computed here without normalising it: a line matches only if it starts with a
     * phrase's first characters. Most paragraph ends and sentence tails are rejected this way, so the full match
     * (normalising, allocating) runs on a few lines in a thousand of news text, not on every one starting "Th".
     */
    public boolean mayMatch(String line) {
        return mayMatch(line, 0);
    }

    /** {@link #mayMatch(String)} for the line's characters from {@code from} on (a tail, without cutting it out). */
    private boolean mayMatch(String line, int from) {
        int n = line.length();
        int i = from;
        while (i < n && isBlank(line.charAt(i))) {
            i++;
        }
        long packed = 0;
        int length = 0;
        char previous = 0;
        for (; i < n && length < PREFIX; i++) {
            char c = line.charAt(i);
            if (isDash(c)) {
                if (previous == '-') {
                    continue;
                }
                c = '-';
            } else if (isBlank(c)) {
                if (previous == ' ') {
                    continue;
                }
                c = ' ';
            } else if (c >= 128) {
                return true; // its lower-case form is not predictable here: the full match decides
            } else if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            packed |= (long) c << (8 * length);
            length++;
            previous = c;
            if (starts[length] == null || Arrays.binarySearch(starts[length], packed) < 0) {
                return false; // no phrase starts so
            }
            if (prefixes[length] != null && Arrays.binarySearch(prefixes[length], packed) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** The phrases of a resource beside {@code anchor}, then {@code extra}, then those of {@code files}. */
    public static PhraseList load(Class<?> anchor, String resource, List<String> extra, List<Path> files) {
        List<Phrase> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            addLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            try {
                addLines(Files.readAllLines(f, StandardCharsets.UTF_8), out);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read phrase file " + f + ": " + e.getMessage());
            }
        }
        addLines(extra, out);
        return new PhraseList(out);
    }

    public static PhraseList of(String... lines) {
        List<Phrase> out = new ArrayList<>();
        addLines(List.of(lines), out);
        return new PhraseList(out);
    }

    private static void addLines(List<String> lines, List<Phrase> out) {
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            boolean prefix = t.endsWith("*");
            String body = prefix ? t.substring(0, t.length() - 1) : t;
            // Keep a phrase's own trailing dots/colon when it is a prefix ("READ MORE:*"); whole phrases are cleaned like lines.
            String norm = prefix ? normalizeKeepEnd(body) : normalize(body);
            if (!norm.isEmpty()) {
                out.add(new Phrase(norm, prefix, t));
            }
        }
    }

    /** Lower case, one space for whitespace, one {@code -} for any dash run, trailing dots and noise removed. */
    public static String normalize(String s) {
        return withoutTrailingNoise(normalizeKeepEnd(s));
    }

    /** A {@link #normalizeKeepEnd} result without its trailing dots and noise: {@link #normalize} of the original. */
    private static String withoutTrailingNoise(String kept) {
        return kept.substring(0, endWithoutTrailingNoise(kept)).strip();
    }

    /**
     * Runs of dashes become one {@code -}, runs of whitespace one space, then trim and lower case. A hand-written
     * single pass: this runs on every paragraph end of every document, where regex replacement dominated the profile.
     */
    private static String normalizeKeepEnd(String s) {
        int n = s.length();
        char[] out = new char[n];
        int w = 0;
        char previous = 0;
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isDash(c)) {
                c = '-';
                if (previous == '-') {
                    continue;
                }
            } else if (c == ' ' || Character.isWhitespace(c) || c == '\u00A0') {
                c = ' ';
                if (previous == ' ') {
                    continue;
                }
            } else if (c >= 'A' && c <= 'Z') {
                c += 32;
            } else if (c >= 128) {
                ascii = false;
            }
            out[w++] = c;
            previous = c;
        }
        int from = 0; // only spaces are left to strip: every whitespace character became one
        while (from < w && out[from] == ' ') {
            from++;
        }
        while (w > from && out[w - 1] == ' ') {
            w--;
        }
        String t = new String(out, from, w - from);
        // ASCII letters were lowered above; the rest follows String's rules (which can change the length).
        return ascii ? t : t.toLowerCase(Locale.ROOT);
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015');
    }

    /** The end of {@code t} once trailing whitespace, dots, ellipses, {@code ^M} and {@code &#NN;} are cut. */
    public static int endWithoutTrailingNoise(String t) {
        int end = t.length();
        while (end > 0) {
            char c = t.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '.' || c == '…') {
                end--;
            } else if (end >= 2 && t.charAt(end - 2) == '^' && (c == 'm' || c == 'M')) {
                end -= 2;
            } else if (c == ';') {
                int i = end - 2;
                while (i >= 0 && Character.isDigit(t.charAt(i)) && t.charAt(i) <= '9') {
                    i--;
                }
                if (i >= 1 && i < end - 2 && t.charAt(i) == '#' && t.charAt(i - 1) == '&') {
                    end = i - 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }

    /** The first phrase matching the whole (normalised) line, or {@code null}. */
    public Phrase matchLine(String line) {
        return mayMatch(line) ? matchNormalised(line) : null;
    }

    /** {@link #matchLine} without the quick filter (for tests: the filter must never change the answer). */
    public Phrase matchNormalised(String line) {
        // Phrases are short: a long paragraph can only match by its start, so only its start is normalised.
        boolean isLong = line.length() > longLine;
        String head = isLong ? line.substring(0, longLine) : line;
        String raw = normalizeKeepEnd(head);
        String norm = isLong ? "" : withoutTrailingNoise(raw); // normalize(head), from the same pass
        for (Phrase p : phrases) {
            if (p.prefix()) {
                if (startsWithWord(raw, p.text())) {
                    return p;
                }
            } else if (!isLong && norm.equals(p.text())) {
                return p;
            }
        }
        return null;
    }

    private static boolean startsWithWord(String s, String prefix) {
        if (!s.startsWith(prefix)) {
            return false;
        }
        if (s.length() == prefix.length()) {
            return true;
        }
        char last = prefix.charAt(prefix.length() - 1);
        // "Share on*" must not match "Share online"; a prefix ending in punctuation needs no boundary.
        return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(s.charAt(prefix.length()));
    }

    /** A phrase that ends a paragraph after a finished sentence: the text before it and the tail it matched. */
    public record Tail(String head, String tail, Phrase phrase) {}

    /**
     * The earliest tail of the paragraph, within its last {@code maxTail} characters and right after a finished
     * sentence, that matches a phrase; {@code null} when none does. With {@code capitalOnly} a tail starting with a
     * lower-case letter is a wrapped sentence, not a phrase.
     */
    public Tail matchTail(String text, int maxTail, boolean capitalOnly) {
        String t = text.stripTrailing();
        for (int end = nextSentenceEnd(t, Math.max(0, t.length() - maxTail - 8)); end >= 0;
                end = nextSentenceEnd(t, end)) {
            int length = t.length() - end;
            if (length == 0 || length > maxTail || !mayMatch(t, end)) {
                continue; // most tails: rejected before they are cut out
            }
            String tail = t.substring(end);
            if (capitalOnly && startsLowerCase(tail)) {
                continue;
            }
            Phrase p = matchNormalised(tail);
            if (p != null) {
                return new Tail(t.substring(0, end).stripTrailing(), tail, p);
            }
        }
        return null;
    }

    /**
     * Where a sentence ended: the end of the next terminal punctuation mark (maybe followed by closing quotes or
     * brackets) followed by whitespace, at or after {@code from}, or -1. The matches of the regex
     * {@code [.!?…。！？]["'”’»)\]]*\s+}, found by a plain scan since this runs on every paragraph end.
     */
    public static int nextSentenceEnd(String t, int from) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            if (!isTerminal(t.charAt(i))) {
                continue;
            }
            int j = i + 1;
            while (j < n && isCloser(t.charAt(j))) {
                j++;
            }
            if (j < n && TextEnds.isRegexSpace(t.charAt(j))) {
                while (j < n && TextEnds.isRegexSpace(t.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    // By table: a chain of comparisons whose rare branches the JIT left out had its code compiled again each time a
    // text first ended in '!' or '?', and so had an ASCII table's test for the non-ASCII rest.
    private static final CharBits TERMINALS = new CharBits(".!?…。！？");
    private static final CharBits CLOSERS = new CharBits("\"')]”’»");

    private static boolean isTerminal(char c) {
        return TERMINALS.contains(c);
    }

    private static boolean isCloser(char c) {
        return CLOSERS.contains(c);
    }

    /** True when the first letter is lower case: trailers start with a capital, a digit or a sign. */
    public static boolean startsLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    public List<Phrase> phrases() {
        return phrases;
    }
}
