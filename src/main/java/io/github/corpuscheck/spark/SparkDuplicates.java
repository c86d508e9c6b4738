package io.github.corpuscheck.spark;

import io.github.corpuscheck.checks.duplicate.DistributedDuplicates;
import io.github.corpuscheck.checks.duplicate.DistributedDuplicates.Doc;
import io.github.corpuscheck.checks.duplicate.DistributedDuplicates.Params;
import io.github.corpuscheck.checks.duplicate.DuplicateClusters;
import io.github.corpuscheck.checks.duplicate.PairScores;
import io.github.corpuscheck.checks.duplicate.RepresentativePolicy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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

    private final JavaSparkContext jsc;
    private final JavaRDD<SparkAnalysis.PieceOutput> outputs;
    /** Documents of each piece, in piece order. */
    private final int[] pieceDocuments;
    /** Whether every piece came back usable (else the run read some files itself and numbering may differ). */
    private final boolean usable;
    /** What the last search did, for the log and the measurements. */
    Metrics metrics;

    record Metrics(long documents, long exactGroups, long bandKeys, long largestBucket, long candidatePairs,
            long nearPairs, long clusters, int componentRounds, long millis) {}

    SparkDuplicates(JavaSparkContext jsc, JavaRDD<SparkAnalysis.PieceOutput> outputs, int[] pieceDocuments,
            boolean usable) {
        this.jsc = jsc;
        this.outputs = outputs;
        this.pieceDocuments = pieceDocuments.clone();
        this.usable = usable;
    }

    @Override
    public DistributedDuplicates.Found search(DistributedDuplicates.Request request) {
        if (!usable) {
            return null;
        }
        int[] offsets = new int[pieceDocuments.length];
        long total = 0;
        for (int i = 0; i < pieceDocuments.length; i++) {
            offsets[i] = (int) total;
            total += pieceDocuments[i];
        }
        if (total != request.documents()) {
            return null; // the run read documents of its own: their indices are not the pieces'
        }
        long started = System.nanoTime();
        Params p = request.params();
        int partitions = Math.max(2, jsc.defaultParallelism() * 2);
        int bits = DistributedDuplicates.paragraphKeyBits(request.documents());
        Consumer<String> phase = request.phase();
        Broadcast<int[]> firstOfPiece = jsc.broadcast(offsets);

        JavaRDD<Doc> docs = outputs.flatMap(o -> {
            int offset = firstOfPiece.value()[o.order()];
            List<Doc> moved = new ArrayList<>(o.duplicates().size());
            for (Doc d : o.duplicates()) {
                moved.add(d.at(offset + d.index()));
            }
            return moved.iterator();
        });
        docs.persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<JavaRDD<?>> cached = new ArrayList<>(List.of(docs));
        try {
            phase.accept("candidate search");
            // Exact groups: (text hash, index) -> the group's first document and size.
            JavaPairRDD<Long, Integer> byHash = docs.mapToPair(d -> new Tuple2<>(d.textHash(), d.index()));
            JavaPairRDD<Long, int[]> groups = byHash.combineByKey(i -> new int[] {i, 1},
                    (g, i) -> new int[] {Math.min(g[0], i), g[1] + 1},
                    (g, h) -> new int[] {Math.min(g[0], h[0]), g[1] + h[1]}, partitions);
            groups.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(groups.rdd().toJavaRDD());
            long exactGroups = groups.filter(g -> g._2()[1] > 1).count();
            // (canonical << 32) | copy for every document that is not first with its text
            JavaRDD<Long> copies = byHash.join(groups, partitions)
                    .filter(t -> t._2()._1() != t._2()._2()[0])
                    .map(t -> ((long) t._2()._2()[0] << 32) | t._2()._1());
            copies.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(copies);

            // Candidates among canonical, comparable documents: what the bucket and paragraph steps need of them.
            JavaPairRDD<Integer, Boolean> notCanonical = copies.mapToPair(c -> new Tuple2<>((int) (long) c, true));
            JavaPairRDD<Integer, Keys> eligible = docs.filter(Doc::comparable)
                    .mapToPair(d -> new Tuple2<>(d.index(), new Keys(d.bandKeys(), DistributedDuplicates.paragraphKeys(d, bits))))
                    .subtractByKey(notCanonical, partitions);
            eligible.persist(StorageLevel.MEMORY_AND_DISK_SER());
            cached.add(eligible.rdd().toJavaRDD());
            MaxAccumulator largest = new MaxAccumulator();
            jsc.sc().register(largest, "largest LSH bucket");
            int maxBucket = p.maxBucket();
            JavaPairRDD<Long, Integer> bandKeys = eligible.flatMapToPair(t -> {
                int[] keys = t._2().bands();
                List<Tuple2<Long, Integer>> out = new ArrayList<>(keys.length);
                for (int b = 0; b < keys.length; b++) {
                    out.add(new Tuple2<>(((long) b << 32) | (keys[b] & 0xFFFFFFFFL), t._1()));
                }
                return out.iterator();
            });
            long bandKeyCount = eligible.count() * p.bands();
            JavaRDD<Long> lshPairs = sortedRuns(bandKeys, partitions).mapPartitions(it -> {
                DistributedDuplicates.BucketPairs buckets = new DistributedDuplicates.BucketPairs(maxBucket);
                List<Long> out = new ArrayList<>();
                while (it.hasNext()) {
                    Tuple2<Long, Integer> k = it.next()._1();
                    buckets.add(k._1(), k._2(), out::add);
                }
                largest.add(buckets.largest());
                return out.iterator();
            });
            int maxPostings = p.maxParagraphPostings();
            JavaPairRDD<Long, Integer> paragraphKeys = eligible.flatMapToPair(t -> {
                long[] keys = t._2().paragraphs();
                List<Tuple2<Long, Integer>> out = new ArrayList<>(keys.length);
                for (long k : keys) {
                    out.add(new Tuple2<>(k, t._1()));
                }
                return out.iterator();
            });
            JavaRDD<Long> paragraphPairs = sortedRuns(paragraphKeys, partitions)
                    .mapPartitions(it -> sharedPostings(it, maxPostings))
                    .mapToPair(pair -> new Tuple2<>(pair, 1))
                    .reduceByKey(Integer::sum, partitions)
                    .filter(t -> t._2() >= 2)
                    .keys();
            JavaRDD<Long> found = lshPairs.union(paragraphPairs).distinct(partitions);
            found.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(found);
            // Small components of candidates completed to all their pairs, as the local search completes them.
            List<SparkComponents.Stats> rounds = new ArrayList<>();
            JavaPairRDD<Integer, Integer> candidateRoots = SparkComponents.roots(
                    found.mapToPair(pair -> new Tuple2<>(DistributedDuplicates.first(pair), DistributedDuplicates.second(pair))),
                    partitions, rounds);
            JavaPairRDD<Integer, Integer> byRoot = candidateRoots.mapToPair(t -> new Tuple2<>(t._2(), t._1()));
            JavaPairRDD<Integer, Integer> small = byRoot.mapValues(d -> 1).reduceByKey(Integer::sum, partitions)
                    .filter(t -> t._2() >= 3 && t._2() <= DistributedDuplicates.CLOSURE_LIMIT);
            JavaRDD<Long> closure = byRoot.join(small, partitions)
                    .mapValues(t -> t._1())
                    .groupByKey(partitions)
                    .flatMap(t -> completed(t._2()));
            JavaRDD<Long> candidates = found.union(closure).distinct(partitions);
            candidates.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(candidates);
            long candidateCount = candidates.count();

            phase.accept(String.format(Locale.ROOT, "candidate verification of %,d pairs", candidateCount));
            JavaPairRDD<Integer, Doc> comparable = docs.filter(Doc::comparable).mapToPair(d -> new Tuple2<>(d.index(), d));
            JavaRDD<PairScores> near = candidates
                    .mapToPair(pair -> new Tuple2<>(DistributedDuplicates.first(pair), DistributedDuplicates.second(pair)))
                    .join(comparable, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .join(comparable, partitions)
                    .map(t -> DistributedDuplicates.score(t._2()._1(), t._2()._2()))
                    .filter(s -> DistributedDuplicates.isNear(p, s));
            near.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(near);
            long nearCount = near.count();

            phase.accept(String.format(Locale.ROOT, "clustering of %,d near pairs", nearCount));
            JavaPairRDD<Integer, Integer> roots = SparkComponents.roots(
                    near.mapToPair(s -> new Tuple2<>(s.a(), s.b())), partitions, rounds);
            roots.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(roots.rdd().toJavaRDD());
            // Each exact group goes with its canonical document's component, or is one of its own.
            JavaPairRDD<Integer, Long> copiesByRoot = copies.mapToPair(c -> new Tuple2<>((int) (c >>> 32), c))
                    .leftOuterJoin(roots, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()));
            copiesByRoot.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(copiesByRoot.rdd().toJavaRDD());
            JavaPairRDD<Integer, PairScores> edgesByRoot = near.mapToPair(s -> new Tuple2<>(s.a(), s))
                    .join(roots, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
            JavaPairRDD<Integer, Integer> members = roots.union(copiesByRoot.flatMapToPair(t -> List.of(
                    new Tuple2<>((int) (t._2() >>> 32), t._1()), new Tuple2<>((int) (long) t._2(), t._1())).iterator()))
                    .distinct(partitions); // (document, root)
            members.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(members.rdd().toJavaRDD());
            Broadcast<int[][]> errors = jsc.broadcast(errorCounts(members, request, p.policy()));
            JavaPairRDD<Integer, DistributedDuplicates.Info> infos = members
                    .join(docs.mapToPair(d -> new Tuple2<>(d.index(), d)), partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), DistributedDuplicates.info(t._2()._2(),
                            errorsOf(errors.value(), t._1()))));
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
            int componentRounds = rounds.stream().mapToInt(SparkComponents.Stats::rounds).sum();
            metrics = new Metrics(docs.count(), exactGroups, bandKeyCount, largest.value(), candidateCount, nearCount,
                    clusters.size(), componentRounds, (System.nanoTime() - started) / 1_000_000);
            return new DistributedDuplicates.Found(clusters, (int) exactGroups, (int) candidateCount, (int) nearCount);
        } finally {
            cached.forEach(r -> r.unpersist(false));
            firstOfPiece.destroy();
        }
    }

    /** What the candidate steps need of an eligible document. */
    record Keys(int[] bands, long[] paragraphs) implements Serializable {}

    /**
     * (key, document) sorted by key then document, each key's documents in one partition: buckets and paragraph
     * postings streamed in reading order without gathering a bucket in memory.
     */
    private static JavaPairRDD<Tuple2<Long, Integer>, Boolean> sortedRuns(JavaPairRDD<Long, Integer> keyed,
            int partitions) {
        return keyed.mapToPair(t -> new Tuple2<>(t, Boolean.TRUE))
                .repartitionAndSortWithinPartitions(new ByKey(partitions), new KeyThenDocument());
    }

    /** Partitions (key, document) by key alone. */
    private static final class ByKey extends Partitioner {
        private final HashPartitioner hash;

        ByKey(int partitions) {
            this.hash = new HashPartitioner(partitions);
        }

        @Override
        public int numPartitions() {
            return hash.numPartitions();
        }

        @Override
        @SuppressWarnings("unchecked")
        public int getPartition(Object key) {
            return hash.getPartition(((Tuple2<Long, Integer>) key)._1());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByKey b && b.numPartitions() == numPartitions();
        }

        @Override
        public int hashCode() {
            return numPartitions();
        }
    }

    private static final class KeyThenDocument implements Comparator<Tuple2<Long, Integer>>, Serializable {
        @Override
        public int compare(Tuple2<Long, Integer> x, Tuple2<Long, Integer> y) {
            int c = Long.compare(x._1(), y._1());
            return c != 0 ? c : Integer.compare(x._2(), y._2());
        }
    }

    /**
     * Pairs of documents in each paragraph's postings, for postings of 2 to {@code maxPostings} documents (a
     * paragraph in more is boilerplate). In: (paragraph key, document) sorted.
     */
    private static Iterator<Long> sharedPostings(Iterator<Tuple2<Tuple2<Long, Integer>, Boolean>> it, int maxPostings) {
        List<Long> out = new ArrayList<>();
        int[] run = new int[maxPostings];
        int size = 0;
        long key = 0;
        while (it.hasNext()) {
            Tuple2<Long, Integer> k = it.next()._1();
            if (size > 0 && k._1() != key) {
                pairsOf(run, size, maxPostings, out);
                size = 0;
            }
            key = k._1();
            if (size < maxPostings) {
                run[size] = k._2();
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
