package io.github.corpuscheck.internal;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name closest to a mistyped one, for "did you mean" messages. */
public final class Closest {

    private Closest() {}

    /**
     * The candidate within {@code maxDistance} edits of {@code name} (ignoring case) with the fewest edits, the first
     * in iteration order on a tie; {@code null} when none is that close.
     */
    public static String to(String name, Collection<String> candidates, int maxDistance) {
        LevenshteinDistance distance = new LevenshteinDistance(maxDistance);
        String n = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(n, c.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
