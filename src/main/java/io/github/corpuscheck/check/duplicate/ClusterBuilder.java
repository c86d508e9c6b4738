package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.check.DocumentTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Forms clusters from exact groups and verified near pairs without chaining: in each connected group, the best
 * remaining unit (an exact group or single document) becomes a representative and takes only the units verified
 * directly against it; the rest form further clusters the same way.
 */
final class ClusterBuilder {

    private final FingerprintStore store;
    private final ExactGroups exact;
    private final DocumentTable table;
    private final Comparator<Integer> preference;
    private final java.util.function.Function<PairVerifier.Scores, String> basis;

    ClusterBuilder(FingerprintStore store, ExactGroups exact, DocumentTable table, RepresentativePolicy policy,
            IntUnaryOperator errorCount, java.util.function.Function<PairVerifier.Scores, String> basis) {
        this.basis = basis;
        this.store = store;
        this.exact = exact;
        this.table = table;
        this.preference = preference(policy, store, table, errorCount);
    }

    /** Documents compared by policy, best first. */
    static Comparator<Integer> preference(RepresentativePolicy policy, FingerprintStore store, DocumentTable table,
            IntUnaryOperator errorCount) {
        Comparator<Integer> byId = (x, y) -> compareIds(table.id(x), table.id(y));
        Comparator<Integer> longest = Comparator.comparingInt((Integer d) -> -store.chars(d));
        return switch (policy) {
            case MOST_COMPLETE -> Comparator.comparingInt((Integer d) -> errorCount.applyAsInt(d)).thenComparing(longest)
                    .thenComparing(byId).thenComparingInt(d -> d);
            case EARLIEST_DATE -> Comparator.comparingInt((Integer d) -> store.dateKey(d)).thenComparing(byId)
                    .thenComparingInt(d -> d);
            case LONGEST -> longest.thenComparing(byId).thenComparingInt(d -> d);
            case FIRST_ID -> byId.thenComparingInt(d -> d);
        };
    }

    /** Ids in natural order: two all-digit ids compare as numbers, others as strings. */
    static int compareIds(String x, String y) {
        if (isDigits(x) && isDigits(y)) {
            String a = stripZeros(x);
            String b = stripZeros(y);
            if (a.length() != b.length()) {
                return Integer.compare(a.length(), b.length());
            }
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return x.compareTo(y);
    }

    private static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    /**
     * The clusters, sorted by their representative's id. Runs once per corpus over every document and pair; its loops
     * live in small methods of their own: one method holding them all was compiled on-stack by the JIT into ≈ 70 KB
     * of code, the largest single compilation of a cold run of 100,000 articles.
     */
    List<DuplicateClusters.Cluster> build(List<PairVerifier.Scores> nearPairs) {
        int n = store.size();
        UnionFind uf = new UnionFind(n);
        Map<Long, PairVerifier.Scores> edges = new HashMap<>();
        for (PairVerifier.Scores s : nearPairs) {
            uf.union(s.a(), s.b());
            edges.put(CandidatePairs.pair(s.a(), s.b()), s);
        }
        Map<Integer, List<Integer>> unitDocs = units(n, nearPairs);
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int unit : unitDocs.keySet()) {
            components.computeIfAbsent(uf.find(unit), k -> new ArrayList<>()).add(unit);
        }
        Map<Integer, Integer> best = new HashMap<>();
        unitDocs.forEach((unit, docs) -> best.put(unit, best(docs)));
        List<DuplicateClusters.Cluster> out = new ArrayList<>();
        Integer[] roots = components.keySet().toArray(new Integer[0]);
        Arrays.sort(roots);
        for (int root : roots) {
            clustersOf(components.get(root), unitDocs, best, edges, out);
        }
        out.sort((x, y) -> {
            int c = compareIds(table.id(x.representative()), table.id(y.representative()));
            return c != 0 ? c : Integer.compare(x.representative(), y.representative());
        });
        return out;
    }

    /** Units: canonical documents with their exact copies, and every document of a near pair. */
    private Map<Integer, List<Integer>> units(int n, List<PairVerifier.Scores> nearPairs) {
        Map<Integer, List<Integer>> unitDocs = new HashMap<>();
        for (int d = 0; d < n; d++) {
            int c = exact.canonical[d];
            if (c >= 0 && c != d) {
                unitDocs.computeIfAbsent(c, k -> new ArrayList<>(List.of(c))).add(d);
            }
        }
        for (PairVerifier.Scores s : nearPairs) {
            unitDocs.computeIfAbsent(s.a(), k -> new ArrayList<>(List.of(k)));
            unitDocs.computeIfAbsent(s.b(), k -> new ArrayList<>(List.of(k)));
        }
        return unitDocs;
    }

    /** The preferred document of a unit. */
    private Integer best(List<Integer> docs) {
        Integer b = docs.get(0);
        for (int k = 1; k < docs.size(); k++) {
            if (preference.compare(docs.get(k), b) < 0) {
                b = docs.get(k);
            }
        }
        return b;
    }

    /**
     * The clusters of one connected group: the best remaining unit becomes a representative and takes the units
     * verified directly against it; the rest form further clusters the same way.
     */
    private void clustersOf(List<Integer> units, Map<Integer, List<Integer>> unitDocs, Map<Integer, Integer> best,
            Map<Long, PairVerifier.Scores> edges, List<DuplicateClusters.Cluster> out) {
        units.sort((x, y) -> preference.compare(best.get(x), best.get(y)));
        boolean[] taken = new boolean[units.size()];
        for (int i = 0; i < units.size(); i++) {
            if (taken[i]) {
                continue;
            }
            taken[i] = true;
            int repUnit = units.get(i);
            int rep = best.get(repUnit);
            List<DuplicateClusters.Member> members = new ArrayList<>();
            for (int d : unitDocs.get(repUnit)) {
                if (d != rep) {
                    int paras = store.indexedParagraphs(d);
                    members.add(new DuplicateClusters.Member(d, true, 1.0, 1.0, 1.0, paras, -1, "normalised-text"));
                }
            }
            for (int j = i + 1; j < units.size(); j++) {
                if (taken[j]) {
                    continue;
                }
                int other = units.get(j);
                PairVerifier.Scores s = edges.get(CandidatePairs.pair(repUnit, other));
                if (s == null) {
                    continue;
                }
                taken[j] = true;
                boolean otherIsA = s.a() == other;
                double cDoc = otherIsA ? s.containmentA() : s.containmentB();
                double cRep = otherIsA ? s.containmentB() : s.containmentA();
                String why = basis.apply(s);
                for (int d : unitDocs.get(other)) {
                    members.add(new DuplicateClusters.Member(d, false, s.jaccard(), cDoc, cRep, s.sharedParagraphs(),
                            s.sharedShingles(), why));
                }
            }
            if (!members.isEmpty()) {
                members.sort((x, y) -> compareIds(table.id(x.document()), table.id(y.document())) != 0
                        ? compareIds(table.id(x.document()), table.id(y.document()))
                        : Integer.compare(x.document(), y.document()));
                out.add(new DuplicateClusters.Cluster(rep, List.copyOf(members)));
            }
        }
    }
}
