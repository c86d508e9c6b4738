package io.github.corpuscheck.checks.metadata;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines in the common wire shapes: {@code WASHINGTON, Sept 4, 2023 (AFP) –}, {@code TOKYO, May 18 -},
 * {@code LONDON (Reuters) -}, {@code PARIS, 4 septembre (AFP) -}, with English or French month names. Thread-safe.
 */
public final class DatelineParser {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DASHES = Pattern.compile("[\\s\\-–—]+$");
    private static final Pattern AGENCY = Pattern.compile("\\(([^()]{1,40})\\)");
    /** Month name then day (and year): {@code Sept 4, 2023}, {@code March 2}, {@code April, 13}. */
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+\\.?),?\\s+(\\d{1,2})(?![\\p{L}\\p{N}])(?:,?\\s+(\\d{4})(?![\\p{L}\\p{N}]))?");
    /** Day then month name (and year): {@code 4 septembre}, {@code 2 March 1987}. */
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(\\p{L}+\\.?)(?![\\p{L}\\p{N}])(?:,?\\s+(\\d{4})(?![\\p{L}\\p{N}]))?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** A dateline opening a text: a place in capitals, then up to the first spaced dash. */
    private static final Pattern TEXT_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}'’./ -]*\\p{Lu}\\.?(?:,[^–—\\n]{0,60}?|\\s*\\([^()]{1,40}\\)))\\s+(?:--|[-–—])\\s");

    /**
     * Recently parsed datelines by raw text, from fields and from texts: wire datelines repeat ("NEW YORK, March 2")
     * and parsing runs several regexes. Bounded by clearing; a dateline is a function of its raw text.
     */
    private final RecentValues<Dateline> recentFields = new RecentValues<>();
    private final RecentValues<Dateline> recentTexts = new RecentValues<>();

    /** The dateline in a {@code dateline} field value, or {@code null} when blank. */
    public Dateline fromField(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value, true);
    }

    /** The dateline at the start of a text, or {@code null} when the text does not open with one. */
    public Dateline fromText(String text) {
        if (text == null) {
            return null;
        }
        // The first 200 characters of the stripped text, without stripping (copying) the whole text.
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (!mayOpenWithDateline(text, from, to)) {
            return null;
        }
        String head = collapseSpaces(text, from, Math.min(to, from + 200));
        Matcher m = TEXT_DATELINE.matcher(head);
        return m.find() ? parse(m.group(1), false) : null;
    }

    /**
     * False when the text cannot match {@link #TEXT_DATELINE}, judged by its first two characters: a capital, then a
     * capital, a mark or one of {@code '’./ -}. Most texts open with an ordinary word and skip the regex.
     */
    private static boolean mayOpenWithDateline(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        char c0 = s.charAt(from);
        char c1 = s.charAt(from + 1);
        if (Character.isSurrogate(c0) || Character.isSurrogate(c1)) {
            return true; // a supplementary character: left to the regex
        }
        if (Character.getType(c0) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int t1 = Character.getType(c1);
        return t1 == Character.UPPERCASE_LETTER || t1 == Character.NON_SPACING_MARK || t1 == Character.ENCLOSING_MARK
                || t1 == Character.COMBINING_SPACING_MARK || "'’./ -".indexOf(c1) >= 0
                || Character.isWhitespace(c1); // runs of whitespace become one space in the head
    }

    /** {@code s[from, to)} with every run of regex whitespace ({@code \\s}) as one space; runs on every text. */
    private static String collapseSpaces(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }

    Dateline parse(String raw, boolean fromField) {
        return (fromField ? recentFields : recentTexts).get(raw, value -> parseUncached(value, fromField));
    }

    private Dateline parseUncached(String raw, boolean fromField) {
        String text = TRAILING_DASHES.matcher(SPACES.matcher(raw.strip()).replaceAll(" ")).replaceAll("");
        String agency = null;
        String rest = text;
        Matcher a = AGENCY.matcher(text);
        while (a.find()) {
            agency = a.group(1).trim();
        }
        if (agency != null) {
            rest = AGENCY.matcher(text).replaceAll(" ").trim();
        }
        int comma = rest.indexOf(',');
        String place = (comma >= 0 ? rest.substring(0, comma) : rest).trim();
        String datePart = comma >= 0 ? rest.substring(comma + 1).trim() : rest;
        int[] date = findDate(datePart);
        if (date != null && date[0] > 0) {
            return new Dateline(text, fromField, place, date[0], date[1], date[2], agency, null);
        }
        String unreadable = null;
        if (date != null || (comma >= 0 && looksLikeDate(datePart))) {
            unreadable = datePart;
            // Name only the part that tries to be a date: "Nev., Mach 4" -> "Mach 4".
            String[] parts = datePart.split(",");
            for (int i = 0; i < parts.length; i++) {
                if (looksLikeDate(parts[i])) {
                    unreadable = String.join(",", Arrays.copyOfRange(parts, i, parts.length)).trim();
                    break;
                }
            }
        }
        return new Dateline(text, fromField, place, 0, 0, 0, agency, unreadable);
    }

    /**
     * {month, day, year} of the first month-and-day in the text; {0, 0, 0} when a month has an impossible day;
     * {@code null} when there is no month-and-day at all.
     */
    private static int[] findDate(String s) {
        int[] impossible = null;
        int[] best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher md = MONTH_DAY.matcher(s);
        while (md.find()) {
            int month = MonthNames.month(md.group(1));
            if (month > 0) {
                int[] d = check(month, md.group(2), md.group(3));
                if (d[0] > 0) {
                    best = d;
                    bestAt = md.start();
                    break;
                }
                impossible = d;
            }
        }
        Matcher dm = DAY_MONTH.matcher(s);
        while (dm.find() && dm.start() < bestAt) {
            int month = MonthNames.month(dm.group(2));
            if (month > 0) {
                int[] d = check(month, dm.group(1), dm.group(3));
                if (d[0] > 0) {
                    best = d;
                    break;
                }
                impossible = d;
            }
        }
        return best != null ? best : impossible;
    }

    private static int[] check(int month, String dayText, String yearText) {
        int day = Integer.parseInt(dayText);
        int year = yearText == null ? 0 : Integer.parseInt(yearText);
        int max = year > 0 ? YearMonth.of(year, month).lengthOfMonth() : YearMonth.of(2000, month).lengthOfMonth();
        return day >= 1 && day <= max ? new int[] {month, day, year} : new int[] {0, 0, 0};
    }

    /** A digit or a month name where a date would stand: {@code Narch 2}, {@code April -}, {@code March 2O}. */
    private static boolean looksLikeDate(String s) {
        if (DIGIT.matcher(s).find()) {
            return true;
        }
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            if (MonthNames.month(w.group()) > 0) {
                return true;
            }
        }
        return false;
    }
}
