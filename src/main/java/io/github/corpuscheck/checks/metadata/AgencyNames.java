package io.github.corpuscheck.checks.metadata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a dateline's agency ({@code AFP}) and a {@code source} field ({@code Agence France-Presse})
 * can name the same agency: equal once letters are folded, one containing the other, the initials of one being
 * the other, or a known long name.
 */
final class AgencyNames {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("agencefrancepresse", "afp"),
            Map.entry("associatedpress", "ap"),
            Map.entry("reuters", "reuters"),
            Map.entry("thomsonreuters", "reuters"),
            Map.entry("deutschepresseagentur", "dpa"),
            Map.entry("unitedpressinternational", "upi"),
            Map.entry("agenciaefe", "efe"),
            Map.entry("xinhuanewsagency", "xinhua"),
            Map.entry("kyodonews", "kyodo"),
            Map.entry("bloombergnews", "bloomberg"));

    private AgencyNames() {}

    /** Answers by "agency NUL source": a corpus has few distinct pairs, and folding runs Unicode normalisation. */
    private static final RecentValues<Boolean> RECENT = new RecentValues<>();

    static boolean compatible(String agency, String source) {
        return RECENT.get(agency + '\u0000' + source, key -> decide(agency, source));
    }

    private static boolean decide(String agency, String source) {
        String a = fold(agency);
        String s = fold(source);
        if (a.isEmpty() || s.isEmpty()) {
            return true;
        }
        a = KNOWN.getOrDefault(a, a);
        s = KNOWN.getOrDefault(s, s);
        return a.equals(s) || a.contains(s) || s.contains(a)
                || initials(agency).equals(s) || initials(source).equals(a);
    }

    private static String fold(String v) {
        String n = Normalizer.normalize(v, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String initials(String v) {
        StringBuilder b = new StringBuilder();
        for (String w : Normalizer.normalize(v, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                b.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return b.toString();
    }
}
