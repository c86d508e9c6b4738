package io.github.corpuscheck.checks.duplicate;

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
        /** Whether the last text normalised is all ASCII (then {@link Words} may scan its bytes eight at a time). */
        boolean ascii;
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
        out.length = normalize(raw, out, 0);
    }

    /**
     * Writes the normalised text into {@code out} from index {@code at} and returns its length; leading/trailing space
     * is dropped. {@code out.latin1} and {@code out.ascii} tell whether this text (not the buffer) is all Latin-1, all
     * ASCII.
     */
    int normalize(String raw, Buffer out, int at) {
        boolean ascii;
        if (caseFold && collapse) {
            int length = normalizeAscii(raw, out, at);
            if (length >= 0) {
                return length;
            }
            ascii = false; // the ASCII path gave up on a character: no need to scan for one again
        } else {
            ascii = isAscii(raw);
        }
        String s = raw;
        if (nfkc && !ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        int n = s.length();
        out.ensure(at + n);
        char[] o = out.chars;
        byte[] ob = out.bytes;
        s.getChars(0, n, o, at); // bulk copy, then rewrite in place (the write index never passes the read index)
        int w = at;
        int all = 0;
        boolean pendingSpace = false;
        for (int i = at, end = at + n; i < end; i++) {
            char c = o[i];
            if (c <= ' ' || c >= 0x80) {
                if (isSpace(c)) {
                    if (collapse) {
                        pendingSpace = w > at;
                        continue;
                    }
                    if (w == at) {
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
            while (w > at && isSpace(o[w - 1])) {
                w--;
            }
        }
        out.latin1 = all < 0x100;
        out.ascii = all < 0x80;
        return w - at;
    }

    /** ASCII lower-cased, with every ASCII whitespace character as a space. */
    private static final byte[] ASCII_FOLD = new byte[128];
    /** 1 for ASCII whitespace, else 0. */
    private static final int[] ASCII_SPACE = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean space = isSpace(c);
            ASCII_SPACE[c] = space ? 1 : 0;
            ASCII_FOLD[c] = (byte) (space ? ' ' : c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }

    /**
     * The usual case (ASCII text, case folding and whitespace collapsing on) without branches per character: every
     * character is written, and the write index does not advance for a space after a space. News text has a space
     * every few characters, which the general loop's branches mispredict. Returns -1, having written garbage, when
     * the text is not all ASCII (found by OR-ing the characters, not by a pass of its own, and within 64 characters of
     * the first non-ASCII one).
     */
    private static int normalizeAscii(String s, Buffer out, int at) {
        int n = s.length();
        out.ensure(at + n);
        char[] o = out.chars;
        byte[] ob = out.bytes;
        s.getChars(0, n, o, at);
        int w = at;
        int all = 0;
        int previousSpace = 1; // so that leading spaces are dropped
        for (int block = at, end = at + n; block < end; block += 64) {
            for (int i = block, stop = Math.min(end, block + 64); i < stop; i++) {
                char c = o[i];
                all |= c;
                byte m = ASCII_FOLD[c & 0x7f];
                int space = ASCII_SPACE[c & 0x7f];
                o[w] = (char) m;
                ob[w] = m;
                w += 1 - (space & previousSpace);
                previousSpace = space;
            }
            if (all >= 0x80) {
                return -1; // checked every 64 characters, so text in other scripts is not folded twice in full
            }
        }
        if (w > at && previousSpace == 1) {
            w--; // a trailing space
        }
        out.latin1 = true;
        out.ascii = true;
        return w - at;
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
