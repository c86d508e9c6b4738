package io.github.corpuscheck.adopt;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.github.corpuscheck.api.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stable identities of findings, for baselines and SARIF {@code partialFingerprints}.
 *
 * <p>Scheme version 1: the rule id, the documents involved and the finding's textual evidence, never line numbers
 * or measured numbers, so a fingerprint survives edits elsewhere in the corpus and reordering of documents:
 * <ul>
 *   <li>documents: the finding's document id (its file when it has none) together with the ids of its related
 *       documents, as a sorted set, so a duplicate pair keeps its fingerprint whichever member is the
 *       representative;
 *   <li>evidence: only the entries that name <em>what</em> is wrong ({@value #DISTINGUISHING_KEYS_TEXT}), string
 *       or list-of-strings values, sorted by key. Everything else is left out: measurements (lengths, scores,
 *       counts), positions, text snippets and endings (an edit to the sentence should not make a new finding of
 *       the same problem), candidate bases, configuration echoes, and ids of documents chosen by reading order
 *       (a representative, a first occurrence).
 * </ul>
 * A new scheme gets a new version number and this one stays, so a committed baseline is read with the scheme it
 * was written with.
 */
public final class Fingerprints {

    public static final int CURRENT_VERSION = 1;

    private static final char SEP = '\u001f';

    /**
     * Stored: fingerprints are committed in baselines and compared by every later run, whatever the plugin version.
     * XXH3-64 without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    /** Evidence keys that distinguish two findings of one rule on one document. */
    public static final List<String> DISTINGUISHING_KEYS = List.of("field", "trigger", "type", "reason", "duplicateKind");

    static final String DISTINGUISHING_KEYS_TEXT = "field, trigger, type, reason, duplicateKind";

    private Fingerprints() {}

    /** The fingerprint of a finding under the given scheme version: 16 lower-case hex digits. */
    public static String of(Finding f, int version) {
        return hex(XXH3.hashBytesToLong(key(f, version).getBytes(StandardCharsets.UTF_8)));
    }

    /** The readable text the fingerprint is the hash of (components separated by U+001F). */
    public static String key(Finding f, int version) {
        if (version != 1) {
            throw new IllegalArgumentException("Unknown fingerprint version " + version + ": this plugin knows 1."
                    + " Regenerate the baseline with corpus:baseline.");
        }
        TreeSet<String> docs = documents(f);
        StringBuilder sb = new StringBuilder("v1").append(SEP).append(f.ruleId());
        for (String d : docs) {
            sb.append(SEP).append("doc=").append(d);
        }
        for (Map.Entry<String, String> e : distinguishingEvidence(f).entrySet()) {
            sb.append(SEP).append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    /** The document the baseline lists a finding under: its id, or its file for findings without a document. */
    public static String subject(Finding f) {
        if (f.document() != null) {
            return f.document();
        }
        return f.file() == null ? "" : f.file();
    }

    private static TreeSet<String> documents(Finding f) {
        TreeSet<String> docs = new TreeSet<>();
        docs.add(subject(f));
        for (String r : f.related()) {
            if (r != null) {
                docs.add(r);
            }
        }
        return docs;
    }

    private static Map<String, String> distinguishingEvidence(Finding f) {
        Map<String, String> out = new TreeMap<>();
        for (String key : DISTINGUISHING_KEYS) {
            Object v = f.evidence().get(key);
            if (v instanceof String str) {
                out.put(key, str);
            } else if (v instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(x -> x instanceof String)) {
                List<String> parts = new ArrayList<>();
                list.forEach(x -> parts.add((String) x));
                out.put(key, String.join(",", parts));
            }
        }
        return out;
    }

    private static String hex(long v) {
        String s = Long.toHexString(v);
        return "0".repeat(16 - s.length()) + s;
    }
}
