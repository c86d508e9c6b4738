package io.github.corpuscheck.source;

import java.util.Map;

/**
 * Front matter at the top of a text article: a line {@code ---}, then {@code key: value} lines, then a closing
 * {@code ---} line. Keys are logical field names ({@code id}, {@code title}, {@code date}, ...) or custom ones, kept
 * as written (trimmed); values are trimmed and lose one pair of surrounding quotes. Lines without a colon, comments
 * ({@code #}) and blank lines are ignored. Without a closing fence the text has no front matter.
 */
final class FrontMatter {

    private FrontMatter() {}

    /**
     * Parses front matter at the start of {@code text} into {@code fields}. Returns the char offset where the body
     * starts and sets {@code bodyLine[0]} to the body's 1-based line, or returns -1 when there is no front matter.
     */
    static int parse(String text, Map<String, String> fields, int[] bodyLine) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            return -1;
        }
        int pos = next(text, firstEnd);
        int line = 2;
        // First find the closing fence, so a text that merely starts with "---" keeps all its content.
        int scan = pos;
        int closeStart = -1;
        int closeLine = line;
        while (scan >= 0 && scan < text.length()) {
            int end = lineEnd(text, scan);
            if (isFence(text, scan, end)) {
                closeStart = scan;
                break;
            }
            scan = next(text, end);
            closeLine++;
        }
        if (closeStart < 0) {
            return -1;
        }
        while (pos < closeStart) {
            int end = lineEnd(text, pos);
            addPair(text, pos, end, fields);
            pos = next(text, end);
        }
        int bodyStart = next(text, lineEnd(text, closeStart));
        bodyLine[0] = closeLine + 1;
        return bodyStart < 0 ? text.length() : bodyStart;
    }

    private static void addPair(String text, int start, int end, Map<String, String> fields) {
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon >= end) {
            return;
        }
        String key = text.substring(start, colon).strip();
        if (key.isEmpty() || key.charAt(0) == '#' || key.charAt(0) == '-') {
            return;
        }
        String value = text.substring(colon + 1, end).strip();
        if (value.length() >= 2) {
            char q = value.charAt(0);
            if ((q == '"' || q == '\'') && value.charAt(value.length() - 1) == q) {
                value = value.substring(1, value.length() - 1);
            }
        }
        fields.put(key, value);
    }

    private static boolean isFence(String text, int start, int end) {
        int e = end;
        while (e > start && ParagraphSplitter.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e - start == 3 && text.startsWith("---", start);
    }

    /** End of the line starting at {@code pos} (index of its '\n', or the text length). */
    static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    /** Start of the next line, or -1 when {@code end} is the end of the text. */
    private static int next(String text, int end) {
        return end < text.length() ? end + 1 : -1;
    }
}
