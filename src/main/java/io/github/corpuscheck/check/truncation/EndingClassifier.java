package io.github.corpuscheck.check.truncation;

import io.github.corpuscheck.model.Paragraph;
import io.github.corpuscheck.model.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern SENTENCE_END_THEN_SPACE = PhraseList.SENTENCE_END_THEN_SPACE;
    private static final Pattern WORD_HYPHEN = Pattern.compile("\\p{L}[-‐]$");
    private static final Pattern WORD_DASH = Pattern.compile("[\\p{L}\\p{N}]\\s+[-–—]+$");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}'’]+)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•·▪–—]\\s|\\(?\\d{1,2}[.)]\\s|\\(?[a-z][.)]\\s)");
    /** "...it added. -" or "... the underwriter said. /": a stray mark after a finished sentence. */
    private static final Pattern DECORATION_AFTER_END = Pattern.compile("([.!?…。！？][\"'”’»)\\]]*)\\s*[-–—/=*#_~]+$");
    /** An editor's note in brackets: "(corrects spelling of town in line five)". */
    /** "...95 cts a share. (Corrects spelling of company name)": a note after a finished sentence. */
    private static final Pattern NOTE_AFTER_END = Pattern.compile("([.!?…。！？][\"'”’»]*)\\s+[(\\[][^()\\[\\]]*[)\\]]$");
    /** A wire correction note: "--corrects convictions", "... dlrs. -- Corrects name of purchaser". */
    private static final Pattern CORRECTION_NOTE = Pattern.compile("(?i)(?:^|[.!?]\\s)\\W*(?:corrects?|correcting|correction)\\b[^.!?]*$");
    /** Lines this short at the end, two or more, none ending a sentence, are a list, table or signature block. */
    static final int SHORT_LINE_WORDS = 8;
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^[(\\[].*[)\\]]$");
    private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** Words that end figure lines of wire tables ("Revs 12.4 mln vs 11.9 mln", "Business nil"). */
    private static final Set<String> FIGURE_WORDS = Set.of("mln", "bln", "billion", "million", "pct", "cts", "ct", "dlrs",
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
        String core = stripClosers(NOTE_AFTER_END.matcher(t).replaceFirst("$1"));
        core = DECORATION_AFTER_END.matcher(core).replaceFirst("$1");
        if (core.isEmpty()) {
            return null;
        }
        char last = core.charAt(core.length() - 1);
        if (TERMINALS.indexOf(last) >= 0) {
            return null; // an unclosed quote before a full stop is far more often a typo than a cut (Reuters)
        }
        if (COMMAS.indexOf(last) >= 0) {
            return new Verdict(TruncationRules.MID_SENTENCE, last == ';' || last == '；' ? "semicolon" : "comma",
                    String.valueOf(last));
        }
        if (WORD_HYPHEN.matcher(core).find()) {
            return new Verdict(TruncationRules.MID_SENTENCE, "hyphen", String.valueOf(last));
        }
        // Finished shapes without a full stop: figure lines and tables, list items, capitals-only headings or captions.
        if (isFigures(core) || LIST_ITEM.matcher(t).find() || BRACKETED_NOTE.matcher(t).find()
                || CORRECTION_NOTE.matcher(t).find() || endsInShortLines(body) || isCapitalsOnly(core) || isTabular(body)) {
            return null;
        }
        Matcher w = LAST_WORD.matcher(core);
        if (w.find()) {
            String word = w.group(1);
            if (word.equals(word.toLowerCase(Locale.ROOT)) && dangling.forLanguage(language).contains(word)) {
                return new Verdict(TruncationRules.MID_SENTENCE, "dangling-word", word);
            }
        }
        if (WORD_DASH.matcher(core).find() && !startsWithDash(core)) {
            return new Verdict(TruncationRules.MID_SENTENCE, "dash", String.valueOf(last));
        }
        String unclosed = unclosed(t);
        if (unclosed != null) {
            return new Verdict(TruncationRules.MID_SENTENCE, unclosed, unclosedChar(t, unclosed));
        }
        return new Verdict(TruncationRules.NO_TERMINAL_PUNCTUATION, "no-terminal-punctuation", String.valueOf(last));
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
        int figures = 0;
        for (Paragraph p : body) {
            if (isFigures(stripClosers(p.text().strip()))) {
                figures++;
            }
        }
        return figures >= 2 && figures * 5 >= body.size();
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
        if (COLUMNS.matcher(core).find() && DIGIT.matcher(core).find()) {
            return true; // a table row laid out in columns
        }
        String seg = core;
        Matcher m = SENTENCE_END_THEN_SPACE.matcher(core);
        while (m.find()) {
            seg = core.substring(m.end());
        }
        String[] tokens = seg.strip().split("\\s+");
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            return false;
        }
        int digits = 0;
        for (String tok : tokens) {
            if (DIGIT.matcher(tok).find()) {
                digits++;
            }
        }
        for (String tok : tokens) {
            if (tok.equalsIgnoreCase("vs") || tok.equalsIgnoreCase("vs.")) {
                return true; // "Qtly div nine cts vs nine cts prior"
            }
        }
        String lastTok = tokens[tokens.length - 1];
        boolean figureWord = false;
        for (String part : lastTok.toLowerCase(Locale.ROOT).split("/")) {
            figureWord |= FIGURE_WORDS.contains(part.replaceAll("[^\\p{L}%]", ""));
        }
        if (digits == 0) {
            return figureWord && tokens.length <= 3; // "nil", "all unquoted" under a table
        }
        if (DIGIT.matcher(lastTok).find()) {
            return true;
        }
        return figureWord || digits * 4 >= tokens.length;
    }
}
