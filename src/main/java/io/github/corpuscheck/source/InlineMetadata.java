package io.github.corpuscheck.source;

import java.util.Map;

/**
 * An inline metadata prefix at the very start of a text article, as some scrapers write it: optional whitespace,
 * the word {@code date}, whitespace, an ISO date {@code yyyy-MM-dd} optionally followed by a time
 * ({@code T10:15}, {@code  10:15:30}, with seconds, fraction and zone {@code Z}/{@code +02:00} optional), and then the
 * body, usually on the same line: {@code " date 2023-09-04 WASHINGTON, Sept 4, 2023 (AFP) – ..."}. Hand-written
 * scanner: it runs on every text file.
 */
final class InlineMetadata {

    private InlineMetadata() {}

    /**
     * When {@code text} starts with the prefix, puts the date into {@code fields} under {@code date}, sets
     * {@code bodyLine[0]} to the 1-based line where the body starts and returns the body's char offset; otherwise
     * returns -1.
     */
    static int parse(String text, Map<String, String> fields, int[] bodyLine) {
        int n = text.length();
        int p = 0;
        int line = 1;
        while (p < n && ParagraphSplitter.isSpace(text.charAt(p))) {
            if (text.charAt(p) == '\n') {
                line++;
            }
            p++;
        }
        if (!text.regionMatches(true, p, "date", 0, 4) || p + 4 >= n || !isBlank(text.charAt(p + 4))) {
            return -1;
        }
        int d = p + 4;
        while (d < n && isBlank(text.charAt(d))) {
            d++;
        }
        int dateStart = d;
        if (!digits(text, d, 4) || !at(text, d + 4, '-') || !digits(text, d + 5, 2) || !at(text, d + 7, '-')
                || !digits(text, d + 8, 2)) {
            return -1;
        }
        int end = d + 10;
        int afterTime = time(text, end);
        if (afterTime > end) {
            end = afterTime;
        }
        if (end < n && !ParagraphSplitter.isSpace(text.charAt(end))) {
            return -1; // "2023-09-04x": not a date token
        }
        fields.put("date", text.substring(dateStart, end));
        int body = end;
        while (body < n && isBlank(text.charAt(body))) {
            body++;
        }
        if (body < n && text.charAt(body) == '\r') {
            body++;
        }
        if (body < n && text.charAt(body) == '\n') {
            body++;
            line++;
        }
        bodyLine[0] = line;
        return body;
    }

    /** End of an optional time after the date at {@code p}, or {@code p} when there is none. */
    private static int time(String s, int p) {
        if (p >= s.length() || (s.charAt(p) != 'T' && s.charAt(p) != ' ')) {
            return p;
        }
        int t = p + 1;
        if (!digits(s, t, 2) || !at(s, t + 2, ':') || !digits(s, t + 3, 2)) {
            return p;
        }
        int e = t + 5;
        if (at(s, e, ':') && digits(s, e + 1, 2)) {
            e += 3;
            if (at(s, e, '.') && digits(s, e + 1, 1)) {
                e += 2;
                while (digits(s, e, 1)) {
                    e++;
                }
            }
        }
        if (at(s, e, 'Z')) {
            e++;
        } else if ((at(s, e, '+') || at(s, e, '-')) && digits(s, e + 1, 2) && at(s, e + 3, ':') && digits(s, e + 4, 2)) {
            e += 6;
        }
        return e;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private static boolean digits(String s, int i, int count) {
        if (i + count > s.length()) {
            return false;
        }
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
