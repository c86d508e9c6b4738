package io.github.corpuscheck.checks.boilerplate;

import io.github.corpuscheck.internal.PhraseList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a tagline: a paragraph after the story that is about its author, its programme, its credits or where the
 * product it covers can be had, not part of the story. Three kinds:
 * <ul>
 *   <li>a phrase from {@code taglines.txt} or the user's list ({@code Hear more on*}, {@code Additional reporting
 *       by*}); a phrase may start with {@code {name}}, a personal name of two to four capitalised words
 *       ({@code {name} edits*} matches {@code Tom Reed edits the Future Homes website});</li>
 *   <li>an author line: a name of two to four words, then {@code is} and, within the next eight words, a
 *       role such as {@code correspondent} or {@code editor} ({@code Maria Alvarez is a science correspondent for
 *       Radio North});</li>
 *   <li>an availability line: a title, then {@code out now}, {@code is out on}, {@code available}, {@code in cinemas},
 *       {@code on sale}... ({@code Harbour Tycoon out now for PC and Mac}).</li>
 * </ul>
 * A tagline is one sentence. A paragraph of several sentences, or one that ends where no finished sentence ends (a
 * comma, a hyphen, an article or preposition), is never a tagline: it is the story, finished or cut. Every test looks at a bounded prefix of at most {@link #MAX_CHARS} characters and runs
 * in time linear in it.
 */
final class Taglines {

    /** A tagline is one short paragraph. */
    static final int MAX_CHARS = 300;
    /** Words a personal name may have: a first name and a surname at least (a company is often one word). */
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;
    /** Words of a title before its availability phrase. */
    private static final int MAX_TITLE_WORDS = 8;
    private static final int MAX_AVAILABILITY_WORDS = 30;

    /** What a paragraph matched: the kind, and the phrase (its source line) for a phrase match. */
    record Match(String kind, String phrase) {
        String trigger() {
            return phrase != null ? phrase : kind;
        }
    }

    static final Set<String> ROLES = Set.of("correspondent", "editor", "reporter", "writer", "journalist",
            "columnist", "author", "presenter", "producer", "contributor", "critic", "commentator", "photographer",
            "blogger", "broadcaster", "host", "co-host", "anchor", "novelist", "historian", "analyst", "economist",
            "professor", "lecturer", "researcher", "fellow", "director");
    /** Words that end no finished sentence (a tagline never ends in one; a cut story does). */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "in", "into", "for", "with",
            "from", "by", "at", "as", "than", "and", "or", "nor", "but", "because", "that", "which", "who", "whose",
            "its", "their", "our", "my", "your", "his", "her", "on", "about", "while", "if");
    /** Small words allowed inside a title ("Return of the King"). */
    private static final Set<String> TITLE_SMALL = Set.of("of", "the", "and", "a", "an", "in", "on", "to", "for",
            "at", "with", "vs", "&", "de", "la", "le");
    /** Name particles ("Ines van der Berg", "Luis da Silva"). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "dos",
            "del", "la", "le", "al", "el", "bin", "ben", "ter", "ten");
    /** Capitalised words that start sentences, never a title or a name. */
    private static final Set<String> NOT_TITLES = Set.of("it", "this", "that", "these", "those", "they", "he", "she",
            "we", "you", "i", "there", "details", "more", "tickets", "copies", "results", "earnings", "information",
            "figures", "data", "prices", "shares", "both", "all", "some", "many", "most");
    /** Capitalised words that start no personal name. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "it", "this", "that", "these", "those",
            "they", "he", "she", "we", "you", "i", "there", "his", "her", "their", "its", "our", "my");
    /** What follows a title on an availability line, as word sequences; a title ends where one starts. */
    private static final List<String[]> AVAILABILITY = List.of(
            words("out now"), words("out on"), words("out in"), words("out from"), words("out today"),
            words("is out"), words("are out"), words("is available"), words("are available"), words("available now"),
            words("available on"), words("available from"), words("available for"), words("is in cinemas"),
            words("in cinemas"), words("opens in cinemas"), words("is in theaters"), words("in theaters"),
            words("in theatres"), words("in shops"), words("in stores"), words("is on sale"), words("goes on sale"),
            words("on sale"), words("is released on"), words("is released in"), words("are released on"),
            words("is published by"), words("is published on"), words("launches on"),
            words("is on tour"));

    private final PhraseList plain;
    private final PhraseList afterName;

    private Taglines(PhraseList plain, PhraseList afterName) {
        this.plain = plain;
        this.afterName = afterName;
    }

    /** The phrases (resource lines, the user's), split into plain phrases and those that start with {@code {name}}. */
    static Taglines of(List<String> lines) {
        List<String> plain = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.regionMatches(true, 0, "{name}", 0, 6)) {
                String rest = t.substring(6).strip();
                if (!rest.isEmpty() && !rest.equals("*")) {
                    named.add(rest);
                }
            } else {
                plain.add(t);
            }
        }
        return new Taglines(PhraseList.of(plain.toArray(String[]::new)), PhraseList.of(named.toArray(String[]::new)));
    }

    private static String[] words(String s) {
        return s.split(" ");
    }

    /** The tagline a paragraph is, or {@code null}. */
    Match match(String paragraph) {
        String t = paragraph.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || PhraseList.startsLowerCase(t) || endsUnfinished(t)) {
            return null;
        }
        // A tagline is one sentence; a paragraph of several is the story's.
        PhraseList.Phrase p = plain.matchLine(t);
        if (p != null) {
            return hasSentenceEndInside(t) ? null : new Match("phrase", p.source());
        }
        if (!secondWordMayFollowANameOrTitle(t) || hasSentenceEndInside(t)) {
            return null; // "The company said ...": most last paragraphs stop here, before any allocation
        }
        List<String> w = splitWords(t);
        int[] wordStarts = wordStarts(t);
        int name = nameLength(w);
        for (int k = Math.min(name, MAX_NAME_WORDS); k >= MIN_NAME_WORDS; k--) {
            if (k < wordStarts.length) {
                PhraseList.Phrase q = afterName.matchLine(t.substring(wordStarts[k]));
                if (q != null) {
                    return new Match("phrase", "{name} " + q.source());
                }
            }
        }
        if (name >= MIN_NAME_WORDS && isAuthorLine(w, name)) {
            return new Match("author-line", null);
        }
        if (w.size() <= MAX_AVAILABILITY_WORDS && isAvailabilityLine(w)) {
            return new Match("availability-line", null);
        }
        return null;
    }

    /** A sentence end (". " after a word of three letters or more, so not "Dr.", "Jr.", "! ", "? ") before the paragraph's end. */
    static boolean hasSentenceEndInside(String t) {
        int end = t.length() - 1;
        while (end > 0 && ".!?…\"'”’)".indexOf(t.charAt(end)) >= 0) {
            end--;
        }
        for (int i = 2; i < end; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(i + 1))
                    && (c != '.' || (Character.isLowerCase(t.charAt(i - 1)) && Character.isLetter(t.charAt(i - 2))
                            && i >= 3 && Character.isLetter(t.charAt(i - 3))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name has a capitalised second word; a one-word title is followed by {@code is}, {@code are}, {@code out},
     * {@code available}, {@code in}, {@code on}, {@code goes}, {@code launches} or {@code opens}.
     */
    private static boolean secondWordMayFollowANameOrTitle(String t) {
        int i = 0;
        int n = t.length();
        while (i < n && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        while (i < n && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = t.charAt(i);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        int end = i;
        while (end < n && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return SECOND_WORDS.contains(t.substring(i, end));
    }

    private static final Set<String> SECOND_WORDS = Set.of("is", "are", "out", "available", "in", "on", "goes",
            "launches", "opens");

    /** A comma, semicolon, colon or hyphen at the end, or a last word no finished sentence ends with. */
    static boolean endsUnfinished(String t) {
        char last = t.charAt(t.length() - 1);
        if (",;:-‐–—(".indexOf(last) >= 0) {
            return true;
        }
        int i = t.length();
        while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
            i--;
        }
        return i < t.length() && t.length() - i <= 7 && DANGLING.contains(t.substring(i));
    }

    /** Words split on whitespace, at most 40 (every test looks at the first few), lower case, outer punctuation cut. */
    private static List<String> splitWords(String t) {
        List<String> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n && out.size() < 40) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (s < i) {
                out.add(t.substring(s, i));
            }
        }
        return out;
    }

    /** Offsets where the first {@code MAX_NAME_WORDS + 1} words start. */
    private static int[] wordStarts(String t) {
        int[] starts = new int[MAX_NAME_WORDS + 1];
        int count = 0;
        int n = t.length();
        for (int i = 0; i < n && count < starts.length; ) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i < n) {
                starts[count++] = i;
            }
            while (i < n && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** How many leading words make a personal name: capitalised words, initials and particles, ending capitalised. */
    static int nameLength(List<String> w) {
        int last = 0;
        for (int k = 0; k < Math.min(w.size(), MAX_NAME_WORDS); k++) {
            String word = w.get(k);
            if (isCapitalised(word) && !(k == 0 && NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)))) {
                if (word.endsWith(",") || word.endsWith(":")) {
                    break;
                }
                last = k + 1;
            } else if (k == 0 || !PARTICLES.contains(word)) {
                break;
            }
        }
        return last;
    }

    /** First character an upper-case letter, the rest letters, apostrophes, hyphens or dots (initials). */
    private static boolean isCapitalised(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** After the name, "is" or "was", then a role word within eight words. */
    private static boolean isAuthorLine(List<String> w, int name) {
        if (name >= w.size()) {
            return false;
        }
        String verb = w.get(name).toLowerCase(Locale.ROOT);
        if (!verb.equals("is")) {
            return false;
        }
        for (int k = name + 1; k < Math.min(w.size(), name + 9); k++) {
            String word = trimPunctuation(w.get(k)).toLowerCase(Locale.ROOT);
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (ROLES.contains(word) || ROLES.contains(singular)) {
                return true;
            }
        }
        return false;
    }

    /** A title (capitalised words, numbers, small words) of at most eight words, then an availability phrase. */
    private static boolean isAvailabilityLine(List<String> w) {
        if (w.isEmpty() || NOT_TITLES.contains(w.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 1; k <= Math.min(MAX_TITLE_WORDS, w.size() - 1); k++) {
            String prev = trimPunctuation(w.get(k - 1));
            boolean titleWord = isCapitalised(prev) || isNumber(prev) || isModel(prev)
                    || (k > 1 && TITLE_SMALL.contains(prev));
            if (!titleWord) {
                return false;
            }
            if (!TITLE_SMALL.contains(prev) && startsWithAvailability(w, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAvailability(List<String> w, int at) {
        for (String[] phrase : AVAILABILITY) {
            if (at + phrase.length <= w.size()) {
                boolean all = true;
                for (int j = 0; j < phrase.length && all; j++) {
                    all = trimPunctuation(w.get(at + j)).equalsIgnoreCase(phrase[j]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capital and letters or digits: a model name such as "X2" or "PS5". */
    private static boolean isModel(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != ':') {
                return false;
            }
        }
        return true;
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
