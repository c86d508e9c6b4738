package io.github.corpuscheck.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style path glob, as Ant's and plexus' {@code DirectoryScanner} read it: a {@code **} segment spans any number of
 * folders (none included), {@code *} and {@code ?} stay within one segment, and a pattern ending in {@code /} ends in
 * {@code /**} ({@code 2024/} is everything under {@code 2024}). {@code \} is read as {@code /}.
 *
 * <p>Matching never backtracks more than the classic wildcard algorithm: repeated {@code **} segments are collapsed
 * into one, and both the segments and the characters inside a segment are matched by remembering only the last
 * star. A match costs at most (pattern segments × path segments) segment comparisons, each at most (pattern
 * characters × segment characters), however many stars the pattern holds; a regular expression for
 * {@code **}{@code /**}{@code /…} backtracks exponentially.
 */
public final class AntPattern {

    private static final String ANY_FOLDERS = "**";

    /** The pattern's segments; {@link #ANY_FOLDERS} is the only special one, and never twice in a row. */
    private final String[] segments;

    public AntPattern(String glob) {
        String g = glob.trim().replace('\\', '/');
        if (g.endsWith("/")) {
            g = g + ANY_FOLDERS;
        }
        List<String> out = new ArrayList<>();
        for (String s : g.split("/", -1)) {
            if (s.equals(ANY_FOLDERS) && !out.isEmpty() && out.get(out.size() - 1).equals(ANY_FOLDERS)) {
                continue;
            }
            out.add(s);
        }
        this.segments = out.toArray(String[]::new);
    }

    /** Whether the {@code /}-separated path matches the whole pattern. */
    public boolean matches(String relativePath) {
        String[] path = relativePath.split("/", -1);
        return matchSegments(segments, segments.length, path, path.length);
    }

    /**
     * Whether some path below the folder {@code dir} ({@code dir/…}) could match: the pattern's leading segments
     * agree with the folder's (Ant's {@code matchPatternStart}).
     */
    public boolean mayMatchBelow(String dir) {
        String[] d = dir.split("/", -1);
        int p = 0;
        for (String segment : d) {
            if (p == segments.length) {
                return false;
            }
            if (segments[p].equals(ANY_FOLDERS)) {
                return true;
            }
            if (!matchSegment(segments[p], segment)) {
                return false;
            }
            p++;
        }
        return p < segments.length;
    }

    /** Whether every path below the folder {@code dir} matches: the pattern is a match of the folder or of one of its parents, then {@code /**}. */
    public boolean matchesAllBelow(String dir) {
        int m = segments.length;
        if (!segments[m - 1].equals(ANY_FOLDERS)) {
            return false;
        }
        String[] d = dir.split("/", -1);
        for (int k = 0; k <= d.length; k++) {
            if (matchSegments(segments, m - 1, d, k)) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code m} pattern segments against the first {@code n} path segments, {@code **} as a wildcard. */
    private static boolean matchSegments(String[] pat, int m, String[] path, int n) {
        int p = 0;
        int s = 0;
        int starP = -1;
        int starS = -1;
        while (s < n) {
            if (p < m && pat[p].equals(ANY_FOLDERS)) {
                starP = p++;
                starS = s;
            } else if (p < m && matchSegment(pat[p], path[s])) {
                p++;
                s++;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < m && pat[p].equals(ANY_FOLDERS)) {
            p++;
        }
        return p == m;
    }

    /** One segment against a glob of {@code *} (any characters) and {@code ?} (one character). */
    static boolean matchSegment(String glob, String text) {
        int g = 0;
        int t = 0;
        int starG = -1;
        int starT = -1;
        int gl = glob.length();
        int tl = text.length();
        while (t < tl) {
            char c = g < gl ? glob.charAt(g) : 0;
            if (g < gl && c == '*') {
                starG = g++;
                starT = t;
            } else if (g < gl && (c == '?' || c == text.charAt(t))) {
                g++;
                t++;
            } else if (starG >= 0) {
                g = starG + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (g < gl && glob.charAt(g) == '*') {
            g++;
        }
        return g == gl;
    }
}
