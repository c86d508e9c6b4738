package io.github.corpuscheck.check.duplicate;

import java.text.Normalizer;

/**
 * Normalises a paragraph before hashing: NFKC, case folding (per character, {@link Character#toLowerCase(char)})
 * and whitespace collapsing, each switchable. Writes into a reusable buffer so the first pass allocates no strings
 * for ASCII text.
 */
final class TextNormalizer {

    /** A reusable char buffer; also a {@link CharSequence} over a window of it, for hashing without copies. */
    static final class Buffer implements CharSequence {
        char[] chars = new char[1024];
        int length;
        /** The same text as bytes, valid when {@link #latin1}: hashing bytes is several times faster than chars. */
        byte[] bytes = new byte[1024];
        boolean latin1;
        private int from;
        private int to;

        void ensure(int n) {
            if (chars.length < n) {
                chars = java.util.Arrays.copyOf(chars, Math.max(n, chars.length * 2));
            }
            if (bytes.length < n) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(n, bytes.length * 2));
            }
        }

        /** This buffer viewed as the chars [from, to). */
        Buffer window(int from, int to) {
            this.from = from;
            this.to = to;
            return this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return chars[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, from + start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, from, to - from);
        }
    }

    private final boolean nfkc;
    private final boolean caseFold;
    private final boolean collapse;

    TextNormalizer(DuplicateConfig config) {
        this.nfkc = config.unicodeNormalization();
        this.caseFold = config.caseFolding();
        this.collapse = config.collapseWhitespace();
    }

    String normalize(String raw) {
        Buffer b = new Buffer();
        normalize(raw, b);
        return new String(b.chars, 0, b.length);
    }

    /** Writes the normalised text into {@code out} ({@code out.length} is set); leading/trailing space is dropped. */
    void normalize(String raw, Buffer out) {
        String s = raw;
        if (nfkc && !isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        int n = s.length();
        out.ensure(n);
        char[] o = out.chars;
        byte[] ob = out.bytes;
        s.getChars(0, n, o, 0); // bulk copy, then rewrite in place (the write index never passes the read index)
        int w = 0;
        int all = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = o[i];
            if (c <= ' ' || c >= 0x80) {
                if (isSpace(c)) {
                    if (collapse) {
                        pendingSpace = w > 0;
                        continue;
                    }
                    if (w == 0) {
                        continue;
                    }
                } else if (caseFold && c >= 0x80) {
                    c = Character.toLowerCase(c);
                }
            } else if (caseFold && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (pendingSpace) {
                ob[w] = ' ';
                o[w++] = ' ';
                pendingSpace = false;
            }
            all |= c;
            ob[w] = (byte) c;
            o[w++] = c;
        }
        if (!collapse) {
            while (w > 0 && isSpace(o[w - 1])) {
                w--;
            }
        }
        out.length = w;
        out.latin1 = all < 0x100;
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
