package io.github.corpuscheck.adopt;

import io.github.corpuscheck.api.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Accepted findings of a corpus, by fingerprint: what {@code corpus:baseline} writes and {@code check} subtracts.
 * An entry is a multiset element: two identical fingerprints accept two findings.
 *
 * @param fingerprintVersion the scheme the fingerprints were made with (see {@link Fingerprints})
 * @param entries sorted by rule, document, fingerprint
 */
public record Baseline(int fingerprintVersion, List<Entry> entries) {

    /** One accepted finding; {@code related} only helps a reviewer read the file. */
    public record Entry(String rule, String document, String fingerprint, List<String> related) {
        public Entry {
            related = related == null ? List.of() : List.copyOf(related);
        }
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::rule).thenComparing(Entry::document)
            .thenComparing(Entry::fingerprint);

    public Baseline {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    /** A baseline accepting every given finding, with the current fingerprint scheme. */
    public static Baseline of(List<Finding> findings) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : findings) {
            entries.add(new Entry(f.ruleId(), Fingerprints.subject(f), Fingerprints.of(f, Fingerprints.CURRENT_VERSION), f.related()));
        }
        return new Baseline(Fingerprints.CURRENT_VERSION, entries);
    }
}
