package io.github.corpuscheck.checks.truncation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-language words that no finished sentence ends with (articles, prepositions, conjunctions), from the resource
 * files {@code dangling-<lang>.txt}. Documents without a known language use English.
 */
final class DanglingWords {

    static final String DEFAULT_LANGUAGE = "en";
    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es");

    private final Map<String, Set<String>> byLanguage = new HashMap<>();

    DanglingWords() {
        for (String lang : LANGUAGES) {
            byLanguage.put(lang, load("dangling-" + lang + ".txt"));
        }
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = DanglingWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** The word list for a language tag such as {@code en}, {@code de-AT} or {@code fr_FR}; English when unknown. */
    Set<String> forLanguage(String tag) {
        if (tag != null) {
            String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            Set<String> s = byLanguage.get(primary);
            if (s != null) {
                return s;
            }
        }
        return byLanguage.get(DEFAULT_LANGUAGE);
    }
}
