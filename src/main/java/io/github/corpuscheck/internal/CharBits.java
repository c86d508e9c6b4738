package io.github.corpuscheck.internal;

/**
 * A set of chars as 65,536 bits (8 KB). Looking a char up has no branch on its range: with an ASCII table and a slow
 * path for the rest, the JIT compiled the ASCII side only, and the first non-ASCII char of a run (a curly quote, an
 * ellipsis) sent the methods that inlined the test back to the interpreter to be compiled again.
 */
public final class CharBits {

    private final long[] words = new long[1 << 10];

    public CharBits(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            words[c >>> 6] |= 1L << c; // a long shift uses the low 6 bits of c
        }
    }

    public boolean contains(char c) {
        return (words[c >>> 6] & (1L << c)) != 0;
    }
}
