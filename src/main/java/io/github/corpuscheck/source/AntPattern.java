package io.github.corpuscheck.source;

import java.io.File;
import java.util.List;
import org.codehaus.plexus.util.AbstractScanner;
import org.codehaus.plexus.util.MatchPattern;
import org.codehaus.plexus.util.MatchPatterns;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * One pattern of a file set, matched by plexus-utils exactly as Maven's and Ant's {@code DirectoryScanner} match
 * {@code <includes>} and {@code <excludes>}: the pattern is trimmed, {@code \} and {@code /} both separate folders, a
 * pattern ending in a separator ends in {@code **} ({@code 2024/} is everything under {@code 2024}), a
 * {@code **} segment spans any number of folders (none included), {@code *} and {@code ?} stay within one segment,
 * case counts ({@code *.TXT} does not match {@code a.txt}, as {@code DirectoryScanner} by default), and
 * {@code %regex[...]} and {@code %ant[...]} patterns are read as there.
 *
 * <p>Cost: plexus' matcher never backtracks further than the last {@code **} (between two {@code **} it takes the
 * first place the segments fit, which is always right for globs), and inside a segment it does the same with
 * {@code *}. A match costs at most (pattern segments × path segments) segment comparisons, each at most (pattern
 * characters × segment characters), however many stars the pattern holds. A {@code %regex[...]} pattern is a Java
 * regular expression: its cost is its author's.
 */
public final class AntPattern {

    /** plexus-utils' default excludes ({@code **}{@code /.git/**}, other version-control folders, editor backups). */
    public static final List<String> DEFAULT_EXCLUDES = List.of(AbstractScanner.DEFAULTEXCLUDES);

    private final String source;
    /** The pattern with the platform's separators, as {@code DirectoryScanner} normalises it. */
    private final MatchPatterns pattern;
    private final boolean endsInAnyFolders;

    public AntPattern(String glob) {
        this.source = glob;
        String normalised = normalise(glob);
        this.pattern = MatchPatterns.from(normalised);
        String[] segments = MatchPattern.fromString(normalised).getTokenizedPathString();
        this.endsInAnyFolders = !normalised.startsWith(SelectorUtils.REGEX_HANDLER_PREFIX) && segments.length > 0
                && segments[segments.length - 1].equals("**");
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** {@code DirectoryScanner.normalizePattern}: trimmed, the platform's separator, a trailing separator means {@code **}. */
    static String normalise(String glob) {
        String p = glob.trim();
        if (p.startsWith(SelectorUtils.REGEX_HANDLER_PREFIX)) {
            return File.separatorChar == '\\' ? p.replace("/", "\\\\") : p.replace("\\\\", "/");
        }
        p = p.replace(File.separatorChar == '/' ? '\\' : '/', File.separatorChar);
        return p.endsWith(File.separator) ? p + "**" : p;
    }

    /** Whether the {@code /}-separated corpus-relative path matches the whole pattern. */
    public boolean matches(String relativePath) {
        return matches(relativePath, segments(relativePath));
    }

    /**
     * Whether the path, already cut into {@link #segments}, matches: as {@code DirectoryScanner} matches a file
     * (which cuts each name once for all patterns; a leading {@code /} of a pattern is then not significant).
     */
    public boolean matches(String relativePath, char[][] segments) {
        return pattern.matches(platform(relativePath), segments, true);
    }

    /** The path's folder and file names (empty ones dropped), as plexus cuts a path. */
    public static char[][] segments(String relativePath) {
        String[] names = MatchPattern.tokenizePathToString(relativePath, "/");
        char[][] out = new char[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].toCharArray();
        }
        return out;
    }

    /**
     * Whether some path below the folder {@code dir} ({@code dir/…}) could match: {@code DirectoryScanner}'s
     * {@code couldHoldIncluded} (the pattern's leading segments, up to its first {@code **}, agree with the folder's).
     */
    public boolean mayMatchBelow(String dir) {
        return pattern.matchesPatternStart(platform(dir), true);
    }

    /**
     * Whether every path below the folder {@code dir} matches: the pattern ends in {@code **} and matches the folder
     * itself (then whatever follows the folder is more of what that {@code **} spans).
     */
    public boolean matchesAllBelow(String dir) {
        return endsInAnyFolders && matches(dir);
    }

    private static String platform(String path) {
        return File.separatorChar == '/' ? path : path.replace('/', File.separatorChar);
    }

    @Override
    public String toString() {
        return source;
    }
}
