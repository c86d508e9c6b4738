package io.github.corpuscheck.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as an RDD of edges, by alternating large-star and small-star steps (Kiveris
 * et al., "Connected Components in MapReduce and Beyond", 2014): each step is a shuffle keyed by node, and the edge set
 * becomes one star per component, centred on its smallest node, in O(log² n) rounds. No node list is ever gathered
 * on the driver.
 */
final class SparkComponents {

    private SparkComponents() {}

    /** Rounds after which the computation gives up; far beyond what a graph of 2³¹ nodes needs. */
    static final int MAX_ROUNDS = 200;

    /** What the last computation took (for the log and the measurements). */
    record Stats(int rounds) {}

    /**
     * Every node that has an edge, with the smallest node of its component: {@code (node, root)}, the root with itself.
     * Self-loops are ignored.
     */
    static JavaPairRDD<Integer, Integer> roots(JavaPairRDD<Integer, Integer> edges, int partitions, List<Stats> stats) {
        // Edges as (larger, smaller), without repeats.
        JavaPairRDD<Integer, Integer> e = edges.filter(t -> !t._1().equals(t._2()))
                .mapToPair(t -> t._1() > t._2() ? t : new Tuple2<>(t._2(), t._1()))
                .distinct(partitions);
        e.persist(StorageLevel.MEMORY_AND_DISK());
        long count = e.count();
        List<JavaPairRDD<Integer, Integer>> old = new ArrayList<>();
        int round = 0;
        while (true) {
            round++;
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("Connected components did not converge in " + MAX_ROUNDS + " rounds");
            }
            JavaPairRDD<Integer, Integer> next = smallStar(largeStar(e, partitions), partitions);
            next.persist(StorageLevel.MEMORY_AND_DISK());
            long nextCount = next.count();
            boolean same = nextCount == count && next.subtract(e, partitions).isEmpty();
            old.add(e);
            e = next;
            count = nextCount;
            if (same) {
                break;
            }
            if (old.size() > 2) {
                old.remove(0).unpersist(false);
            }
        }
        old.forEach(r -> r.unpersist(false));
        stats.add(new Stats(round));
        // A star per component: (node, root) for every other node, and the root with itself.
        JavaPairRDD<Integer, Integer> star = e;
        return star.union(star.values().distinct(partitions).mapToPair(r -> new Tuple2<>(r, r)));
    }

    /**
     * Each node's larger neighbours are attached to the smallest node of its closed neighbourhood. In: edges (larger,
     * smaller); out: the same.
     */
    private static JavaPairRDD<Integer, Integer> largeStar(JavaPairRDD<Integer, Integer> e, int partitions) {
        JavaPairRDD<Integer, Integer> both = e.flatMapToPair(t -> List.of(t, new Tuple2<>(t._2(), t._1())).iterator());
        JavaPairRDD<Integer, Integer> least = both.reduceByKey(Math::min, partitions);
        return both.join(least, partitions).flatMapToPair(t -> {
            int u = t._1();
            int v = t._2()._1();
            int m = Math.min(u, t._2()._2());
            return v > u ? List.of(new Tuple2<>(v, m)).iterator() : List.<Tuple2<Integer, Integer>>of().iterator();
        }).distinct(partitions);
    }

    /** Each node and its smaller neighbours are attached to the smallest of them. In and out: edges (larger, smaller). */
    private static JavaPairRDD<Integer, Integer> smallStar(JavaPairRDD<Integer, Integer> e, int partitions) {
        JavaPairRDD<Integer, Integer> least = e.reduceByKey(Math::min, partitions);
        return e.join(least, partitions).flatMapToPair(t -> {
            int u = t._1();
            int v = t._2()._1();
            int m = t._2()._2();
            List<Tuple2<Integer, Integer>> out = new ArrayList<>(2);
            out.add(new Tuple2<>(u, m));
            if (v != m) {
                out.add(new Tuple2<>(v, m));
            }
            return out.iterator();
        }).distinct(partitions);
    }
}
