package io.github.corpuscheck.checks.duplicate;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.github.corpuscheck.internal.LongList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Splits normalised text into word codes, the input of the shingle hashes. Words are runs of letters and digits
 * ({@link Character#isLetterOrDigit}); a {@code .} or {@code ,} between two digits stays inside the figure, so
 * {@code 65.50} is one word. A word of up to 8 Latin-1 characters (most words) is coded as its characters packed into
 * a long, first character in the lowest byte: exact and free, since word characters are never 0 (so lengths cannot
 * be confused). A longer Latin-1 word is the XXH3 hash of its bytes, any other word the hash of its chars.
 */
final class Words {

    /**
     * Stored, through the shingles: word codes feed the signatures whose band keys the incremental cache keeps.
     * XXH3-64 without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Words() {}

    /**
     * Adds the code of each word of the buffer's text [from, n) to {@code out}, and a hash of each figure to
     * {@code numbers} if given (a word that starts with a digit, or an English number word). Returns the number of
     * words that contain a letter (figures and table cells alone do not make a paragraph worth indexing).
     * {@code ascii}: the text is all ASCII, so its bytes can be scanned eight at a time.
     */
    static int tokenize(TextNormalizer.Buffer buf, int from, int n, boolean ascii, LongList out, LongList numbers) {
        return ascii ? tokenizeAscii(buf.bytes, from, n, out, numbers) : tokenizeChars(buf, from, n, out, numbers);
    }

    // ---- eight ASCII bytes at a time ----

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /** High bit of each byte of ASCII {@code x} that is at least {@code c}. */
    private static long atLeast(long x, int c) {
        return ((x | HIGH_BITS) - LOW_BITS * c) & HIGH_BITS;
    }

    /** High bit of each byte of {@code x} that is {@code c}. */
    private static long equal(long x, int c) {
        long t = x ^ (LOW_BITS * c);
        return ~(((t & SEVEN_BITS) + SEVEN_BITS) | t | SEVEN_BITS);
    }

    /** The high bits of the eight bytes as an 8-bit mask, byte 0 in bit 0. */
    private static int compress(long highBits) {
        return (int) (((highBits >>> 7) * 0x0102040810204080L) >>> 56);
    }

    /** The low {@code bytes} bytes. */
    private static long lowBytes(int bytes) {
        return bytes >= 8 ? -1L : (1L << (8 * bytes)) - 1;
    }

    /**
     * {@link #tokenizeChars} for ASCII text, eight bytes per step: masks of letters, digits and in-figure separators
     * say where words are, so the per-character branches (mispredicted at every word end) become a few per word.
     * {@code WordsTest} checks it against {@link #tokenizeChars} on random text.
     */
    static int tokenizeAscii(byte[] b, int from, int n, LongList out, LongList numbers) {
        int lettered = 0;
        boolean inWord = false; // a word runs on from the previous step
        long word = 0;
        int wordLength = 0;
        int wordStart = 0;
        boolean wordLetter = false;
        long digitBefore = 0; // high bit of byte 0 set when the byte before this step is a digit
        for (int i = from; i < n; i += 8) {
            int available = n - i;
            long x;
            if (available >= 8) {
                x = (long) LITTLE_ENDIAN_LONG.get(b, i);
            } else {
                x = 0; // zero bytes are not word characters
                for (int k = available - 1; k >= 0; k--) {
                    x = (x << 8) | (b[i + k] & 0xff);
                }
            }
            long digits = atLeast(x, '0') & ~atLeast(x, '9' + 1);
            long letters = (atLeast(x, 'a') & ~atLeast(x, 'z' + 1)) | (atLeast(x, 'A') & ~atLeast(x, 'Z' + 1));
            long wordChars = letters | digits;
            long separators = equal(x | (LOW_BITS * 2), '.'); // '.' and ',' (0x2E, 0x2C) are the bytes b with b | 2 == '.'
            if (separators != 0) {
                long digitAfter = available > 8 && isAsciiDigit(b[i + 8]) ? 1L << 63 : 0;
                wordChars |= separators & ((digits << 8) | digitBefore) & ((digits >>> 8) | digitAfter);
            }
            digitBefore = (digits >>> 63) << 7;
            int m = compress(wordChars);
            int lm = compress(letters);
            if (inWord) {
                int run = Integer.numberOfTrailingZeros(~m); // word characters continuing the word, 0 to 8
                if (wordLength + run <= 8) {
                    word |= (x & lowBytes(run)) << (8 * wordLength);
                }
                wordLength += run;
                wordLetter |= (lm & ((1 << run) - 1)) != 0;
                if (run == 8) {
                    continue;
                }
                lettered += emit(b, word, wordStart, wordLength, wordLetter, out, numbers);
                inWord = false;
                m &= -(1 << run);
            }
            while (m != 0) {
                int s = Integer.numberOfTrailingZeros(m);
                int run = Integer.numberOfTrailingZeros(~(m >>> s));
                long part = (x >>> (8 * s)) & lowBytes(run);
                boolean letter = ((lm >>> s) & ((1 << run) - 1)) != 0;
                if (s + run == 8) { // the word may go on in the next step
                    inWord = true;
                    word = part;
                    wordLength = run;
                    wordStart = i + s;
                    wordLetter = letter;
                    break;
                }
                lettered += emit(b, part, i + s, run, letter, out, numbers);
                m &= ~(((1 << run) - 1) << s);
            }
        }
        if (inWord) {
            lettered += emit(b, word, wordStart, wordLength, wordLetter, out, numbers);
        }
        return lettered;
    }

    private static boolean isAsciiDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int emit(byte[] b, long packed, int start, int length, boolean letter, LongList out, LongList numbers) {
        long code = length <= 8 ? packed : XXH3.hashBytesToLong(b, start, length);
        out.add(code);
        if (numbers != null && (isAsciiDigit(b[start]) || isNumberWord(code))) {
            numbers.add(XXH3.hashLongToLong(code)); // mixed: profiles keep the high 32 bits
        }
        return letter ? 1 : 0;
    }

    // ---- any text, one char at a time ----

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CLASS[c] = LETTER;
            ASCII_CLASS[c - 32] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_CLASS[c] = DIGIT;
        }
    }

    /** Word characters are letters and digits ({@link Character#isLetterOrDigit}); a table lookup for ASCII. */
    private static int charClass(char c) {
        if (c < 128) {
            return ASCII_CLASS[c];
        }
        return Character.isDigit(c) ? DIGIT : Character.isLetterOrDigit(c) ? LETTER : OTHER;
    }

    /** The definition: the buffer's chars (its bytes too where the text is Latin-1, for long words' hashes). */
    static int tokenizeChars(TextNormalizer.Buffer buf, int from, int n, LongList out, LongList numbers) {
        char[] p = buf.chars;
        int lettered = 0;
        int i = from;
        while (true) {
            while (i < n && charClass(p[i]) == OTHER) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean letter = false;
            long packed = 0;
            int all = 0;
            while (i < n) {
                char c = p[i];
                int cls = charClass(c);
                if (cls == LETTER) {
                    letter = true;
                } else if (cls == OTHER && !((c == '.' || c == ',') && i + 1 < n && charClass(p[i + 1]) == DIGIT
                        && charClass(p[i - 1]) == DIGIT)) {
                    break; // a '.' or ',' between digits stays inside the figure
                }
                all |= c;
                if (i - start < 8) {
                    packed |= (long) (c & 0xff) << (8 * (i - start));
                }
                i++;
            }
            int length = i - start;
            long code = all >= 0x100 ? XXH3.hashCharsToLong(buf.window(start, i))
                    : length <= 8 ? packed : XXH3.hashBytesToLong(buf.bytes, start, length);
            out.add(code);
            if (letter) {
                lettered++;
            }
            if (numbers != null && (charClass(p[start]) == DIGIT || isNumberWord(code))) {
                numbers.add(XXH3.hashLongToLong(code));
            }
        }
        return lettered;
    }

    /** The code of one word, as {@link #tokenize} computes it. */
    static long wordCode(String word) {
        int all = 0;
        long packed = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            all |= c;
            if (k < 8) {
                packed |= (long) (c & 0xff) << (8 * k);
            }
        }
        return all >= 0x100 ? XXH3.hashCharsToLong(word)
                : word.length() <= 8 ? packed : XXH3.hashBytesToLong(word.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---- number words ----

    /** English number words count as figures too ("six grain ships" vs "seven grain ships"). */
    static final String NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve"
            + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy"
            + " eighty ninety hundred thousand million billion trillion half quarter first second third fourth fifth";

    /**
     * One bit per number word among 4,096, by another part of the same product: almost every word is rejected by one
     * bit test, a branch the CPU predicts, before the table probe, whose branches it cannot (twice as slow).
     */
    private static final long[] NUMBER_FILTER = new long[64];

    /**
     * The number words in an open-addressing table (one multiply and a probe or two per word, not a search). Declared
     * after the filter, which {@link #numberTable} fills.
     */
    private static final long[] NUMBER_TABLE = numberTable();

    private static long[] numberTable() {
        long[] t = new long[128]; // power of two, under a third full; 0 marks an empty slot (no word code is 0)
        for (String w : NUMBER_WORDS.split(" ")) {
            long code = wordCode(w);
            int i = slot(code);
            while (t[i] != 0) {
                i = (i + 1) & (t.length - 1);
            }
            t[i] = code;
            int f = filterBit(code);
            NUMBER_FILTER[f >>> 6] |= 1L << f;
        }
        return t;
    }

    private static int slot(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> 57);
    }

    private static int filterBit(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> 52);
    }

    static boolean isNumberWord(long wordCode) {
        int f = filterBit(wordCode);
        if ((NUMBER_FILTER[f >>> 6] & (1L << f)) == 0) {
            return false;
        }
        for (int i = slot(wordCode); NUMBER_TABLE[i] != 0; i = (i + 1) & (NUMBER_TABLE.length - 1)) {
            if (NUMBER_TABLE[i] == wordCode) {
                return true;
            }
        }
        return false;
    }
}
