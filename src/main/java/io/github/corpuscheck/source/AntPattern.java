package io.github.corpuscheck.source;

import java.util.regex.Pattern;

/** Ant-style path glob: {@code **} spans directories, {@code *} and {@code ?} stay within one path segment. */
public final class AntPattern {

    private final Pattern regex;

    public AntPattern(String glob) {
        this.regex = Pattern.compile(toRegex(glob.trim().replace('\\', '/')));
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                // "**/" matches zero or more whole directories; a bare "**" matches anything.
                sb.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 3 : 2;
            } else if (c == '*') {
                sb.append("[^/]*");
                i++;
            } else if (c == '?') {
                sb.append("[^/]");
                i++;
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return sb.toString();
    }
}
