package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.internal.LongList;
import io.github.corpuscheck.internal.Radix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Forms clusters from exact groups and verified near pairs without chaining: in each connected group, the best
 * remaining unit (an exact group or single document) becomes a representative and takes only the units verified
 * directly against it; the rest form further clusters the same way.
 */
final class ClusterBuilder {

    /** What the representative policy and the members' entries need to know of a document. */
    interface DocInfo {
        /** Error findings reported on the document so far. */
        int errors(int d);

        int chars(int d);

        int dateKey(int d);

        String id(int d);

        /** Distinct indexed paragraphs of the document. */
        int indexedParagraphs(int d);
    }

    private final DocInfo docs;
    private final RepresentativePolicy policy;
    private final Function<PairScores, String> basis;

    ClusterBuilder(DocInfo docs, RepresentativePolicy policy, Function<PairScores, String> basis) {
        this.docs = docs;
        this.policy = policy;
        this.basis = basis;
    }

    /** The documents of a run: the fingerprint store, the table's ids and the run's error counts. */
    static DocInfo of(FingerprintStore store, DocumentTable table, IntUnaryOperator errorCount) {
        return new DocInfo() {
            @Override
            public int errors(int d) {
                return errorCount.applyAsInt(d);
            }

            @Override
            public int chars(int d) {
                return store.chars(d);
            }

            @Override
            public int dateKey(int d) {
                return store.dateKey(d);
            }

            @Override
            public String id(int d) {
                return table.id(d);
            }

            @Override
            public int indexedParagraphs(int d) {
                return store.indexedParagraphs(d);
            }
        };
    }

    /**
     * The exact copies of {@link ExactGroups}: {@code (canonical << 32) | copy} for every document that is not its
     * group's canonical member.
     */
    static long[] exactCopies(ExactGroups exact) {
        LongList out = new LongList(1024);
        for (int d = 0; d < exact.canonical.length; d++) {
            int c = exact.canonical[d];
            if (c >= 0 && c != d) {
                out.add(((long) c << 32) | d);
            }
        }
        return out.toArray();
    }

    /**
     * Negative when document {@code x} makes the better representative under the policy; a total order (ties go to
     * the smaller id, then the earlier document). Plain ints, no comparator chain of boxed values.
     */
    int prefer(int x, int y) {
        int c = switch (policy) {
            case MOST_COMPLETE -> {
                int errors = Integer.compare(docs.errors(x), docs.errors(y));
                yield errors != 0 ? errors : Integer.compare(docs.chars(y), docs.chars(x));
            }
            case EARLIEST_DATE -> Integer.compare(docs.dateKey(x), docs.dateKey(y));
            case LONGEST -> Integer.compare(docs.chars(y), docs.chars(x));
            case FIRST_ID -> 0;
        };
        if (c == 0) {
            c = compareIds(docs.id(x), docs.id(y));
        }
        return c != 0 ? c : Integer.compare(x, y);
    }

    /** Ids in natural order: two all-digit ids compare as numbers, others as strings. */
    static int compareIds(String x, String y) {
        if (isDigits(x) && isDigits(y)) {
            int i = leadingZeros(x);
            int j = leadingZeros(y);
            int c = Integer.compare(x.length() - i, y.length() - j);
            for (; c == 0 && i < x.length(); i++, j++) {
                c = Character.compare(x.charAt(i), y.charAt(j));
            }
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

    /** Leading zeros of a number, all but its last digit. */
    private static int leadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    /**
     * The clusters, sorted by their representative's id. Units (an exact group, or a single document of a near pair)
     * are grouped by connected component; each component is split around representatives by {@link #clustersOf}.
     * Works on sorted primitive arrays: per-unit maps of boxed values were a third of the corpus phase's time.
     * {@code nearPairs} come in pair order, distinct, as {@link PairVerifier#verify} scores the sorted candidates;
     * {@code exactCopies} are {@code (canonical << 32) | copy} ({@link #exactCopies}). Only the documents named there
     * are looked at, so a cluster's share of the corpus can be built on its own.
     */
    List<DuplicateClusters.Cluster> build(List<PairScores> nearPairs, long[] exactCopies) {
        PairScores[] edges = nearPairs.toArray(new PairScores[0]);
        long[] edgeKeys = new long[edges.length];
        for (int i = 0; i < edges.length; i++) {
            edgeKeys[i] = CandidatePairs.pair(edges[i].a(), edges[i].b());
            if (i > 0 && edgeKeys[i] <= edgeKeys[i - 1]) { // the edges are looked up by binary search below
                throw new IllegalArgumentException("Near pairs out of pair order at " + i);
            }
        }
        long[] members = unitMembers(nearPairs, exactCopies);
        // Units in key order: unitStart[k]..unitStart[k + 1] index their documents in members (low 32 bits).
        int units = 0;
        for (int i = 0; i < members.length; i++) {
            if (i == 0 || members[i] >>> 32 != members[i - 1] >>> 32) {
                units++;
            }
        }
        int[] unitStart = new int[units + 1];
        int[] unitKey = new int[units];
        int[] best = new int[units];
        for (int i = 0, k = -1; i < members.length; i++) {
            int doc = (int) members[i];
            if (i == 0 || members[i] >>> 32 != members[i - 1] >>> 32) {
                unitStart[++k] = i;
                unitKey[k] = (int) (members[i] >>> 32);
                best[k] = doc;
            } else if (prefer(doc, best[k]) < 0) {
                best[k] = doc;
            }
        }
        unitStart[units] = members.length;
        // Components over units (their keys in key order, so the smallest unit of a component is its root).
        UnionFind uf = new UnionFind(units);
        for (PairScores e : edges) {
            uf.union(Arrays.binarySearch(unitKey, e.a()), Arrays.binarySearch(unitKey, e.b()));
        }
        long[] byRoot = new long[units];
        for (int k = 0; k < units; k++) {
            byRoot[k] = ((long) uf.find(k) << 32) | k;
        }
        Radix.sort(byRoot); // components in root order, units in key order within each
        List<DuplicateClusters.Cluster> out = new ArrayList<>();
        for (int i = 0; i < units; ) {
            int j = i + 1;
            while (j < units && byRoot[j] >>> 32 == byRoot[i] >>> 32) {
                j++;
            }
            int[] component = new int[j - i];
            for (int x = i; x < j; x++) {
                component[x - i] = (int) byRoot[x];
            }
            clustersOf(component, members, unitStart, best, edgeKeys, edges, out);
            i = j;
        }
        out.sort(this::compareClusters);
        return out;
    }

    /** Clusters in the order of their representatives' ids (then document order). */
    int compareClusters(DuplicateClusters.Cluster x, DuplicateClusters.Cluster y) {
        int c = compareIds(docs.id(x.representative()), docs.id(y.representative()));
        return c != 0 ? c : Integer.compare(x.representative(), y.representative());
    }

    /**
     * (unit key << 32 | document), sorted and distinct, for every document in a unit: canonical documents with their
     * exact copies (the key is the canonical document), and every document of a near pair (its own key).
     */
    private static long[] unitMembers(List<PairScores> nearPairs, long[] exactCopies) {
        LongList out = new LongList(1024);
        for (long copy : exactCopies) {
            int c = (int) (copy >>> 32);
            out.add(((long) c << 32) | c);
            out.add(copy);
        }
        for (PairScores s : nearPairs) {
            out.add(((long) s.a() << 32) | s.a());
            out.add(((long) s.b() << 32) | s.b());
        }
        out.sortUnique();
        return out.toArray();
    }

    /**
     * The clusters of one connected component: the best remaining unit becomes a representative and takes the units
     * verified directly against it; the rest form further clusters the same way.
     */
    private void clustersOf(int[] units, long[] members, int[] unitStart, int[] best, long[] edgeKeys,
            PairScores[] edges, List<DuplicateClusters.Cluster> out) {
        sortByPreference(units, best);
        boolean[] taken = new boolean[units.length];
        for (int i = 0; i < units.length; i++) {
            if (taken[i]) {
                continue;
            }
            taken[i] = true;
            int repUnit = units[i];
            int repKey = (int) (members[unitStart[repUnit]] >>> 32);
            int rep = best[repUnit];
            List<DuplicateClusters.Member> cluster = new ArrayList<>();
            for (int m = unitStart[repUnit]; m < unitStart[repUnit + 1]; m++) {
                int d = (int) members[m];
                if (d != rep) {
                    cluster.add(new DuplicateClusters.Member(d, true, 1.0, 1.0, 1.0, docs.indexedParagraphs(d), -1,
                            "normalised-text"));
                }
            }
            for (int j = i + 1; j < units.length; j++) {
                if (taken[j]) {
                    continue;
                }
                int other = units[j];
                int otherKey = (int) (members[unitStart[other]] >>> 32);
                int e = Arrays.binarySearch(edgeKeys, CandidatePairs.pair(repKey, otherKey));
                if (e < 0) {
                    continue;
                }
                taken[j] = true;
                PairScores s = edges[e];
                boolean otherIsA = s.a() == otherKey;
                double cDoc = otherIsA ? s.containmentA() : s.containmentB();
                double cRep = otherIsA ? s.containmentB() : s.containmentA();
                String why = basis.apply(s);
                for (int m = unitStart[other]; m < unitStart[other + 1]; m++) {
                    cluster.add(new DuplicateClusters.Member((int) members[m], false, s.jaccard(), cDoc, cRep,
                            s.sharedParagraphs(), s.sharedShingles(), why));
                }
            }
            if (!cluster.isEmpty()) {
                sortById(cluster);
                out.add(new DuplicateClusters.Cluster(rep, List.copyOf(cluster)));
            }
        }
    }

    /** Sorts units by the preference of their best documents: insertion sort for the usual few. */
    private void sortByPreference(int[] units, int[] best) {
        if (units.length > 16) {
            sortManyByPreference(units, best);
            return;
        }
        for (int i = 1; i < units.length; i++) {
            int u = units[i];
            int j = i - 1;
            while (j >= 0 && prefer(best[units[j]], best[u]) > 0) {
                units[j + 1] = units[j];
                j--;
            }
            units[j + 1] = u;
        }
    }

    /** A large component's units (rare: a method of its own, so the JIT keeps it out of {@link #clustersOf}). */
    private void sortManyByPreference(int[] units, int[] best) {
        Integer[] boxed = new Integer[units.length];
        for (int i = 0; i < units.length; i++) {
            boxed[i] = units[i];
        }
        Arrays.sort(boxed, (x, y) -> prefer(best[x], best[y]));
        for (int i = 0; i < units.length; i++) {
            units[i] = boxed[i];
        }
    }

    /** Members in id order (then document order): insertion sort for the usual few, with no comparator. */
    private void sortById(List<DuplicateClusters.Member> members) {
        if (members.size() > 16) {
            sortManyById(members);
            return;
        }
        for (int i = 1; i < members.size(); i++) {
            DuplicateClusters.Member m = members.get(i);
            String id = docs.id(m.document());
            int j = i - 1;
            while (j >= 0 && compareMembers(members.get(j), docs.id(members.get(j).document()), m, id) > 0) {
                members.set(j + 1, members.get(j));
                j--;
            }
            members.set(j + 1, m);
        }
    }

    /** A large cluster's members (rare: a method of its own, kept out of {@link #clustersOf} by the JIT). */
    private void sortManyById(List<DuplicateClusters.Member> members) {
        members.sort((x, y) -> compareMembers(x, docs.id(x.document()), y, docs.id(y.document())));
    }

    private static int compareMembers(DuplicateClusters.Member x, String xId, DuplicateClusters.Member y, String yId) {
        int c = compareIds(xId, yId);
        return c != 0 ? c : Integer.compare(x.document(), y.document());
    }
}
