package io.github.corpuscheck.spark;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.checks.metadata.RepeatedFieldSearch;
import io.github.corpuscheck.checks.metadata.RepeatedFields;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The metadata family's search for repeated ids, URLs and titles ({@code metadata.duplicate-id},
 * {@code metadata.url-repeated}, {@code metadata.title-repeated}) on the cluster: one shuffle of a small record per
 * document, grouped by the keys the metadata check keeps (the hash of the id, of the normalised URL, of the title),
 * then the check's own pairing rules ({@link RepeatedFields}) within each group on the executors. Only the pairs
 * come to the driver, where the check turns them into findings.
 *
 * <p>The executors extract the records ({@link #fields}) right after analysing each document, with the document's
 * index in its piece of the corpus; the driver turns a piece's index into the run's (its
 * {@link DocumentTable}'s) from the table's files and the piece's place in its file.
 */
final class SparkMetadataJoins implements RepeatedFieldSearch {

    /** What the joins need of one document: its place, the metadata check's keys, its id and URL as read. */
    record DocFields(int piece, int index, long idKey, String id, long urlKey, String url, long titleKey,
            long textKey) implements Serializable {}

    /**
     * A document's record, from the document and the states the checks left for it (one per check, as
     * {@link io.github.corpuscheck.engine.FileAnalyzer} keeps them); {@code null} when the metadata check did not run.
     *
     * @param piece the piece of the corpus ({@link SparkAnalysis.Piece#order})
     * @param index the document's index in its piece
     */
    static DocFields fields(Document doc, Object[] states, int piece, int index) {
        RepeatedFields.Keys k = RepeatedFields.keysIn(states);
        if (k == null) {
            return null;
        }
        return new DocFields(piece, index, k.id(), doc.id(), k.url(), k.url() == 0L ? null : RepeatedFields.urlAsRead(doc),
                k.title(), k.text());
    }

    private static final byte ID = 0, URL = 1, TITLE = 2;

    /** A shuffle key: which search, and the key the metadata check keeps. */
    record Key(byte kind, long key) implements Serializable {}

    /** A group member: the document's index in the run, its text key, and the id or URL as read. */
    record Member(int index, long text, String value) implements Serializable {}

    /** A pair found, as it travels to the driver. */
    record Hit(byte kind, int later, int first, int group, String value, String firstValue) implements Serializable {}

    private final JavaRDD<DocFields> docs;
    /** By piece: its file when the run replays that file from the pieces, else {@code null}; its documents. */
    private final String[] pieceFiles;
    private final int[] pieceDocuments;

    /** What the last search did, for the log and for tests. */
    int searches;
    long pairs;
    long millis;

    SparkMetadataJoins(JavaRDD<DocFields> docs, String[] pieceFiles, int[] pieceDocuments) {
        this.docs = docs;
        this.pieceFiles = pieceFiles.clone();
        this.pieceDocuments = pieceDocuments.clone();
    }

    @Override
    public Optional<Found> search(DocumentTable documents) {
        long started = System.nanoTime();
        int[] starts = pieceStarts(documents, pieceFiles, pieceDocuments);
        if (starts == null) {
            return Optional.empty();
        }
        searches++;
        List<Hit> hits = docs
                .filter(d -> starts[d.piece()] >= 0)
                .flatMapToPair(d -> keyed(d, starts[d.piece()] + d.index()))
                .groupByKey()
                .flatMap(g -> pairs(g._1(), g._2()))
                .collect();
        List<List<Pair>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Hit h : hits) {
            byKind.get(h.kind()).add(new Pair(h.later(), h.first(), h.group(), h.value(), h.firstValue()));
        }
        byKind.forEach(l -> l.sort(ORDER));
        pairs = hits.size();
        millis = (System.nanoTime() - started) / 1_000_000;
        return Optional.of(new Found(List.copyOf(byKind.get(ID)), List.copyOf(byKind.get(URL)),
                List.copyOf(byKind.get(TITLE))));
    }

    /**
     * The index in the run of each piece's first document ({@code -1}: a piece of a file the run read itself), from
     * the table's files and each piece's place in its file; {@code null} when the pieces do not hold exactly the
     * table's documents (then the check searches itself).
     */
    static int[] pieceStarts(DocumentTable t, String[] pieceFiles, int[] pieceDocuments) {
        Map<String, int[]> files = new HashMap<>(); // file -> {index of its first document, documents}
        String previous = null;
        int[] span = null;
        for (int i = 0; i < t.size(); i++) {
            String f = t.file(i);
            if (span == null || !java.util.Objects.equals(f, previous)) {
                if (files.containsKey(f)) {
                    return null; // not in reading order
                }
                span = new int[] {i, 0};
                files.put(f, span);
                previous = f;
            }
            span[1]++;
        }
        int[] starts = new int[pieceFiles.length];
        Map<String, Integer> held = new HashMap<>();
        for (int p = 0; p < pieceFiles.length; p++) {
            String f = pieceFiles[p];
            int[] s = f == null ? null : files.get(f);
            if (s == null) {
                if (f != null && pieceDocuments[p] > 0) {
                    return null; // documents the table does not have
                }
                starts[p] = -1;
                continue;
            }
            int before = held.getOrDefault(f, 0);
            starts[p] = s[0] + before;
            held.put(f, before + pieceDocuments[p]);
        }
        for (Map.Entry<String, int[]> e : files.entrySet()) {
            if (held.getOrDefault(e.getKey(), 0) != e.getValue()[1]) {
                return null; // a file the run read itself, or one whose pieces disagree with the table
            }
        }
        return starts;
    }

    /** The document under the key of each search it takes part in. */
    private static Iterator<Tuple2<Key, Member>> keyed(DocFields d, int index) {
        List<Tuple2<Key, Member>> out = new ArrayList<>(3);
        out.add(new Tuple2<>(new Key(ID, d.idKey()), new Member(index, d.textKey(), d.id())));
        if (d.urlKey() != 0L) {
            out.add(new Tuple2<>(new Key(URL, d.urlKey()), new Member(index, d.textKey(), d.url())));
        }
        if (d.titleKey() != 0L) {
            out.add(new Tuple2<>(new Key(TITLE, d.titleKey()), new Member(index, d.textKey(), null)));
        }
        return out.iterator();
    }

    /** The pairs of one group, with the metadata check's rules. */
    static Iterator<Hit> pairs(Key key, Iterable<Member> members) {
        List<Member> list = new ArrayList<>();
        members.forEach(list::add);
        if (list.size() < 2) {
            return java.util.Collections.emptyIterator();
        }
        list.sort(Comparator.comparingInt(Member::index));
        int[] group = new int[list.size()];
        long[] texts = new long[list.size()];
        String[] values = new String[list.size()];
        for (int k = 0; k < group.length; k++) {
            group[k] = list.get(k).index();
            texts[k] = list.get(k).text();
            values[k] = list.get(k).value();
        }
        List<Hit> out = new ArrayList<>();
        if (key.kind() == ID) {
            for (int[] p : RepeatedFields.idPairs(group, values)) {
                out.add(new Hit(ID, p[0], p[1], group[0], values[Arrays.binarySearch(group, p[0])], null));
            }
        } else if (key.kind() == URL) {
            for (int[] p : RepeatedFields.pairsOnOtherTexts(group, texts)) {
                String later = values[Arrays.binarySearch(group, p[0])];
                String first = values[Arrays.binarySearch(group, p[1])];
                if (RepeatedFields.sameUrl(later, first)) { // else the keys of two URLs collide
                    out.add(new Hit(URL, p[0], p[1], group[0], later, first));
                }
            }
        } else {
            for (int[] p : RepeatedFields.pairsOnOtherTexts(group, texts)) {
                out.add(new Hit(TITLE, p[0], p[1], group[0], null, null));
            }
        }
        return out.iterator();
    }
}
