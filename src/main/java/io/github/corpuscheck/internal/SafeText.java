package io.github.corpuscheck.internal;

import java.util.regex.Pattern;

/**
 * Text from the corpus made safe to print and to write. Java strings can hold what no UTF-8 file can: an unpaired
 * surrogate (from a JSON escape such as {@code \ud800}, or a string cut between the two halves of a pair), which a
 * UTF-8 encoder refuses. And a document id or a file name can hold line breaks, terminal escapes or a CI system's
 * commands, which must not reach a log as they are.
 */
public final class SafeText {

    /** What an unpaired surrogate becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private static final Pattern AZURE_COMMAND = Pattern.compile("##vso\\[", Pattern.CASE_INSENSITIVE);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SafeText() {}

    /** The number of unpaired surrogates in {@code s}. */
    public static int unpairedSurrogates(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    n++;
                }
            }
        }
        return n;
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD; {@code s} itself when it has none (or is null). */
    public static String wellFormed(String s) {
        if (s == null) {
            return null;
        }
        int first = firstUnpaired(s, 0);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        for (int bad = first; bad >= 0; bad = firstUnpaired(s, from)) {
            sb.append(s, from, bad).append(REPLACEMENT);
            from = bad + 1;
        }
        return sb.append(s, from, s.length()).toString();
    }

    private static int firstUnpaired(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * True for the characters that move the cursor, end a line or drive a terminal: C0 controls (tab, line feed,
     * carriage return, escape...), DEL, C1 controls (NEL, CSI...), and the line and paragraph separators.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@code s} on one line with its control characters visible: {@code \n}, {@code \r}, {@code \t}, others as
     * {@code \u001b}; unpaired surrogates become U+FFFD. Backslashes are kept as they are, so text without control
     * characters is unchanged and escaping twice changes nothing. {@code null} gives {@code "null"}.
     */
    public static String oneLine(String s) {
        s = wellFormed(String.valueOf(s));
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    /**
     * A line for a build log: {@link #oneLine} and, should the line still start (after blanks) with the prefix of a
     * GitHub Actions workflow command ({@code ::}, or the legacy {@code ##[}), that first character escaped, so the
     * CI runner shows the line instead of executing it. Azure Pipelines honours {@code ##vso[} anywhere in a line:
     * its bracket is escaped wherever it occurs.
     */
    public static String logLine(String s) {
        String line = oneLine(s);
        int start = 0;
        while (start < line.length() && (Character.isWhitespace(line.charAt(start)) || Character.isSpaceChar(line.charAt(start)))) {
            start++;
        }
        if (line.startsWith("::", start) || line.startsWith("##[", start)) {
            line = line.substring(0, start) + (line.charAt(start) == ':' ? "\\u003a" : "\\u0023") + line.substring(start + 1);
        }
        return AZURE_COMMAND.matcher(line).replaceAll("##vso\\\\u005b");
    }
}
