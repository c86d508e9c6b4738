package io.github.corpuscheck.checks.metadata;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads date values with an ordered list of {@code java.time} patterns. Before parsing the value is trimmed, runs
 * of whitespace become one space, {@code Sept} becomes {@code Sep} and a dot after a month abbreviation is dropped;
 * month names match in any case. A pattern is either a {@link DateTimeFormatter} pattern (English month names,
 * strict calendar: no 31 April, no hour 24) or one of the names {@code ISO_DATE_TIME}, {@code ISO_DATE},
 * {@code RFC_1123}. A fraction of second written {@code .S} (any number of {@code S}, optionally in brackets)
 * accepts one to nine digits.
 *
 * <p>The first pattern that reads the whole value wins. When none does, the longest valid date at the start of the
 * value makes it {@link ParsedDate.Status#NOISY} (the rest is noise); otherwise it is invalid. Thread-safe.
 */
public final class DateParser {

    public static final List<String> DEFAULT_PATTERNS = List.of(
            "ISO_DATE_TIME",
            "ISO_DATE",
            "d-MMM-uuuu HH:mm:ss[.SS]",
            "MMM d, uuuu",
            "MMMM d, uuuu",
            "d MMMM uuuu",
            "d MMM uuuu",
            "RFC_1123");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
    private static final Pattern MONTH_ABBREVIATION_DOT =
            Pattern.compile("(?i)\\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.(?=\\s|$)");
    private static final Pattern FRACTION = Pattern.compile("\\[\\.S+\\]|\\.S+");

    /** How java.time words an error found after the whole text was read (a field value, not the syntax). */
    private static final String RESOLVE_ERROR = "could not be parsed: ";

    private final List<String> patterns;
    private final List<DateTimeFormatter> formatters;
    /**
     * Recently parsed values: a corpus repeats the same date strings (one per day of news) thousands of times, and
     * parsing tries every pattern. Bounded by clearing; the result is a function of the value, so order is irrelevant.
     */
    private final RecentValues<ParsedDate> recent = new RecentValues<>();

    public DateParser(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.formatters = new ArrayList<>();
        for (String p : patterns) {
            formatters.add(compile(p));
        }
    }

    public List<String> patterns() {
        return patterns;
    }

    /** Builds the formatter of one configured pattern; a bad pattern is a configuration error. */
    static DateTimeFormatter compile(String pattern) {
        String p = pattern.trim();
        switch (p) {
            case "ISO_DATE_TIME":
                return DateTimeFormatter.ISO_DATE_TIME;
            case "ISO_DATE":
                return DateTimeFormatter.ISO_DATE;
            case "RFC_1123":
                return DateTimeFormatter.RFC_1123_DATE_TIME;
            default:
                break;
        }
        try {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
            Matcher m = FRACTION.matcher(p);
            int from = 0;
            while (m.find()) {
                boolean optional = m.group().startsWith("[");
                appendPattern(b, p.substring(from, m.start()));
                if (optional) {
                    b.optionalStart();
                }
                b.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true);
                if (optional) {
                    b.optionalEnd();
                }
                from = m.end();
            }
            appendPattern(b, p.substring(from));
            return b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid date pattern '" + pattern + "': " + e.getMessage());
        }
    }

    /** Appends a pattern part with {@code y} (year of era) read as {@code u} (year), as strict resolving needs. */
    private static void appendPattern(DateTimeFormatterBuilder b, String part) {
        if (part.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder(part.length());
        boolean quoted = false;
        for (char c : part.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        b.appendPattern(out.toString());
    }

    /** The value with whitespace and month spellings normalised (not a finding by itself). */
    static String normalise(String value) {
        String v = SPACES.matcher(value.trim()).replaceAll(" ");
        v = SEPT.matcher(v).replaceAll("Sep");
        return MONTH_ABBREVIATION_DOT.matcher(v).replaceAll("$1");
    }

    public ParsedDate parse(String value) {
        return recent.get(value, this::parseUncached);
    }

    private ParsedDate parseUncached(String value) {
        String v = normalise(value);
        String bestReason = null;
        int bestErrorIndex = -1;
        for (int i = 0; i < formatters.size(); i++) {
            // A syntax check without exceptions first: most values fail most patterns.
            ParsePosition pos = new ParsePosition(0);
            if (formatters.get(i).parseUnresolved(v, pos) == null || pos.getIndex() != v.length()) {
                int at = pos.getErrorIndex() >= 0 ? pos.getErrorIndex() : pos.getIndex();
                if (at > bestErrorIndex) {
                    bestErrorIndex = at;
                    bestReason = at >= v.length() ? "ends too early" : "unreadable from '" + v.substring(at) + "'";
                }
                continue;
            }
            try {
                LocalDate d = dateOf(formatters.get(i).parse(v));
                if (d != null) {
                    return new ParsedDate(ParsedDate.Status.VALID, d, v, "", patterns.get(i), "");
                }
            } catch (DateTimeParseException e) {
                // A value error (month 13, 31 April, wrong weekday) says more than "unparseable at index n".
                bestErrorIndex = Integer.MAX_VALUE;
                bestReason = reason(e, v);
            }
        }
        // A value that a pattern reads whole but with an impossible field (hour 25) is invalid, not noisy.
        ParsedDate prefix = bestErrorIndex == Integer.MAX_VALUE ? null : longestPrefix(v);
        if (prefix != null) {
            return prefix;
        }
        return new ParsedDate(ParsedDate.Status.INVALID, null, v, "", null, bestReason == null ? "not a date" : bestReason);
    }

    private ParsedDate longestPrefix(String v) {
        int bestEnd = 0;
        LocalDate bestDate = null;
        String bestPattern = null;
        for (int i = 0; i < formatters.size(); i++) {
            ParsePosition probe = new ParsePosition(0);
            if (formatters.get(i).parseUnresolved(v, probe) == null || probe.getIndex() <= bestEnd) {
                continue;
            }
            ParsePosition pos = new ParsePosition(0);
            try {
                TemporalAccessor t = formatters.get(i).parse(v, pos);
                LocalDate d = dateOf(t);
                if (d != null && pos.getIndex() > bestEnd) {
                    bestEnd = pos.getIndex();
                    bestDate = d;
                    bestPattern = patterns.get(i);
                }
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                // this pattern reads no valid date at the start
            }
        }
        if (bestDate == null) {
            return null;
        }
        if (bestEnd < v.length() && Character.isDigit(v.charAt(bestEnd)) && Character.isDigit(v.charAt(bestEnd - 1))) {
            return null; // digits run on ("2023-09-0412"): a malformed value, not a date plus noise
        }
        String cleaned = v.substring(0, bestEnd).trim();
        return new ParsedDate(ParsedDate.Status.NOISY, bestDate, cleaned, v.substring(bestEnd), bestPattern, "");
    }

    private static LocalDate dateOf(TemporalAccessor t) {
        return t.query(TemporalQueries.localDate());
    }

    private static String reason(DateTimeParseException e, String v) {
        String msg = e.getMessage();
        int at0 = msg.indexOf(RESOLVE_ERROR);
        if (at0 >= 0) {
            return msg.substring(at0 + RESOLVE_ERROR.length());
        }
        int at = Math.min(Math.max(e.getErrorIndex(), 0), v.length());
        return at >= v.length() ? "ends too early" : "unreadable from '" + v.substring(at) + "'";
    }
}
