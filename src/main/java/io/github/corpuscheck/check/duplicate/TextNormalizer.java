package io.github.corpuscheck.check.duplicate;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises a paragraph before hashing: NFKC, case folding and whitespace collapsing, each switchable. */
final class TextNormalizer {

    private final boolean nfkc;
    private final boolean caseFold;
    private final boolean collapse;

    TextNormalizer(DuplicateConfig config) {
        this.nfkc = config.unicodeNormalization();
        this.caseFold = config.caseFolding();
        this.collapse = config.collapseWhitespace();
    }

    String normalize(String raw) {
        String s = raw;
        if (nfkc && !isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        if (collapse) {
            s = collapseWhitespace(s);
        } else {
            s = s.strip();
        }
        return caseFold ? s.toLowerCase(Locale.ROOT) : s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Runs of whitespace (including no-break spaces) become one space; leading and trailing ones go. */
    private static String collapseWhitespace(String s) {
        StringBuilder sb = null;
        boolean pendingSpace = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (sb == null) {
                // Fast path: copy nothing while the string is already collapsed.
                boolean clean = !ws || (c == ' ' && i > 0 && i < n - 1 && !isWs(s.charAt(i - 1)) && !isWs(s.charAt(i + 1)));
                if (clean) {
                    continue;
                }
                sb = new StringBuilder(n);
                sb.append(s, 0, i);
            }
            if (ws) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isWs(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
