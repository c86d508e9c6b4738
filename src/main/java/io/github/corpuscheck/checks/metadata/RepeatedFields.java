package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the metadata check finds documents that repeat an earlier one's id, URL or title: the keys it keeps per
 * document and the rules that pair documents within a group sharing a key. The check's own search and a
 * {@link RepeatedFieldSearch} done elsewhere both use these functions, so they find the same pairs.
 *
 * <p>Groups hold the documents sharing a 64-bit key (a hash, {@code 0} = none), ascending by index. Ids are then
 * compared as exact strings; a pair of URLs is kept only when the normalised URLs are equal (two URLs whose keys
 * collide are not reported). Titles are compared by key only.
 */
public final class RepeatedFields {

    private RepeatedFields() {}

    /**
     * What the metadata check keeps of one document for these searches: keys of its id, normalised URL, title (0 when
     * {@code metadata.title-repeated} is off) and text; 0 = none.
     */
    public record Keys(long id, long url, long title, long text) {}

    /** The metadata check's keys among a document's states (one per check), or {@code null} when it did not run. */
    public static Keys keysIn(Object[] states) {
        for (Object s : states) {
            if (s instanceof MetadataCheck.DocState d) {
                return new Keys(d.idKey(), d.urlKey(), d.titleKey(), d.textKey());
            }
        }
        return null;
    }

    /** A key for a string: XXH3-64, never 0. */
    public static long key(String value) {
        return RepeatedKeys.keyOf(value);
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The key of a (trimmed) title: runs of whitespace as one space, lower case. */
    public static long titleKey(String title) {
        return key(WHITESPACE.matcher(title).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    /** The document's URL as read (trimmed), or {@code null} when it has none. */
    public static String urlAsRead(Document doc) {
        return MetadataCheck.trimmed(doc.field("url"));
    }

    /** The normalised URL compared between documents, or {@code null} when the URL is absent or not acceptable. */
    public static String normalisedUrl(String url) {
        return url == null ? null : UrlValue.normalised(url);
    }

    /**
     * Whether two URLs as read are the same URL once normalised; {@code false} when either is absent or not
     * acceptable. A pair whose keys are equal but whose URLs are not (a hash collision) is not reported.
     */
    public static boolean sameUrl(String later, String first) {
        String l = normalisedUrl(later);
        return l != null && l.equals(normalisedUrl(first));
    }

    /**
     * Pairs {later, first} of documents carrying the same id within a group sharing the id's key: every later
     * document with the first document of its exact id, ascending by later document.
     *
     * @param group document indices, ascending
     * @param ids the id of each member of {@code group}
     */
    public static List<int[]> idPairs(int[] group, String[] ids) {
        List<int[]> pairs = new ArrayList<>();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int k = 0; k < group.length; k++) {
            Integer j = first.putIfAbsent(ids[k], group[k]);
            if (j != null) {
                pairs.add(new int[] {group[k], j});
            }
        }
        return pairs;
    }

    /**
     * Pairs {later, first} within a group sharing a value (URL, title): each later document with the first earlier
     * document whose text differs, ascending by later document. Linear: when the later text equals the group's first
     * text, the group's first document whose text differs from it is the earliest candidate. A text key of 0 (no
     * text) differs from every text.
     *
     * @param group document indices, ascending
     * @param texts the text key of each member of {@code group}
     */
    public static List<int[]> pairsOnOtherTexts(int[] group, long[] texts) {
        List<int[]> pairs = new ArrayList<>();
        long firstText = texts[0];
        int firstOther = -1;
        for (int k = 1; k < group.length; k++) {
            int i = group[k];
            long text = texts[k];
            if (text == 0L || text != firstText) {
                pairs.add(new int[] {i, group[0]});
                if (firstOther < 0) {
                    firstOther = i;
                }
            } else if (firstOther >= 0) {
                pairs.add(new int[] {i, firstOther});
            }
        }
        return pairs;
    }
}
