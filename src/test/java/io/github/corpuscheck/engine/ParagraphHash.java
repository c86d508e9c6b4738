package io.github.corpuscheck.engine;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Test helper for stand-in duplicate results: paragraphs normalised and hashed much as the duplicate check does
 * (whose own hashes, published through DuplicateResults, are what truncation.prefix-of compares): NFKC, lower case (root locale), runs of whitespace collapsed to one
 * space, trimmed; then XXH3 64-bit over the UTF-16 chars. Two paragraphs that differ only in case, width forms or
 * spacing hash the same.
 */
public final class ParagraphHash {

    private static final Hasher64 XXH3 = Hashing.xxh3_64();
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private ParagraphHash() {}

    /** The normalised form that is hashed. */
    public static String normalize(CharSequence paragraph) {
        String s = Normalizer.normalize(paragraph, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    /** XXH3-64 of the normalised paragraph. */
    public static long of(CharSequence paragraph) {
        return XXH3.hashCharsToLong(normalize(paragraph));
    }
}
