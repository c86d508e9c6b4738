package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.internal.PhraseList;
import io.github.corpuscheck.internal.TextEnds;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how a text ends, looking only at its last paragraph (after boilerplate stripping): a continuation marker,
 * a mid-sentence cut, a missing terminal punctuation, or a finished ending. Returns the single most specific verdict.
 * Precision comes first: quotes closed after the full stop, figure lines of tables and list items are finished.
 */
final class EndingClassifier {

    /** The rule that fired, a short trigger name for evidence, and a detail (the word, marker or character). */
    record Verdict(Rule rule, String trigger, String detail) {}

    private static final String TERMINALS = ".!?…。！？‼⁇⁈⁉｡";
    private static final String CLOSERS = "\"'”’»›」』）)]}】〉》>";
    private static final String COMMAS = ",;，、；";
    private static final Pattern WORD_HYPHEN = Pattern.compile("\\p{L}[-‐]$");
    private static final Pattern WORD_DASH = Pattern.compile("[\\p{L}\\p{N}]\\s+[-–—]+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•·▪–—]\\s|\\(?\\d{1,2}[.)]\\s|\\(?[a-z][.)]\\s)");
    /** "...it added. -" or "... the underwriter said. /": a stray mark after a finished sentence. */
    private static final Pattern DECORATION_AFTER_END = Pattern.compile("([.!?…。！？][\"'”’»)\\]]*)\\s*[-–—/=*#_~]+$");
    /** An editor's note in brackets: "(corrects spelling of town in line five)". */
    /** "...95 cts a share. (Corrects spelling of company name)": a note after a finished sentence. */
    private static final Pattern NOTE_AFTER_END = Pattern.compile("([.!?…。！？][\"'”’»]*)\\s+[(\\[][^()\\[\\]]*[)\\]]$");
    /** A wire correction note: "--corrects convictions", "... dlrs. -- Corrects name of purchaser". */
    private static final Pattern CORRECTION_NOTE = Pattern.compile("(?i)(?:^|[.!?]\\s)\\W*(?:corrects?|correcting|correction)\\b[^.!?]*$");
    /** A note under a table whose last clause holds a number is at most this many words (longer is prose). */
    static final int NOTE_CLAUSE_WORDS = 12;
    /** Lines this short at the end, two or more, none ending a sentence, are a list, table or signature block. */
    static final int SHORT_LINE_WORDS = 8;
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^[(\\[].*[)\\]]$");
    /** Words that end figure lines of wire tables ("Revs 12.4 mln vs 11.9 mln", "Business nil"). */
    static final Set<String> FIGURE_WORDS = Set.of("mln", "bln", "billion", "million", "pct", "cts", "ct", "dlrs",
            "dlr", "stg", "pence", "yen", "marks", "francs", "tonnes", "tons", "bushels", "ounces", "barrels", "bpd",
            "shrs", "nil", "na", "n/a", "nc", "unch", "untrd", "unquoted", "vs", "loss", "profit", "%", "points", "pts", "lb", "lbs",
            "bbl", "discs", "byr", "byrs", "slr", "slrs");

    private final PhraseList markers;
    private final DanglingWords dangling;

    EndingClassifier(PhraseList markers, DanglingWords dangling) {
        this.markers = markers;
        this.dangling = dangling;
    }

    /** The verdict on a single-paragraph text, or {@code null} when it ends like a finished one. */
    Verdict classify(String text, String language) {
        return classify(List.of(new Paragraph(text == null ? "" : text, 1)), language);
    }

    /** The verdict on a body (paragraphs after stripping), or {@code null} when it ends like a finished one. */
    Verdict classify(List<Paragraph> body, String language) {
        if (body.isEmpty()) {
            return null;
        }
        String t = body.get(body.size() - 1).text().strip();
        if (t.isEmpty()) {
            return null;
        }
        String marker = continuationMarker(t);
        if (marker != null) {
            return new Verdict(TruncationRules.CONTINUATION_MARKER, "continuation-marker", marker);
        }
        // The regexes below are anchored at the end; testing the last character first spares scanning the paragraph.
        char end = t.charAt(t.length() - 1);
        String core = stripClosers(end == ')' || end == ']' ? NOTE_AFTER_END.matcher(t).replaceFirst("$1") : t);
        if (!core.isEmpty() && "-–—/=*#_~".indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = DECORATION_AFTER_END.matcher(core).replaceFirst("$1");
        }
        if (core.isEmpty()) {
            return null;
        }
        char last = core.charAt(core.length() - 1);
        if (TERMINALS.indexOf(last) >= 0) {
            return null; // an unclosed quote before a full stop is far more often a typo than a cut (Reuters)
        }
        return classifyUnfinished(body, language, t, core, last);
    }

    /**
     * The rarer case, a last sentence without terminal punctuation, in a method of its own: the JIT compiles the
     * common path above small and this one separately, instead of recompiling one large method.
     */
    private Verdict classifyUnfinished(List<Paragraph> body, String language, String t, String core, char last) {
        if (isStrayLetterAfterEnd(core) || isSpacedFigureWord(core)) {
            return null;
        }
        if (COMMAS.indexOf(last) >= 0) {
            return new Verdict(TruncationRules.MID_SENTENCE, last == ';' || last == '；' ? "semicolon" : "comma",
                    String.valueOf(last));
        }
        if ((last == '-' || last == '‐') && WORD_HYPHEN.matcher(core).find()) {
            return new Verdict(TruncationRules.MID_SENTENCE, "hyphen", String.valueOf(last));
        }
        if (last == ':' || last == '：') {
            // "The tables below show the turnout in each district:": what the line introduces was dropped.
            return new Verdict(TruncationRules.MID_SENTENCE, "colon", String.valueOf(last));
        }
        // Finished shapes without a full stop: figure lines and tables, list items, capitals-only headings or captions;
        // after the dangling-word test, closing blocks of rosters, credits and award lists.
        if (isFigures(core) || LIST_ITEM.matcher(t).find() || BRACKETED_NOTE.matcher(t).find()
                || (mentionsCorrection(t) && CORRECTION_NOTE.matcher(t).find()) || endsInShortLines(body)
                || isCapitalsOnly(core)) {
            return null;
        }
        String word = lastWord(core);
        if (word != null && word.equals(word.toLowerCase(Locale.ROOT)) && dangling.forLanguage(language).contains(word)) {
            return new Verdict(TruncationRules.MID_SENTENCE, "dangling-word", word);
        }
        if (ClosingLists.endsInList(body, t)) {
            return null;
        }
        // The closing note of a table ("NOTE: Full name is ...", "1985 payout includes ..."): the body is mostly figure
        // lines and the ending belongs to them. Prose after prose is judged as prose, figures earlier or not.
        if (isTabular(body) && isTableNote(body, t, core)) {
            return null;
        }
        if ("-–—".indexOf(last) >= 0 && WORD_DASH.matcher(core).find() && !startsWithDash(core)) {
            return new Verdict(TruncationRules.MID_SENTENCE, "dash", String.valueOf(last));
        }
        String unclosed = unclosed(t);
        if (unclosed != null) {
            return new Verdict(TruncationRules.MID_SENTENCE, unclosed, unclosedChar(t, unclosed));
        }
        return new Verdict(TruncationRules.NO_TERMINAL_PUNCTUATION, "no-terminal-punctuation", String.valueOf(last));
    }

    /** "...rise in January.R": one capital glued to a finished sentence is wire noise, not a new sentence. */
    static boolean isStrayLetterAfterEnd(String core) {
        int n = core.length();
        return n >= 3 && Character.isUpperCase(core.charAt(n - 1)) && core.charAt(n - 2) == '.'
                && Character.isLowerCase(core.charAt(n - 3));
    }

    /** "n I l": a figure word spelt out in single letters under a table. */
    static boolean isSpacedFigureWord(String core) {
        if (core.length() > 24) {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            boolean single = Character.isLetter(c) && (i == 0 || Character.isWhitespace(core.charAt(i - 1)))
                    && (i + 1 == core.length() || Character.isWhitespace(core.charAt(i + 1)));
            if (single) {
                letters.append(Character.toLowerCase(c));
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return letters.length() >= 2 && FIGURE_WORDS.contains(letters.toString());
    }

    /** The trailing run of letters and apostrophes, or {@code null} when the text does not end in one. */
    static String lastWord(String core) {
        int i = core.length();
        while (i > 0) {
            char c = core.charAt(i - 1);
            if (c == '\'' || c == '’' || Character.isLetter(c)) {
                i--;
            } else if (Character.isLowSurrogate(c) && i >= 2 && Character.isLetter(core.codePointAt(i - 2))) {
                i -= 2;
            } else {
                break;
            }
        }
        return i == core.length() ? null : core.substring(i);
    }

    /** Cheap test before {@link #CORRECTION_NOTE}: the text contains "correct" in any case. */
    private static boolean mentionsCorrection(String t) {
        for (int i = t.indexOf('o'); i >= 1; i = t.indexOf('o', i + 1)) {
            if (t.regionMatches(true, i - 1, "correct", 0, 7)) {
                return true;
            }
        }
        for (int i = t.indexOf('O'); i >= 1; i = t.indexOf('O', i + 1)) {
            if (t.regionMatches(true, i - 1, "correct", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /** The last two paragraphs are short and the one before the last has no terminal punctuation either. */
    static boolean endsInShortLines(List<Paragraph> body) {
        if (body.size() < 2) {
            return false;
        }
        String last = body.get(body.size() - 1).text().strip();
        String before = stripClosers(body.get(body.size() - 2).text().strip());
        return TextEnds.words(last) <= SHORT_LINE_WORDS && TextEnds.words(before) <= SHORT_LINE_WORDS
                && !before.isEmpty() && TERMINALS.indexOf(before.charAt(before.length() - 1)) < 0;
    }

    /** No lower-case letter at all: a heading, a table caption or a market code line. */
    static boolean isCapitalsOnly(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * A body that is mostly a table (earnings, prices): at least two figure lines among its paragraphs, and at least a
     * fifth of them. Its closing note ("NOTE: net includes a charge of 2.4 mln dlrs") often has no full stop.
     */
    static boolean isTabular(List<Paragraph> body) {
        int needed = Math.max(2, (body.size() + 4) / 5); // figures >= 2 && figures * 5 >= size
        int figures = 0;
        for (int i = 0; i < body.size() && figures < needed; i++) {
            if (figures + body.size() - i < needed) {
                return false; // the paragraphs left cannot make enough figure lines
            }
            if (isFigures(stripClosers(body.get(i).text().strip()))) {
                figures++;
            }
        }
        return figures >= needed;
    }

    /**
     * The last paragraph of a body that is mostly figure lines reads as a note to the table when it starts with a note
     * label ({@code NOTE:}, {@code N/A}, {@code *}, {@code Full name}) or a number ({@code 1985 payout includes ...});
     * its last clause is short and holds a number ({@code Company corrects period in March 19 item}); it is a name of
     * two to four capitalised words (the company under the table); it follows a paragraph without terminal
     * punctuation (a table row, or a note hard-wrapped over two paragraphs) and is one short clause, holds a number in
     * its last clause or starts in lower case; or it holds a number in its last clause and follows a note paragraph.
     * A prose paragraph after a finished prose paragraph is none of these, however many figures came before.
     */
    static boolean isTableNote(List<Paragraph> body, String t, String core) {
        if (startsWithNoteLabel(t) || isNameLine(t) || (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9')) {
            return true;
        }
        int from = lastSentenceBreak(core);
        if (hasNumber(core, from, core.length()) && TextEnds.wordsUpTo(core.substring(from), NOTE_CLAUSE_WORDS + 1)
                <= NOTE_CLAUSE_WORDS) {
            return true;
        }
        if (body.size() < 2) {
            return false;
        }
        // Right under a table row: a short line of one clause, a line with figures or the lower-case rest of a
        // hard-wrapped note. Under a note paragraph: a line with figures (the note goes on).
        String before = stripClosers(body.get(body.size() - 2).text().strip());
        if (before.isEmpty()) {
            return false;
        }
        boolean number = hasNumber(core, from, core.length());
        if (TERMINALS.indexOf(before.charAt(before.length() - 1)) < 0) {
            return number || Character.isLowerCase(t.charAt(0))
                    || (from == 0 && TextEnds.wordsUpTo(t, NOTE_CLAUSE_WORDS + 1) <= NOTE_CLAUSE_WORDS);
        }
        return number && startsWithNoteLabel(before);
    }

    /**
     * Where the last sentence starts after a finished one inside the text, or 0: a full stop, '!' or '?' after a
     * lower-case word of three letters or more, then a space and a capital ("analysts. Radio North said"; not
     * "U.S. funds", "Dr. Reed" or "1975. N/A").
     */
    static int lastSentenceBreak(String t) {
        int from = 0;
        for (int i = 3; i + 2 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
                    && Character.isLowerCase(t.charAt(i - 1)) && Character.isLetter(t.charAt(i - 2))
                    && Character.isLetter(t.charAt(i - 3))) {
                from = i + 2;
            }
        }
        return from;
    }

    /** Two to four words, each starting with a capital or a digit: "Laidlaw Transportation Ltd". */
    static boolean isNameLine(String t) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                if (++words > 4 || !(Character.isUpperCase(c) || Character.isDigit(c) || c == '<' || c == '(')) {
                    return false;
                }
            }
            inWord = !space;
        }
        return words >= 2;
    }

    /** "NOTE:", "Note -", "Notes:", "N/A", "*", "Full name" at the start. */
    private static boolean startsWithNoteLabel(String t) {
        if (t.startsWith("*") || t.regionMatches(true, 0, "n/a", 0, 3) || t.regionMatches(true, 0, "full name", 0, 9)) {
            return true;
        }
        if (!t.regionMatches(true, 0, "note", 0, 4)) {
            return false;
        }
        int i = 4;
        if (i < t.length() && (t.charAt(i) == 's' || t.charAt(i) == 'S')) {
            i++;
        }
        return i == t.length() || !Character.isLetter(t.charAt(i));
    }

    /** The marker text when the paragraph is, or ends in (after a finished sentence), a continuation marker. */
    String continuationMarker(String t) {
        if (markers.matchLine(t) != null) {
            return t;
        }
        PhraseList.Tail tail = markers.matchTail(t, 40, false);
        return tail == null ? null : tail.tail();
    }

    static String stripClosers(String t) {
        int end = t.length();
        while (end > 0 && (CLOSERS.indexOf(t.charAt(end - 1)) >= 0 || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        return t.substring(0, end);
    }

    private static boolean startsWithDash(String s) {
        return !s.isEmpty() && "-–—".indexOf(s.charAt(0)) >= 0;
    }

    /** "unclosed-quote" or "unclosed-bracket" when the paragraph opens one it never closes, else null. */
    static String unclosed(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '（') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '）') && depth > 0) {
                depth--;
            }
        }
        if (depth > 0) {
            return "unclosed-bracket";
        }
        // German „...“ pairs „ with “; otherwise “ opens and ” closes.
        boolean german = t.indexOf('„') >= 0;
        int opens = 0;
        int closes = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (german ? c == '„' : c == '“') {
                opens++;
            } else if (german ? (c == '“' || c == '”') : c == '”') {
                closes++;
            } else if (c == '「' || c == '『' || c == '«') {
                opens++;
            } else if (c == '」' || c == '』' || c == '»') {
                closes++;
            }
        }
        if (opens > closes) {
            return "unclosed-quote";
        }
        // Straight quotes: an odd count whose last one opens (after a space, before a non-space) was never closed.
        int straight = 0;
        int lastStraight = -1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '"') {
                straight++;
                lastStraight = i;
            }
        }
        if (straight % 2 == 1) {
            boolean afterSpace = lastStraight == 0 || Character.isWhitespace(t.charAt(lastStraight - 1))
                    || "([".indexOf(t.charAt(lastStraight - 1)) >= 0;
            boolean beforeText = lastStraight + 1 < t.length() && !Character.isWhitespace(t.charAt(lastStraight + 1));
            if (afterSpace && beforeText) {
                return "unclosed-quote";
            }
        }
        return null;
    }

    private static String unclosedChar(String t, String kind) {
        return kind.equals("unclosed-bracket") ? "(" : (t.indexOf('„') >= 0 ? "„" : t.indexOf('“') >= 0 ? "“" : "\"");
    }

    /**
     * A line of figures, as wire tables end ("Revs 12.4 mln vs 11.9 mln", "Avg shrs 2,492,000"): its last clause ends
     * in a number or a unit word after a number, or a quarter of its words are numbers.
     * Without any number, only a short line of a figure word ("nil", "all unquoted") counts.
     */
    static boolean isFigures(String core) {
        boolean number = hasNumber(core, 0, core.length());
        if (number && hasColumns(core)) {
            return true; // a table row laid out in columns
        }
        if (!number && !containsVs(core) && !lastTokenIsFigureWord(core)) {
            return false; // without a number only a "vs" or a closing figure word can make a figure line (most prose)
        }
        // The last clause: what follows the last finished sentence.
        int from = 0;
        for (int e = PhraseList.nextSentenceEnd(core, 0); e >= 0; e = PhraseList.nextSentenceEnd(core, e)) {
            from = e;
        }
        int tokens = 0;
        int digits = 0;
        boolean vs = false;
        int lastStart = -1;
        int lastEnd = -1;
        int n = core.length();
        for (int i = from; i < n; ) {
            while (i < n && TextEnds.isRegexSpace(core.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !TextEnds.isRegexSpace(core.charAt(i))) {
                i++;
            }
            tokens++;
            if (hasNumber(core, start, i)) {
                digits++;
            }
            int len = i - start;
            vs |= isVs(core, start, len);
            lastStart = start;
            lastEnd = i;
        }
        if (tokens == 0) {
            return false;
        }
        if (vs) {
            return true; // "Qtly div nine cts vs nine cts prior"
        }
        if (digits == 0) {
            // "nil", "all unquoted", "trd/sales) all unquoted" under a table
            return tokens <= 4 && endsInFigureWord(core, lastStart, lastEnd);
        }
        return hasNumber(core, lastStart, lastEnd) || digits * 4 >= tokens || endsInFigureWord(core, lastStart, lastEnd);
    }

    /** "vs" in any case anywhere: a cheap necessary condition for a "vs" token. */
    private static boolean containsVs(String s) {
        for (int i = s.indexOf('s'), j = s.indexOf('S'); i >= 0 || j >= 0; ) {
            int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (at > 0 && (s.charAt(at - 1) | 0x20) == 'v') {
                return true;
            }
            if (at == i) {
                i = s.indexOf('s', i + 1);
            } else {
                j = s.indexOf('S', j + 1);
            }
        }
        return false;
    }

    /** The whitespace-separated last token is (or ends, after a '/', in) a figure word, "n/a" included. */
    private static boolean lastTokenIsFigureWord(String s) {
        int end = s.length();
        while (end > 0 && TextEnds.isRegexSpace(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !TextEnds.isRegexSpace(s.charAt(start - 1))) {
            start--;
        }
        return start < end && endsInFigureWord(s, start, end);
    }

    /** The token is "vs" or "vs." in any case. */
    private static boolean isVs(String s, int start, int len) {
        return (len == 2 || (len == 3 && s.charAt(start + 2) == '.'))
                && (s.charAt(start) | 0x20) == 'v' && (s.charAt(start + 1) | 0x20) == 's';
    }

    /**
     * The token [start, end) or some '/'-separated part of it, lower-cased, letters, '%' and '/' only, is a figure
     * word ("n/a" as a whole, "mln" in "mln/dlrs"). The figure words are ASCII and at most 8 characters, so the token
     * and its parts are packed into longs and looked up among them.
     */
    private static boolean endsInFigureWord(String s, int start, int end) {
        // The loop reads only [start, end) and the last part is tested after it: a loop that also ran one step past
        // the token (reading a virtual '/') had its bounds check hoisted on a profile that failed, and was compiled
        // again and again.
        long packed = 0; // the current '/'-separated part
        int length = 0;
        long whole = 0; // the whole token, '/' included
        int wholeLength = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                if (isFigureCode(packed, length)) {
                    return true;
                }
                packed = 0;
                length = 0;
                whole = (whole << 8) | c;
                wholeLength++;
            } else if ((c >= 'a' && c <= 'z') || c == '%') {
                packed = (packed << 8) | c;
                length++;
                whole = (whole << 8) | c;
                wholeLength++;
            } else if (c >= 'A' && c <= 'Z') {
                packed = (packed << 8) | (c + 32);
                length++;
                whole = (whole << 8) | (c + 32);
                wholeLength++;
            } else if (c >= 0x80 && Character.isLetter(c)) {
                length = 9; // a non-ASCII letter: no figure word has one
                wholeLength = 9;
            }
        }
        return isFigureCode(packed, length) || (wholeLength != length && isFigureCode(whole, wholeLength));
    }

    private static boolean isFigureCode(long packed, int length) {
        return length > 0 && length <= 8 && Arrays.binarySearch(FIGURE_CODES, packed) >= 0;
    }

    /**
     * {@link #FIGURE_WORDS} packed as in {@link #endsInFigureWord}, sorted. A word the packing cannot hold fails here,
     * at class load, rather than going unrecognised ("n/a" once did, when '/' was not packed).
     */
    private static final long[] FIGURE_CODES = FIGURE_WORDS.stream().mapToLong(w -> {
        if (w.isEmpty() || w.length() > 8 || !w.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '%' || c == '/')) {
            throw new IllegalStateException("Figure word '" + w + "' cannot be packed: 1 to 8 of a-z, % and /");
        }
        long p = 0;
        for (char c : w.toCharArray()) {
            p = (p << 8) | c;
        }
        return p;
    }).sorted().toArray();

    /** Two non-blank characters with three or more spaces between them: columns. */
    private static boolean hasColumns(String s) {
        int spaces = 0;
        boolean afterText = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
            } else {
                boolean text = !TextEnds.isRegexSpace(c);
                if (text && afterText && spaces >= 3) {
                    return true;
                }
                afterText = text;
                spaces = 0;
            }
        }
        return false;
    }

    /** Some character in [from, to) is a number ({@code \\p{N}}: digits, numerals, fractions). */
    private static boolean hasNumber(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : isNumber(s.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A non-ASCII numeral or fraction (kept out of the loop above, which runs on every paragraph of some texts). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
