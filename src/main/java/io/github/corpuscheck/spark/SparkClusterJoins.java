package io.github.corpuscheck.spark;

import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.checks.metadata.DuplicateDateSearch;
import io.github.corpuscheck.checks.metadata.DuplicateDates;
import io.github.corpuscheck.checks.truncation.PrefixSearch;
import io.github.corpuscheck.checks.truncation.Prefixes;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The rules that compare the members of each duplicate cluster, on the cluster: {@code truncation.prefix-of}
 * ({@link PrefixSearch}) and the dated duplicate named in {@code metadata.missing} on an undated document
 * ({@link DuplicateDateSearch}). The driver knows the clusters (the duplicate family's {@link DuplicateResults}); their
 * (member, representative) pairs are joined with a compact record of each member that the executors extracted in the
 * document phase (its paragraph hashes, the truncation check's flags and, for a comparable last paragraph, its
 * ending; the date as an epoch day and whether it is missing), grouped by cluster, and each cluster is searched with
 * the families' own rules ({@link Prefixes#inCluster}, {@link DuplicateDates}). Only the hits come to the driver. Both
 * searches are answered by one join, made when the first check asks.
 */
final class SparkClusterJoins implements PrefixSearch, DuplicateDateSearch {

    /** What the joins need of one document, with its index in its piece. */
    record ClusterDoc(int index, long[] hashes, byte flags, String ending, int epochDay, boolean dateMissing) {}

    /** A hit as it travels to the driver: a prefix ({@code value}: following paragraphs) or a dated duplicate. */
    record Hit(boolean prefix, int document, int other, int value, boolean exact, String ending)
            implements Serializable {}

    /** The step's name in {@link JobMetrics}. */
    static final String STEP = "prefix and date joins";

    private final JavaSparkContext jsc;
    private final JavaRDD<SparkAnalysis.PieceOutput> outputs;
    private final String[] pieceFiles;
    private final int[] pieceDocuments;

    /** What the last join did, for the log and for tests. */
    int searches;
    long members;
    long records;
    long recordBytes;
    long prefixHits;
    long datedHits;
    long millis;

    private DuplicateResults searchedFor;
    private List<PrefixSearch.Hit> prefixes;
    private List<DuplicateDateSearch.Dated> dated;

    SparkClusterJoins(JavaSparkContext jsc, JavaRDD<SparkAnalysis.PieceOutput> outputs, String[] pieceFiles,
            int[] pieceDocuments) {
        this.jsc = jsc;
        this.outputs = outputs;
        this.pieceFiles = pieceFiles.clone();
        this.pieceDocuments = pieceDocuments.clone();
    }

    @Override
    public Optional<List<PrefixSearch.Hit>> prefixes(DocumentTable documents, DuplicateResults clusters) {
        return join(documents, clusters) ? Optional.of(prefixes) : Optional.empty();
    }

    @Override
    public Optional<List<DuplicateDateSearch.Dated>> datedDuplicates(DocumentTable documents, DuplicateResults clusters) {
        return join(documents, clusters) ? Optional.of(dated) : Optional.empty();
    }

    /** Joins the clusters with the records once per set of clusters; false when the pieces do not hold the table. */
    private synchronized boolean join(DocumentTable table, DuplicateResults clusters) {
        if (clusters == searchedFor) {
            return prefixes != null;
        }
        searchedFor = clusters;
        prefixes = null;
        dated = null;
        long started = System.nanoTime();
        int[] starts = SparkMetadataJoins.pieceStarts(table, pieceFiles, pieceDocuments);
        if (starts == null) {
            return false;
        }
        searches++;
        List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
        BitSet clustered = new BitSet(table.size());
        for (int d = 0; d < table.size(); d++) {
            int rep = clusters.representativeOf(d);
            if (rep >= 0) {
                pairs.add(new Tuple2<>(d, rep));
                clustered.set(d);
            }
        }
        members = pairs.size();
        List<Hit> hits = List.of();
        if (!pairs.isEmpty()) {
            Broadcast<BitSet> inCluster = jsc.broadcast(clustered);
            LongAccumulator count = jsc.sc().longAccumulator("cluster records");
            LongAccumulator bytes = jsc.sc().longAccumulator("cluster record bytes");
            jsc.setLocalProperty(JobMetrics.STEP, STEP); // the stages' shuffle is counted apart
            try {
                int partitions = Math.max(1, Math.min(jsc.defaultParallelism() * 2, 1 + pairs.size() / 50_000));
                hits = outputs
                        .filter(o -> starts[o.order()] >= 0)
                        .flatMapToPair(o -> {
                            List<Tuple2<Integer, byte[]>> out = new ArrayList<>();
                            int start = starts[o.order()];
                            forEachRecord(o.clusterDocs(), (index, record) -> {
                                if (inCluster.value().get(start + index)) {
                                    out.add(new Tuple2<>(start + index, record));
                                    count.add(1);
                                    bytes.add(record.length);
                                }
                            });
                            return out.iterator();
                        })
                        .join(jsc.parallelizePairs(pairs, partitions), partitions)
                        .mapToPair(j -> new Tuple2<>(j._2()._2(), new Tuple2<>(j._1(), j._2()._1())))
                        .groupByKey(partitions)
                        .flatMap(g -> cluster(g._2()))
                        .collect();
            } finally {
                jsc.setLocalProperty(JobMetrics.STEP, null);
            }
            inCluster.destroy();
            records = count.value();
            recordBytes = bytes.value();
        }
        List<PrefixSearch.Hit> p = new ArrayList<>();
        List<DuplicateDateSearch.Dated> d = new ArrayList<>();
        for (Hit h : hits) {
            if (h.prefix()) {
                p.add(new PrefixSearch.Hit(h.document(), h.other(), h.value(), h.ending()));
            } else {
                d.add(new DuplicateDateSearch.Dated(h.document(), h.other(), h.value(), h.exact()));
            }
        }
        p.sort(Comparator.comparingInt(PrefixSearch.Hit::document));
        d.sort(Comparator.comparingInt(DuplicateDateSearch.Dated::undated));
        prefixes = List.copyOf(p);
        dated = List.copyOf(d);
        prefixHits = p.size();
        datedHits = d.size();
        millis = (System.nanoTime() - started) / 1_000_000;
        return true;
    }

    /** The hits of one cluster: its members (index in the run, record) in any order. */
    static Iterator<Hit> cluster(Iterable<Tuple2<Integer, byte[]>> group) {
        List<Tuple2<Integer, ClusterDoc>> list = new ArrayList<>();
        group.forEach(t -> list.add(new Tuple2<>(t._1(), decode(t._2()))));
        list.sort(Comparator.comparingInt(Tuple2::_1)); // the cluster's order: membersOf is ascending
        int n = list.size();
        int[] index = new int[n];
        long[][] hashes = new long[n][];
        byte[] flags = new byte[n];
        int[] days = new int[n];
        for (int k = 0; k < n; k++) {
            ClusterDoc c = list.get(k)._2();
            index[k] = list.get(k)._1();
            hashes[k] = c.hashes();
            flags[k] = c.flags() < 0 ? Prefixes.NONE : c.flags();
            days[k] = c.epochDay();
        }
        List<Hit> out = new ArrayList<>();
        for (Prefixes.Hit h : Prefixes.inCluster(hashes, flags)) {
            out.add(new Hit(true, index[h.member()], index[h.other()], h.following(), false,
                    list.get(h.member())._2().ending()));
        }
        for (int k = 0; k < n; k++) {
            if (list.get(k)._2().dateMissing()) {
                int first = DuplicateDates.firstDated(k, days);
                if (first >= 0) {
                    out.add(new Hit(false, index[k], index[first], days[first],
                            DuplicateDates.exact(hashes[k], hashes[first]), null));
                }
            }
        }
        return out.iterator();
    }

    /** A piece's records as bytes: each record's length, then the record ({@link #encode(ClusterDoc)}). */
    static byte[] encode(List<ClusterDoc> docs) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * docs.size() + 4);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(docs.size());
            for (ClusterDoc d : docs) {
                byte[] record = encode(d);
                out.writeInt(d.index());
                out.writeInt(record.length);
                out.write(record);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record: paragraph hashes, flags, ending (only of a comparable last paragraph), date. */
    static byte[] encode(ClusterDoc d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 8 * d.hashes().length);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(d.index());
        out.writeShort(d.hashes().length > 0xffff ? -1 : d.hashes().length);
        if (d.hashes().length > 0xffff) {
            out.writeInt(d.hashes().length);
        }
        for (long h : d.hashes()) {
            out.writeLong(h);
        }
        out.writeByte(d.flags());
        byte[] ending = d.ending() == null || d.flags() <= 0 ? null : d.ending().getBytes(StandardCharsets.UTF_8);
        out.writeInt(ending == null ? -1 : ending.length);
        if (ending != null) {
            out.write(ending);
        }
        out.writeInt(d.epochDay());
        out.writeBoolean(d.dateMissing());
        out.flush();
        return bytes.toByteArray();
    }

    static ClusterDoc decode(byte[] record) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(record));
            int index = in.readInt();
            int n = in.readShort() & 0xffff;
            if (n == 0xffff) {
                n = in.readInt();
            }
            long[] hashes = new long[n];
            for (int k = 0; k < n; k++) {
                hashes[k] = in.readLong();
            }
            byte flags = in.readByte();
            int length = in.readInt();
            String ending = null;
            if (length >= 0) {
                byte[] b = new byte[length];
                in.readFully(b);
                ending = new String(b, StandardCharsets.UTF_8);
            }
            return new ClusterDoc(index, hashes, flags, ending, in.readInt(), in.readBoolean());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RecordConsumer {
        void accept(int index, byte[] record);
    }

    private static void forEachRecord(byte[] piece, RecordConsumer consumer) throws IOException {
        if (piece == null) {
            return;
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(piece));
        int n = in.readInt();
        for (int k = 0; k < n; k++) {
            int index = in.readInt();
            byte[] record = new byte[in.readInt()];
            in.readFully(record);
            consumer.accept(index, record);
        }
    }
}
