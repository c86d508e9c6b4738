package io.github.corpuscheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.shiftLeft;

import io.github.corpuscheck.checks.duplicate.DistributedDuplicates;
import io.github.corpuscheck.checks.duplicate.DistributedDuplicates.Doc;
import io.github.corpuscheck.checks.duplicate.DistributedDuplicates.Params;
import io.github.corpuscheck.checks.duplicate.DuplicateClusters;
import io.github.corpuscheck.checks.duplicate.PairScores;
import io.github.corpuscheck.checks.duplicate.RepresentativePolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.AccumulatorV2;
import scala.Tuple2;

/**
 * The duplicate family's corpus phase on the executors, with the family's own steps ({@link DistributedDuplicates}):
 * <ol>
 *   <li>exact groups: documents keyed by normalised-text hash, the first in reading order canonical;
 *   <li>candidates: the canonical, comparable documents' LSH band keys exploded and sorted into buckets, each document
 *       paired with up to {@code maxBucket} members before it (the local bucket guard); pairs sharing at least two
 *       indexed paragraphs (paragraphs in more than {@code maxParagraphPostings} documents skipped); small
 *       components of candidates completed to all their pairs; made distinct;
 *   <li>verification: each pair joined with both documents' exact shingle sets and scored with the local thresholds;
 *   <li>clusters: connected components of the near pairs ({@link SparkComponents}), then each component's clusters by
 *       the representative policy, on the executor that holds it.
 * </ol>
 * Only the clusters come back to the driver. The documents' indices are those of the run's document table: the
 * pieces' documents in piece order, which is the order the run replays them in.
 */
final class SparkDuplicates implements DistributedDuplicates.Search {

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JavaRDD<SparkAnalysis.PieceOutput> outputs;
    /** Each piece's file when the run replays it from the pieces ({@code null}: the run read it itself). */
    private final String[] pieceFiles;
    /** Documents of each piece, in piece order. */
    private final int[] pieceDocuments;
    /** What the last search did, for the log and the measurements. */
    Metrics metrics;

    record Metrics(long documents, long exactGroups, long bandKeys, long largestBucket, long candidatePairs,
            long nearPairs, long clusters, int componentRounds, long millis, Map<String, Long> steps) {}

    /** Milliseconds of each step of the last search, in order. */
    private final Map<String, Long> steps = new LinkedHashMap<>();
    private long stepStart;

    private void step(String name) {
        long now = System.nanoTime();
        steps.put(name, (now - stepStart) / 1_000_000);
        stepStart = now;
    }

    SparkDuplicates(SparkSession spark, JavaRDD<SparkAnalysis.PieceOutput> outputs, String[] pieceFiles,
            int[] pieceDocuments) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.outputs = outputs;
        this.pieceFiles = pieceFiles.clone();
        this.pieceDocuments = pieceDocuments.clone();
    }

    @Override
    public DistributedDuplicates.Found search(DistributedDuplicates.Request request) {
        int[] starts = SparkMetadataJoins.pieceStarts(request.table(), pieceFiles, pieceDocuments);
        if (starts == null) {
            return null; // the run read documents of its own: the pieces do not hold the run's documents
        }
        PiecePartitioner byPiece = new PiecePartitioner(starts, request.table().size());
        long started = System.nanoTime();
        steps.clear();
        stepStart = started;
        Params p = request.params();
        int partitions = Math.max(2, jsc.defaultParallelism() * 2);
        int bits = DistributedDuplicates.paragraphKeyBits(request.table().size());
        Consumer<String> phase = request.phase();
        List<Dataset<Row>> cached = new ArrayList<>();
        List<JavaRDD<?>> cachedRdds = new ArrayList<>();
        try {
            phase.accept("candidate search");
            JavaRDD<Row> docRows = outputs.flatMap(o -> {
                List<Row> rows = new ArrayList<>();
                if (byPiece.holdsRunDocuments(o.order())) {
                    for (Doc d : DuplicateRows.decode(o.duplicates(), byPiece.start(o.order()))) {
                        rows.add(DuplicateRows.row(d, bits));
                    }
                }
                return rows.iterator();
            });
            Dataset<Row> docs = cache(spark.createDataFrame(docRows, DuplicateRows.DOC), cached);
            long documents = docs.count();
            // Exact groups: the first document with each text is canonical; the others are its copies.
            Dataset<Row> groups = docs.groupBy("textHash").agg(min("index").as("canonical"), count("*").as("n"));
            Dataset<Row> copies = cache(docs.join(groups, "textHash")
                    .where(col("index").notEqual(col("canonical")))
                    .select(col("canonical"), col("index").as("copy")), cached);
            long exactGroups = groups.where(col("n").gt(1)).count();
            step("exact groups");

            // Candidates among canonical, comparable documents.
            Dataset<Row> eligible = cache(docs.where(col("bands").isNotNull())
                    .join(copies, col("index").equalTo(col("copy")), "left_anti")
                    .select("index", "bands", "paragraphKeys"), cached);
            MaxAccumulator largest = new MaxAccumulator();
            jsc.sc().register(largest, "largest LSH bucket");
            int maxBucket = p.maxBucket();
            Dataset<Row> bandKeys = eligible.select(col("index"), posexplode(col("bands")).as(new String[] {"band", "key"}))
                    .select(shiftLeft(col("band").cast("long"), 32).bitwiseOR(col("key").cast("long").bitwiseAND(0xFFFFFFFFL))
                            .as("bucket"), col("index"));
            long bandKeyCount = eligible.count() * p.bands();
            Dataset<Long> lshPairs = bandKeys.repartition(partitions, col("bucket"))
                    .sortWithinPartitions("bucket", "index")
                    .mapPartitions((MapPartitionsFunction<Row, Long>) it -> {
                        DistributedDuplicates.BucketPairs buckets = new DistributedDuplicates.BucketPairs(maxBucket);
                        List<Long> out = new ArrayList<>();
                        while (it.hasNext()) {
                            Row r = it.next();
                            buckets.add(r.getLong(0), r.getInt(1), out::add);
                        }
                        largest.add(buckets.largest());
                        return out.iterator();
                    }, Encoders.LONG());
            int maxPostings = p.maxParagraphPostings();
            Dataset<Long> paragraphPairs = eligible.select(explode(col("paragraphKeys")).as("key"), col("index"))
                    .repartition(partitions, col("key"))
                    .sortWithinPartitions("key", "index")
                    .mapPartitions((MapPartitionsFunction<Row, Long>) it -> sharedPostings(it, maxPostings), Encoders.LONG())
                    .groupBy("value").count().where(col("count").geq(2)).select(col("value")).as(Encoders.LONG());
            Dataset<Row> found = cache(lshPairs.union(paragraphPairs).distinct().toDF("pair"), cached);
            found.count();
            step("buckets and paragraphs");

            JavaRDD<Long> foundPairs = found.as(Encoders.LONG()).toJavaRDD();
            JavaRDD<Long> copyPairs = copies.select(shiftLeft(col("canonical").cast("long"), 32)
                    .bitwiseOR(col("copy").cast("long"))).as(Encoders.LONG()).toJavaRDD();
            // The documents stay where their pieces are (partition i holds piece i): the pair steps send pairs to the
            // documents' partitions, not documents to the pairs.
            JavaRDD<byte[]> pieceDocs = outputs.map(SparkAnalysis.PieceOutput::duplicates);
            // Small components of candidates completed to all their pairs, as the local search completes them.
            List<SparkComponents.Stats> rounds = new ArrayList<>();
            JavaPairRDD<Integer, Integer> candidateRoots = SparkComponents.roots(
                    foundPairs.mapToPair(pair -> new Tuple2<>(DistributedDuplicates.first(pair), DistributedDuplicates.second(pair))),
                    partitions, rounds);
            JavaPairRDD<Integer, Integer> byRoot = candidateRoots.mapToPair(t -> new Tuple2<>(t._2(), t._1()));
            JavaPairRDD<Integer, Integer> small = byRoot.mapValues(d -> 1).reduceByKey(Integer::sum, partitions)
                    .filter(t -> t._2() >= 3 && t._2() <= DistributedDuplicates.CLOSURE_LIMIT);
            JavaRDD<Long> closure = byRoot.join(small, partitions)
                    .mapValues(t -> t._1())
                    .groupByKey(partitions)
                    .flatMap(t -> completed(t._2()));
            JavaRDD<Long> candidates = foundPairs.union(closure).distinct(partitions);
            candidates.persist(StorageLevel.MEMORY_AND_DISK());
            cachedRdds.add(candidates);
            long candidateCount = candidates.count();
            step("candidate closure");

            phase.accept(String.format(Locale.ROOT, "candidate verification of %,d pairs", candidateCount));
            // Each pair goes to its first document's piece, which sends that document to the second's; scored there.
            JavaPairRDD<Integer, Doc> withFirst = pieceDocs.zipPartitions(candidates
                    .mapToPair(pair -> new Tuple2<>(DistributedDuplicates.first(pair), DistributedDuplicates.second(pair)))
                    .partitionBy(byPiece), (pieceBytes, pairs) -> {
                        List<Tuple2<Integer, Integer>> list = new ArrayList<>();
                        pairs.forEachRemaining(list::add);
                        Map<Integer, Doc> byIndex = piece(pieceBytes, byPiece, list.stream().map(Tuple2::_1).toList());
                        List<Tuple2<Integer, Doc>> out = new ArrayList<>(list.size());
                        for (Tuple2<Integer, Integer> t : list) {
                            out.add(new Tuple2<>(t._2(), byIndex.get(t._1())));
                        }
                        return out.iterator();
                    }).mapToPair(t -> t);
            JavaRDD<PairScores> near = pieceDocs.zipPartitions(withFirst.partitionBy(byPiece), (pieceBytes, pairs) -> {
                        List<Tuple2<Integer, Doc>> list = new ArrayList<>();
                        pairs.forEachRemaining(list::add);
                        Map<Integer, Doc> byIndex = piece(pieceBytes, byPiece, list.stream().map(Tuple2::_1).toList());
                        List<PairScores> out = new ArrayList<>();
                        for (Tuple2<Integer, Doc> t : list) {
                            PairScores sc = DistributedDuplicates.score(t._2(), byIndex.get(t._1()));
                            if (DistributedDuplicates.isNear(p, sc)) {
                                out.add(sc);
                            }
                        }
                        return out.iterator();
                    });
            near.persist(StorageLevel.MEMORY_AND_DISK());
            cachedRdds.add(near);
            long nearCount = near.count();
            step("verification");

            phase.accept(String.format(Locale.ROOT, "clustering of %,d near pairs", nearCount));
            JavaPairRDD<Integer, Integer> roots = SparkComponents.roots(
                    near.mapToPair(s -> new Tuple2<>(s.a(), s.b())), partitions, rounds);
            roots.persist(StorageLevel.MEMORY_AND_DISK());
            cachedRdds.add(roots.rdd().toJavaRDD());
            // Each exact group goes with its canonical document's component, or is one of its own.
            JavaPairRDD<Integer, Long> copiesByRoot = copyPairs.mapToPair(c -> new Tuple2<>((int) (c >>> 32), c))
                    .leftOuterJoin(roots, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()));
            copiesByRoot.persist(StorageLevel.MEMORY_AND_DISK());
            cachedRdds.add(copiesByRoot.rdd().toJavaRDD());
            JavaPairRDD<Integer, PairScores> edgesByRoot = near.mapToPair(s -> new Tuple2<>(s.a(), s))
                    .join(roots, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
            JavaPairRDD<Integer, Integer> members = roots.union(copiesByRoot.flatMapToPair(t -> List.of(
                    new Tuple2<>((int) (t._2() >>> 32), t._1()), new Tuple2<>((int) (long) t._2(), t._1())).iterator()))
                    .distinct(partitions); // (document, root)
            members.persist(StorageLevel.MEMORY_AND_DISK());
            cachedRdds.add(members.rdd().toJavaRDD());
            Broadcast<int[][]> errors = jsc.broadcast(errorCounts(members, request, p.policy()));
            // What the clusters need of each member, from its piece, to its component.
            JavaPairRDD<Integer, DistributedDuplicates.Info> infos = pieceDocs.zipPartitions(members.partitionBy(byPiece),
                    (pieceBytes, byDoc) -> {
                        List<Tuple2<Integer, Integer>> list = new ArrayList<>();
                        byDoc.forEachRemaining(list::add);
                        Map<Integer, Doc> byIndex = piece(pieceBytes, byPiece, list.stream().map(Tuple2::_1).toList());
                        List<Tuple2<Integer, DistributedDuplicates.Info>> out = new ArrayList<>(list.size());
                        for (Tuple2<Integer, Integer> t : list) {
                            out.add(new Tuple2<>(t._2(), DistributedDuplicates.info(byIndex.get(t._1()),
                                    errorsOf(errors.value(), t._1()))));
                        }
                        return out.iterator();
                    }).mapToPair(t -> t);
            List<DuplicateClusters.Cluster> clusters = edgesByRoot.cogroup(copiesByRoot, infos, partitions)
                    .flatMap(t -> {
                        List<PairScores> edges = new ArrayList<>();
                        t._2()._1().forEach(edges::add);
                        List<Long> copyList = new ArrayList<>();
                        t._2()._2().forEach(copyList::add);
                        List<DistributedDuplicates.Info> docInfos = new ArrayList<>();
                        t._2()._3().forEach(docInfos::add);
                        long[] copyArray = copyList.stream().mapToLong(Long::longValue).toArray();
                        return DistributedDuplicates.clusters(p, edges, copyArray, docInfos).iterator();
                    })
                    .collect();
            step("clusters");
            int componentRounds = rounds.stream().mapToInt(SparkComponents.Stats::rounds).sum();
            metrics = new Metrics(documents, exactGroups, bandKeyCount, largest.value(), candidateCount, nearCount,
                    clusters.size(), componentRounds, (System.nanoTime() - started) / 1_000_000, new LinkedHashMap<>(steps));
            return new DistributedDuplicates.Found(clusters, (int) exactGroups, (int) candidateCount, (int) nearCount);
        } finally {
            cached.forEach(d -> d.unpersist(false));
            cachedRdds.forEach(r -> r.unpersist(false));
        }
    }

    /**
     * The documents {@code wanted} of the piece whose duplicate bytes {@code docs} yields (one element: a partition
     * holds one piece), by index.
     */
    private static Map<Integer, Doc> piece(Iterator<byte[]> docs, PiecePartitioner byPiece, List<Integer> wanted) {
        Map<Integer, Doc> byIndex = new HashMap<>();
        if (wanted.isEmpty() || !docs.hasNext()) {
            return byIndex;
        }
        java.util.Set<Integer> needed = new java.util.HashSet<>(wanted);
        for (Doc d : DuplicateRows.decode(docs.next(), byPiece.start(byPiece.getPartition(wanted.get(0))))) {
            if (needed.contains(d.index())) {
                byIndex.put(d.index(), d);
            }
        }
        return byIndex;
    }

    /**
     * Documents to the partition of their piece: partition i holds the documents of piece i. Pieces of files the run
     * read itself hold none of the run's documents.
     */
    static final class PiecePartitioner extends org.apache.spark.Partitioner {
        /** The run's index of each piece's first document, {@code -1} for a piece of a file the run read itself. */
        private final int[] starts;
        /** The same, each {@code -1} replaced by the next piece's start: ascending, so a search finds a piece. */
        private final int[] ranges;

        PiecePartitioner(int[] starts, int documents) {
            this.starts = starts.clone();
            this.ranges = starts.clone();
            for (int i = ranges.length - 1, next = documents; i >= 0; i--) {
                ranges[i] = ranges[i] < 0 ? next : ranges[i];
                next = ranges[i];
            }
        }

        boolean holdsRunDocuments(int piece) {
            return starts[piece] >= 0;
        }

        /** The run's index of the piece's first document. */
        int start(int piece) {
            return ranges[piece];
        }

        @Override
        public int numPartitions() {
            return ranges.length;
        }

        /** The piece holding document {@code key}: the last piece starting at or before it. */
        @Override
        public int getPartition(Object key) {
            int index = (Integer) key;
            int lo = 0;
            int hi = ranges.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (ranges[mid] <= index) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PiecePartitioner other && Arrays.equals(other.starts, starts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(starts);
        }
    }

    private static Dataset<Row> cache(Dataset<Row> d, List<Dataset<Row>> cached) {
        Dataset<Row> persisted = d.persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(persisted);
        return persisted;
    }

    /**
     * Pairs of documents in each paragraph's postings, for postings of 2 to {@code maxPostings} documents (a
     * paragraph in more is boilerplate). In: (paragraph key, document) sorted.
     */
    private static Iterator<Long> sharedPostings(Iterator<Row> it, int maxPostings) {
        List<Long> out = new ArrayList<>();
        int[] run = new int[maxPostings];
        int size = 0;
        long key = 0;
        while (it.hasNext()) {
            Row k = it.next();
            if (size > 0 && k.getLong(0) != key) {
                pairsOf(run, size, maxPostings, out);
                size = 0;
            }
            key = k.getLong(0);
            if (size < maxPostings) {
                run[size] = k.getInt(1);
            }
            size++;
        }
        pairsOf(run, size, maxPostings, out);
        return out.iterator();
    }

    private static void pairsOf(int[] run, int size, int maxPostings, List<Long> out) {
        if (size >= 2 && size <= maxPostings) {
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < size; y++) {
                    out.add(DistributedDuplicates.pair(run[x], run[y]));
                }
            }
        }
    }

    /** All pairs of a small component's documents. */
    private static Iterator<Long> completed(Iterable<Integer> component) {
        List<Integer> docs = new ArrayList<>();
        component.forEach(docs::add);
        List<Long> out = new ArrayList<>();
        for (int x = 0; x < docs.size(); x++) {
            for (int y = x + 1; y < docs.size(); y++) {
                out.add(DistributedDuplicates.pair(docs.get(x), docs.get(y)));
            }
        }
        return out.iterator();
    }

    /**
     * The run's error counts of the documents in clusters, which only the {@code most-complete} policy reads: the
     * documents' indices (sorted) and their counts. Other policies need none.
     */
    private static int[][] errorCounts(JavaPairRDD<Integer, Integer> members, DistributedDuplicates.Request request,
            RepresentativePolicy policy) {
        if (policy != RepresentativePolicy.MOST_COMPLETE) {
            return new int[][] {new int[0], new int[0]};
        }
        int[] docs = members.keys().collect().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] counts = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            counts[i] = request.errorCount().applyAsInt(docs[i]);
        }
        return new int[][] {docs, counts};
    }

    private static int errorsOf(int[][] errors, int doc) {
        int k = Arrays.binarySearch(errors[0], doc);
        return k < 0 ? 0 : errors[1][k];
    }

    /** The largest value added on any executor. */
    static final class MaxAccumulator extends AccumulatorV2<Long, Long> {
        private long max;

        @Override
        public boolean isZero() {
            return max == 0;
        }

        @Override
        public AccumulatorV2<Long, Long> copy() {
            MaxAccumulator c = new MaxAccumulator();
            c.max = max;
            return c;
        }

        @Override
        public void reset() {
            max = 0;
        }

        @Override
        public void add(Long v) {
            max = Math.max(max, v);
        }

        @Override
        public void merge(AccumulatorV2<Long, Long> other) {
            max = Math.max(max, other.value());
        }

        @Override
        public Long value() {
            return max;
        }
    }
}
