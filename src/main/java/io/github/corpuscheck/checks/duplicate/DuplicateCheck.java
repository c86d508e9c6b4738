package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.ScratchKeys;
import io.github.corpuscheck.api.StateCodec;
import io.github.corpuscheck.internal.Tasks;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact, near and edition duplicates. The first pass keeps a compact {@link Fingerprint} per document; the corpus
 * phase groups exact copies by text hash, finds near candidates by LSH and shared paragraphs, verifies every
 * candidate pair exactly on a bounded second pass, and forms clusters around a representative.
 */
public final class DuplicateCheck implements CorpusCheck<Fingerprint> {

    private final DuplicateConfig config;
    private final DistributedDuplicates.Params params;
    private final Fingerprinter fingerprinter;
    private final FingerprintStore store;
    /** Pairs the last run verified from the spill (for tests). */
    int pairsFromSpill;
    /** Exact shingle sets of the first pass on disk, when a spill directory is configured. */
    private final ShingleSpill spill;

    public DuplicateCheck(DuplicateConfig config) {
        this.config = config == null ? DuplicateConfig.defaults() : config;
        this.params = DistributedDuplicates.params(this.config);
        this.fingerprinter = new Fingerprinter(this.config);
        this.store = new FingerprintStore(this.config.bands());
        this.spill = this.config.spillDirectory() == null ? null : new ShingleSpill(this.config.spillDirectory());
    }

    @Override
    public List<Rule> rules() {
        return DuplicateRules.ALL;
    }

    @Override
    public StateCodec<Fingerprint> stateCodec() {
        return FingerprintCodec.INSTANCE;
    }

    @Override
    public StateCodec<Fingerprint> transferCodec() {
        return FingerprintCodec.TRANSFER;
    }

    @Override
    public Fingerprint analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        if (!doc.hasText()) {
            return null;
        }
        List<Paragraph> body = scratch.get(ScratchKeys.BODY_PARAGRAPHS);
        Fingerprint fp = fingerprinter.fingerprint(body != null ? body : doc.paragraphs(), doc.field("date"));
        if (fp != null) {
            scratch.put(ScratchKeys.TEXT_HASH, fp.textHash());
        }
        return fp;
    }

    @Override
    public void collect(int documentIndex, Fingerprint state) {
        store.add(documentIndex, state);
        if (spill != null && state != null && state.exact() != null) {
            spill.append(documentIndex, state.exact());
        }
    }

    @Override
    public void finish(CorpusContext ctx, FindingSink sink) throws IOException {
        try (ShingleSpill closing = spill) { // deleted however the corpus phase ends (a null resource is skipped)
            findDuplicates(ctx, sink);
        }
    }

    private void findDuplicates(CorpusContext ctx, FindingSink sink) throws IOException {
        DocumentTable table = ctx.documents();
        while (store.size() < table.size()) {
            store.add(store.size(), null);
        }
        ClusterBuilder.DocInfo docs = ClusterBuilder.of(store, table, ctx::errorCount);
        DistributedDuplicates.Search elsewhere = ctx.result(DistributedDuplicates.Search.class).orElse(null);
        DistributedDuplicates.Found found = elsewhere == null ? null
                : elsewhere.search(new DistributedDuplicates.Request(params, table, ctx::errorCount, ctx::phase));
        if (found != null) {
            ClusterBuilder builder = new ClusterBuilder(docs, config.representative(), s -> DistributedDuplicates.basis(params, s));
            List<DuplicateClusters.Cluster> clusters = new ArrayList<>(found.clusters());
            clusters.sort(builder::compareClusters);
            report(ctx, sink, table, clusters, found.exactGroups(), found.candidatePairs(), found.verifiedNearPairs());
            return;
        }
        ctx.phase("candidate search");
        ExactGroups exact = new ExactGroups(store);
        long[] candidates = CandidatePairs.find(store, exact, config, ctx.threads() > 1 ? ctx.executor() : null);
        long budget = Runtime.getRuntime().maxMemory() / 8 / Integer.BYTES;
        ctx.phase(String.format(Locale.ROOT, "candidate verification of %,d pairs", candidates.length));
        PairVerifier verifier = new PairVerifier(store, fingerprinter, budget,
                spill != null && spill.finishWriting() ? spill : null);
        PairScores[] scores = verifier.verify(candidates, ctx);
        pairsFromSpill = verifier.pairsFromSpill();
        List<PairScores> near = new ArrayList<>();
        for (PairScores s : scores) {
            if (s != null && DistributedDuplicates.isNear(params, s)) {
                near.add(s);
            }
        }
        ctx.phase(String.format(Locale.ROOT, "clustering of %,d near pairs", near.size()));
        List<DuplicateClusters.Cluster> clusters = new ClusterBuilder(docs, config.representative(), s -> DistributedDuplicates.basis(params, s))
                .build(near, ClusterBuilder.exactCopies(exact));
        report(ctx, sink, table, clusters, exact.groups, candidates.length, near.size());
    }

    /** Publishes the clusters and reports their members, the summary and the report's section. */
    private void report(CorpusContext ctx, FindingSink sink, DocumentTable table, List<DuplicateClusters.Cluster> clusters,
            int exactGroups, int candidatePairs, int nearPairs) {
        DuplicateClusters results = new DuplicateClusters(store.size(), clusters, store);
        ctx.publish(DuplicateResults.class, results);

        // Findings and report entries of each cluster are built on the workers (20,000 of them in a 100,000-article
        // benchmark) and handed to the sink here, in cluster order.
        Finding.Builder[][] reports = new Finding.Builder[clusters.size()][];
        DuplicateClustersSection.Cluster[] entries = new DuplicateClustersSection.Cluster[clusters.size()];
        Tasks.parallelFor(ctx, clusters.size(), i -> {
            DuplicateClusters.Cluster c = clusters.get(i);
            reports[i] = new Finding.Builder[c.members().size()];
            entries[i] = report(ctx, table, c, reports[i]);
        }, "reporting duplicate clusters");
        int exactFindings = 0;
        int nearFindings = 0;
        for (int i = 0; i < reports.length; i++) {
            for (Finding.Builder b : reports[i]) {
                if (b.rule() == DuplicateRules.EXACT) {
                    exactFindings++;
                } else {
                    nearFindings++;
                }
                sink.report(b);
            }
        }
        int skipped = 0;
        for (int d = 0; d < store.size(); d++) {
            if (store.hasText(d) && !store.comparable(d)) {
                skipped++;
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("clusters", clusters.size());
        summary.put("exactDuplicates", exactFindings);
        summary.put("nearDuplicates", nearFindings);
        summary.put("exactGroups", exactGroups);
        summary.put("candidatePairs", candidatePairs);
        summary.put("verifiedNearPairs", nearPairs);
        summary.put("skippedShort", skipped);
        summary.put("minWords", config.minWords());
        ctx.summary("duplicates", summary);
        ctx.section(new DuplicateClustersSection(List.of(entries)));
    }

    /** The findings of a cluster's members (into {@code findings}) and its entry in the report's section. */
    private static DuplicateClustersSection.Cluster report(CorpusContext ctx, DocumentTable table,
            DuplicateClusters.Cluster c, Finding.Builder[] findings) {
        int rep = c.representative();
        String repId = table.id(rep);
        List<DuplicateClustersSection.Member> members = new ArrayList<>(c.members().size());
        int k = 0;
        for (DuplicateClusters.Member m : c.members()) {
            findings[k++] = ctx.finding(m.exact() ? DuplicateRules.EXACT : DuplicateRules.NEAR, m.document())
                    .message(message(m, repId))
                    .related(repId, table.location(rep))
                    .evidence("representative", repId)
                    .evidence("jaccard", round(m.jaccard()))
                    .evidence("containmentOfDocument", round(m.containmentOfDocument()))
                    .evidence("containmentOfRepresentative", round(m.containmentOfRepresentative()))
                    .evidence("sharedParagraphs", m.sharedParagraphs())
                    .evidence("clusterSize", c.size())
                    .evidence("basis", m.basis());
            members.add(new DuplicateClustersSection.Member(table.id(m.document()),
                    (m.exact() ? DuplicateRules.EXACT : DuplicateRules.NEAR).id(), round(m.jaccard()),
                    round(m.containmentOfDocument()), round(m.containmentOfRepresentative()), m.sharedParagraphs()));
        }
        return new DuplicateClustersSection.Cluster(repId, members);
    }

    private static String message(DuplicateClusters.Member m, String repId) {
        if (m.exact()) {
            return "Exact duplicate of " + repId + " (same text after normalisation).";
        }
        // Built by hand rather than with String.format: this runs once per duplicate, and Formatter is costly.
        return "Near duplicate of " + repId + ": " + fixed(100 * m.containmentOfDocument(), 0) + "% of this text is in "
                + repId + ", " + fixed(100 * m.containmentOfRepresentative(), 0) + "% of " + repId
                + " is in this one (Jaccard " + fixed(m.jaccard(), 2) + ", " + m.sharedParagraphs() + " shared paragraphs).";
    }

    /**
     * The value with {@code decimals} decimals, rounded as {@code %.Nf} rounds: half up on the digits of
     * {@link Double#toString}. Done on those digits directly; only the exponent form (tiny or huge values) and
     * negative values go through {@code BigDecimal}.
     */
    static String fixed(double v, int decimals) {
        String s = Double.toString(v);
        int dot = s.indexOf('.');
        if (v < 0 || dot < 0 || s.indexOf('E') >= 0) {
            return new BigDecimal(s).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        // The kept digits, with a spare place in front for a carry.
        char[] d = new char[1 + dot + decimals];
        d[0] = '0';
        s.getChars(0, dot, d, 1);
        for (int k = 0; k < decimals; k++) {
            d[1 + dot + k] = dot + 1 + k < s.length() ? s.charAt(dot + 1 + k) : '0';
        }
        int next = dot + 1 + decimals; // the first digit dropped
        if (next < s.length() && s.charAt(next) >= '5') {
            int k = d.length - 1;
            while (d[k] == '9') {
                d[k--] = '0';
            }
            d[k]++;
        }
        int from = d[0] == '0' ? 1 : 0;
        String whole = new String(d, from, 1 + dot - from);
        return decimals == 0 ? whole : whole + '.' + new String(d, 1 + dot, decimals);
    }

    static double round(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
