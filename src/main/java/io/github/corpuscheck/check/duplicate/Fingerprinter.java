package io.github.corpuscheck.check.duplicate;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import io.github.corpuscheck.model.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document body into its {@link Fingerprint} (first pass) or its exact {@link ShingleProfile} (second pass).
 * Words are runs of letters and digits; a {@code .} or {@code ,} between digits stays inside the figure, so
 * {@code 65.50} is one word. Shingles are runs of {@code shingleSize} consecutive words across paragraph ends.
 * Thread-safe: per-thread hashers live in thread locals.
 */
final class Fingerprinter {

    private static final Hasher64 XXH3 = Hashing.xxh3_64();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WIRE_DATE = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private final DuplicateConfig config;
    private final TextNormalizer normalizer;
    private final SimilarityHashPolicy policy;
    private final ThreadLocal<SimilarityHasher> minHasher;
    private final ThreadLocal<HashStream64> stream = ThreadLocal.withInitial(XXH3::hashStream);
    private final boolean needDates;

    Fingerprinter(DuplicateConfig config) {
        this.config = config;
        this.normalizer = new TextNormalizer(config);
        // SuperMinHash: one pass over the shingles, not one hash per shingle and component like classic MinHash.
        this.policy = SimilarityHashing.superMinHash(config.bands() * config.rows(), 32);
        this.minHasher = ThreadLocal.withInitial(policy::createHasher);
        this.needDates = config.representative() == RepresentativePolicy.EARLIEST_DATE;
    }

    /** Normalised, non-empty paragraphs. */
    List<String> normalise(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            String n = normalizer.normalize(p.text());
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The first-pass fingerprint, or {@code null} when the body is empty. */
    Fingerprint fingerprint(List<Paragraph> body, String date) {
        List<String> paras = normalise(body);
        if (paras.isEmpty()) {
            return null;
        }
        HashStream64 text = XXH3.hashStream();
        long[] paragraphHashes = new long[paras.size()];
        LongList tokens = new LongList(512);
        int chars = 0;
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            if (i > 0) {
                text.putChar(' ');
                chars++;
            }
            text.putChars(p);
            chars += p.length();
            int before = tokens.size();
            tokenize(p, tokens, null);
            boolean indexed = tokens.size() - before >= config.minParagraphWords();
            paragraphHashes[i] = (XXH3.hashCharsToLong(p) & ~1L) | (indexed ? 1L : 0L);
        }
        int words = tokens.size();
        int[] bands = null;
        if (words >= Math.max(1, config.minWords())) {
            long[] shingles = shingles(tokens);
            byte[] signature = minHasher.get().compute(ElementHashProvider.ofFunction(k -> shingles[k], shingles.length));
            bands = new int[config.bands()];
            HashStream64 s = stream.get();
            for (int b = 0; b < bands.length; b++) {
                s.reset();
                for (int r = 0; r < config.rows(); r++) {
                    s.putLong(policy.getComponent(signature, b * config.rows() + r));
                }
                bands[b] = (int) s.getAsLong();
            }
        }
        String last = paras.get(paras.size() - 1);
        return new Fingerprint(text.getAsLong(), words, chars, paragraphHashes, last.length(), bands,
                needDates ? dateKey(date) : Integer.MAX_VALUE);
    }

    /** The exact shingle set of already normalised paragraphs. */
    ShingleProfile profile(List<String> paras) {
        LongList tokens = new LongList(512);
        LongList numbers = new LongList(16);
        for (String p : paras) {
            tokenize(p, tokens, numbers);
        }
        long[] sh = shingles(tokens);
        return new ShingleProfile(distinctHigh32(sh, sh.length), distinctHigh32(numbers.a, numbers.size()), tokens.size());
    }

    /** Hash of one normalised paragraph as stored in fingerprints, without the indexed bit. */
    static long paragraphHash(String normalised) {
        return XXH3.hashCharsToLong(normalised) & ~1L;
    }

    private long[] shingles(LongList tokens) {
        int k = config.shingleSize();
        int n = tokens.size();
        if (n == 0) {
            return new long[0];
        }
        int count = n >= k ? n - k + 1 : 1;
        int width = Math.min(k, n);
        long[] out = new long[count];
        HashStream64 s = stream.get();
        for (int i = 0; i < count; i++) {
            s.reset();
            for (int j = 0; j < width; j++) {
                s.putLong(tokens.a[i + j]);
            }
            out[i] = s.getAsLong();
        }
        return out;
    }

    private static int[] distinctHigh32(long[] values, int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = (int) (values[i] >>> 32);
        }
        Arrays.sort(v);
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (w == 0 || v[i] != v[w - 1]) {
                v[w++] = v[i];
            }
        }
        return Arrays.copyOf(v, w);
    }

    /** Adds the hash of each word of {@code p} to {@code out}, and of each figure to {@code numbers} if given. */
    private static void tokenize(String p, LongList out, LongList numbers) {
        int n = p.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(p.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n) {
                char c = p.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(p.charAt(i + 1))
                        && Character.isDigit(p.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            long h = XXH3.hashCharsToLong(p.substring(start, i));
            out.add(h);
            if (numbers != null && Character.isDigit(p.charAt(start))) {
                numbers.add(h);
            }
        }
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
