package io.github.corpuscheck.checks.duplicate;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.internal.LongList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document body into its {@link Fingerprint} (first pass) or its exact {@link ShingleProfile} (second pass).
 * Shingles are runs of {@code shingleSize} consecutive {@link Words} across paragraph ends.
 * Thread-safe: per-thread hashers live in thread locals.
 */
final class Fingerprinter {

    /**
     * Stored: the text hash, paragraph hashes, shingle hashes and band keys made with it are kept in the incremental
     * cache. XXH3-64 without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WIRE_DATE = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private final DuplicateConfig config;
    private final TextNormalizer normalizer;
    private final SimilarityHashPolicy policy;
    private final ThreadLocal<SimilarityHasher> minHasher;
    /** Whether fingerprints carry the exact shingle set, for {@link ShingleSpill}. */
    private final boolean spill;
    private final ThreadLocal<LongList> figureBuffer = ThreadLocal.withInitial(() -> new LongList(64));
    /** Word hashes and shingles of the document being fingerprinted, reused per thread. */
    private final ThreadLocal<LongList> tokenBuffer = ThreadLocal.withInitial(() -> new LongList(2048));
    private final ThreadLocal<long[][]> shingleBuffer = ThreadLocal.withInitial(() -> new long[1][2048]);
    private final ThreadLocal<TextNormalizer.Buffer> buffer = ThreadLocal.withInitial(TextNormalizer.Buffer::new);
    private final ThreadLocal<TextNormalizer.Buffer> bodyBuffer = ThreadLocal.withInitial(TextNormalizer.Buffer::new);
    private final boolean needDates;

    Fingerprinter(DuplicateConfig config) {
        this.config = config;
        this.normalizer = new TextNormalizer(config);
        this.policy = minHashPolicy(config.bands() * config.rows());
        this.minHasher = ThreadLocal.withInitial(policy::createHasher);
        this.needDates = config.representative() == RepresentativePolicy.EARLIEST_DATE;
        this.spill = config.spillDirectory() != null;
    }

    /**
     * The MinHash policy for signatures of {@code components} 32-bit components. Stored: the band keys made from its
     * signatures are kept in the incremental cache and met by those of edited documents, so its version is pinned
     * (hash4j's default version may change in any release; V1 never does).
     */
    static SimilarityHashPolicy minHashPolicy(int components) {
        // SuperMinHash: one pass over the shingles, not one hash per shingle and component like classic MinHash.
        return SimilarityHashing.superMinHash(components, 32, SuperMinHashVersion.V1);
    }

    /** The first-pass fingerprint, or {@code null} when the body is empty. */
    Fingerprint fingerprint(List<Paragraph> body, String date) {
        // Each paragraph is normalised straight into the joined body (paragraphs joined by one space, so paragraph
        // layout does not matter for exact copies), and hashed and tokenised there.
        TextNormalizer.Buffer joined = bodyBuffer.get();
        int bodyLength = 0;
        long[] paragraphHashes = new long[body.size()];
        int kept = 0;
        LongList tokens = tokenBuffer.get();
        tokens.clear();
        LongList figures = spill ? figureBuffer.get() : null;
        if (figures != null) {
            figures.clear();
        }
        boolean latin1 = true;
        int last = 0;
        for (Paragraph para : body) {
            int at = kept > 0 ? bodyLength + 1 : 0;
            int len = normalizer.normalize(para.text(), joined, at);
            if (len == 0) {
                continue;
            }
            if (kept > 0) {
                joined.chars[bodyLength] = ' ';
                joined.bytes[bodyLength] = ' ';
            }
            long hash = paragraphHash(joined, at, len, joined.latin1);
            latin1 &= joined.latin1;
            int words = Words.tokenize(joined, at, at + len, joined.ascii, tokens, figures);
            boolean indexed = words >= config.minParagraphWords();
            paragraphHashes[kept++] = hash | (indexed ? 1L : 0L);
            bodyLength = at + len;
            last = len;
        }
        int chars = bodyLength;
        if (kept == 0) {
            return null;
        }
        int words = tokens.size();
        int[] bands = null;
        Fingerprint.ExactShingles exact = null;
        if (words >= Math.max(1, config.minWords())) {
            long[][] reuse = shingleBuffer.get();
            int count = shingleCount(tokens.size());
            if (reuse[0].length < count) {
                reuse[0] = new long[count + count / 2];
            }
            long[] shingles = reuse[0];
            shingles(tokens, shingles);
            byte[] signature = minHasher.get().compute(ElementHashProvider.ofFunction(k -> shingles[k], count));
            if (spill) {
                exact = ShingleSpill.entry(shingles, count, figures.array(), figures.size());
            }
            bands = new int[config.bands()];
            for (int b = 0; b < bands.length; b++) {
                long h = b;
                for (int r = 0; r < config.rows(); r++) {
                    h = XXH3.hashLongLongToLong(h, policy.getComponent(signature, b * config.rows() + r));
                }
                bands[b] = (int) h;
            }
        }
        long textHash = latin1 ? XXH3.hashBytesToLong(joined.bytes, 0, bodyLength)
                : XXH3.hashCharsToLong(joined.window(0, bodyLength));
        return new Fingerprint(textHash, words, chars,
                kept == paragraphHashes.length ? paragraphHashes : Arrays.copyOf(paragraphHashes, kept), last, bands,
                needDates ? dateKey(date) : Integer.MAX_VALUE, exact);
    }

    /**
     * The exact shingle set of a body as the first pass saw it: its first {@code count} non-empty normalised
     * paragraphs, the last one cut to {@code lastLength} chars when that is what the first pass hashed as
     * {@code lastHash} (the trailer check may have cut the last body paragraph).
     */
    ShingleProfile profile(List<Paragraph> paragraphs, int count, long lastHash, int lastLength) {
        LongList tokens = new LongList(512);
        LongList numbers = new LongList(16);
        TextNormalizer.Buffer buf = buffer.get();
        int seen = 0;
        for (Paragraph para : paragraphs) {
            if (seen == count) {
                break;
            }
            normalizer.normalize(para.text(), buf);
            int len = buf.length;
            if (len == 0) {
                continue;
            }
            seen++;
            if (seen == count && len > lastLength && paragraphHash(buf, 0, len, buf.latin1) != lastHash) {
                int cut = lastLength; // normalised text has no leading space: only the end can need stripping
                while (cut > 0 && Character.isWhitespace(buf.chars[cut - 1])) {
                    cut--;
                }
                if (paragraphHash(buf, 0, cut, buf.latin1) == lastHash) {
                    len = cut;
                }
            }
            Words.tokenize(buf, 0, len, buf.ascii, tokens, numbers);
        }
        long[] sh = new long[shingleCount(tokens.size())];
        shingles(tokens, sh);
        return new ShingleProfile(high32(sh, sh.length), high32(numbers.array(), numbers.size()), tokens.size());
    }

    /**
     * Hash of a normalised paragraph, the buffer's chars [from, from + len), without the indexed bit. Text made only
     * of Latin-1 characters (most news) is hashed as its Latin-1 bytes, the rest as chars; equal texts always take
     * the same way. {@code knownLatin1}: the caller knows these chars are all Latin-1.
     */
    static long paragraphHash(TextNormalizer.Buffer buf, int from, int len, boolean knownLatin1) {
        boolean latin1 = knownLatin1;
        if (!latin1) { // the text as a whole is not, but these chars may be
            latin1 = true;
            for (int i = from; i < from + len && latin1; i++) {
                latin1 = buf.chars[i] < 0x100;
            }
        }
        return (latin1 ? XXH3.hashBytesToLong(buf.bytes, from, len) : XXH3.hashCharsToLong(buf.window(from, from + len)))
                & ~1L;
    }

    /** Number of shingles of a text of {@code words} words: a short text is one shingle, an empty one none. */
    private int shingleCount(int words) {
        int k = config.shingleSize();
        return words == 0 ? 0 : words >= k ? words - k + 1 : 1;
    }

    /** Writes the shingle hashes of the word hashes into {@code out} (at least {@link #shingleCount} long). */
    private void shingles(LongList tokens, long[] out) {
        int k = config.shingleSize();
        int n = tokens.size();
        int count = shingleCount(n);
        int width = Math.min(k, n);
        long[] t = tokens.array();
        for (int i = 0; i < count; i++) {
            // Fixed-size XXH3 calls folded over the words: far cheaper than a hash stream per shingle.
            long h;
            int j;
            if (width >= 3) {
                h = XXH3.hashLongLongLongToLong(t[i], t[i + 1], t[i + 2]);
                j = 3;
            } else {
                h = width == 1 ? XXH3.hashLongToLong(t[i]) : XXH3.hashLongLongToLong(t[i], t[i + 1]);
                j = width;
            }
            for (; j + 1 < width; j += 2) {
                h = XXH3.hashLongLongLongToLong(h, t[i + j], t[i + j + 1]);
            }
            if (j < width) {
                h = XXH3.hashLongLongToLong(h, t[i + j]);
            }
            out[i] = h;
        }
    }

    /** The set of the high 32 bits of the values (the low bits add nothing to a set of a few hundred). */
    private static IntSet high32(long[] values, int n) {
        return new IntSet(high32Array(values, n), n);
    }

    private static int[] high32Array(long[] values, int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = (int) (values[i] >>> 32);
        }
        return v;
    }

    /** Epoch day of an ISO ({@code 2023-09-04}) or wire ({@code 26-FEB-1987}) date, else {@code Integer.MAX_VALUE}. */
    static int dateKey(String date) {
        if (date == null) {
            return Integer.MAX_VALUE;
        }
        try {
            Matcher m = ISO_DATE.matcher(date);
            if (m.find()) {
                return (int) LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toEpochDay();
            }
            m = WIRE_DATE.matcher(date);
            if (m.find()) {
                int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (month > 0) {
                    return (int) LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))).toEpochDay();
                }
            }
        } catch (RuntimeException e) {
            // An impossible date counts as unknown.
        }
        return Integer.MAX_VALUE;
    }
}
