package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The distributed connected components against a union-find on the same random graphs. */
class SparkComponentsTest {

    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.builder("components-test")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void rootsAreTheSmallestNodeOfEachComponent() {
        Random random = new Random(11);
        for (int graph = 0; graph < 3; graph++) {
            int nodes = 2_000;
            List<Tuple2<Integer, Integer>> edges = new ArrayList<>();
            // sparse random edges, a long chain (many rounds) and a few self-loops and repeats
            for (int i = 0; i < 1_200; i++) {
                edges.add(new Tuple2<>(random.nextInt(nodes), random.nextInt(nodes)));
            }
            for (int i = nodes; i < nodes + 300; i++) {
                edges.add(new Tuple2<>(i + 1, i));
            }
            edges.add(new Tuple2<>(5, 5));
            edges.add(new Tuple2<>(edges.get(0)._2(), edges.get(0)._1()));
            List<Integer> rounds = new ArrayList<>();
            Map<Integer, Integer> actual = new TreeMap<>(toMap(SparkComponents.roots(jsc.parallelizePairs(edges, 3), 4, statsOf(rounds))
                    .collect()));
            Map<Integer, Integer> expected = unionFind(edges, nodes + 301);
            assertEquals(expected, actual);
            assertTrue(rounds.get(0) >= 2, "rounds " + rounds);
        }
    }

    private static List<SparkComponents.Stats> statsOf(List<Integer> rounds) {
        return new ArrayList<>() {
            @Override
            public boolean add(SparkComponents.Stats s) {
                rounds.add(s.rounds());
                return super.add(s);
            }
        };
    }

    private static Map<Integer, Integer> toMap(List<Tuple2<Integer, Integer>> pairs) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (Tuple2<Integer, Integer> t : pairs) {
            Integer before = out.put(t._1(), t._2());
            assertTrue(before == null || before.equals(t._2()), "node " + t._1() + " has two roots");
        }
        return out;
    }

    /** Every node with an edge to another node, with the smallest node of its component. */
    private static Map<Integer, Integer> unionFind(List<Tuple2<Integer, Integer>> edges, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[] seen = new boolean[n];
        for (Tuple2<Integer, Integer> e : edges) {
            if (e._1().equals(e._2())) {
                continue;
            }
            seen[e._1()] = seen[e._2()] = true;
            int a = find(parent, e._1());
            int b = find(parent, e._2());
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (seen[i]) {
                out.put(i, find(parent, i));
            }
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x] = parent[parent[x]];
        }
        return x;
    }
}
