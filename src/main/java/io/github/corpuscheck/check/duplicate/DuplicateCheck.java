package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.check.CorpusCheck;
import io.github.corpuscheck.check.CorpusContext;
import io.github.corpuscheck.check.DocumentScratch;
import io.github.corpuscheck.check.DocumentTable;
import io.github.corpuscheck.check.ScratchKeys;
import io.github.corpuscheck.check.StateCodec;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Paragraph;
import io.github.corpuscheck.model.Rule;
import io.github.corpuscheck.model.SmallMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact, near and edition duplicates. The first pass keeps a compact {@link Fingerprint} per document; the corpus
 * phase groups exact copies by text hash, finds near candidates by LSH and shared paragraphs, verifies every
 * candidate pair exactly on a bounded second pass, and forms clusters around a representative.
 */
public final class DuplicateCheck implements CorpusCheck<Fingerprint> {

    private final DuplicateConfig config;
    private final Fingerprinter fingerprinter;
    private final FingerprintStore store;
    /** Pairs the last run verified from the spill (for tests). */
    int pairsFromSpill;
    /** Exact shingle sets of the first pass on disk, when a spill directory is configured. */
    private final ShingleSpill spill;

    public DuplicateCheck(DuplicateConfig config) {
        this.config = config == null ? new DuplicateConfig() : config;
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
        try {
            findDuplicates(ctx, sink);
        } finally {
            if (spill != null) {
                spill.close();
            }
        }
    }

    private void findDuplicates(CorpusContext ctx, FindingSink sink) throws IOException {
        DocumentTable table = ctx.documents();
        while (store.size() < table.size()) {
            store.add(store.size(), null);
        }
        ExactGroups exact = new ExactGroups(store);
        long[] candidates = CandidatePairs.find(store, exact, config, ctx.threads() > 1 ? ctx.executor() : null);
        long budget = Runtime.getRuntime().maxMemory() / 8 / Integer.BYTES;
        PairVerifier verifier = new PairVerifier(store, fingerprinter, budget,
                spill != null && spill.finishWriting() ? spill : null);
        PairVerifier.Scores[] scores = verifier.verify(candidates, ctx);
        pairsFromSpill = verifier.pairsFromSpill();
        List<PairVerifier.Scores> near = new ArrayList<>();
        for (PairVerifier.Scores s : scores) {
            if (s != null && isNear(s)) {
                near.add(s);
            }
        }
        List<DuplicateClusters.Cluster> clusters =
                new ClusterBuilder(store, exact, table, config.representative(), ctx::errorCount, this::basis).build(near);
        DuplicateClusters results = new DuplicateClusters(store.size(), clusters, store);
        ctx.publish(DuplicateResults.class, results);

        int exactFindings = 0;
        int nearFindings = 0;
        List<Object> section = new ArrayList<>();
        for (DuplicateClusters.Cluster c : clusters) {
            int rep = c.representative();
            String repId = table.id(rep);
            List<Object> members = new ArrayList<>();
            for (DuplicateClusters.Member m : c.members()) {
                if (m.exact()) {
                    exactFindings++;
                } else {
                    nearFindings++;
                }
                sink.report(ctx.finding(m.exact() ? DuplicateRules.EXACT : DuplicateRules.NEAR, m.document())
                        .message(message(m, repId))
                        .related(repId, table.location(rep))
                        .evidence("representative", repId)
                        .evidence("jaccard", round(m.jaccard()))
                        .evidence("containmentOfDocument", round(m.containmentOfDocument()))
                        .evidence("containmentOfRepresentative", round(m.containmentOfRepresentative()))
                        .evidence("sharedParagraphs", m.sharedParagraphs())
                        .evidence("clusterSize", c.size())
                        .evidence("basis", m.basis()));
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("document", table.id(m.document()));
                member.put("rule", (m.exact() ? DuplicateRules.EXACT : DuplicateRules.NEAR).id());
                member.put("jaccard", round(m.jaccard()));
                member.put("containmentOfDocument", round(m.containmentOfDocument()));
                member.put("containmentOfRepresentative", round(m.containmentOfRepresentative()));
                member.put("sharedParagraphs", m.sharedParagraphs());
                members.add(SmallMap.copyOf(member));
            }
            Map<String, Object> cluster = new LinkedHashMap<>();
            cluster.put("id", repId);
            cluster.put("representative", repId);
            cluster.put("size", c.size());
            cluster.put("lowestSimilarity", round(c.lowestSimilarity()));
            cluster.put("members", members);
            section.add(SmallMap.copyOf(cluster));
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
        summary.put("exactGroups", exact.groups);
        summary.put("candidatePairs", candidates.length);
        summary.put("verifiedNearPairs", near.size());
        summary.put("skippedShort", skipped);
        summary.put("minWords", config.minWords());
        ctx.summary("duplicates", summary);
        Map<String, Object> sectionValue = new LinkedHashMap<>();
        sectionValue.put("clusters", section);
        ctx.section("duplicates", sectionValue);
    }

    /** Whether a verified pair is a near duplicate under the configured thresholds. */
    boolean isNear(PairVerifier.Scores s) {
        if (s.figuresDiffer() && Math.min(s.wordsA(), s.wordsB()) < config.templateWords()) {
            return false; // a short template filled with other figures: a different story
        }
        double c = Math.max(s.containmentA(), s.containmentB());
        return s.jaccard() >= config.nearJaccard()
                || c >= config.nearContainment()
                || (c >= config.editionContainment() && s.sharedParagraphs() >= config.editionParagraphs());
    }

    /** Which threshold made the pair a near duplicate (the first that holds). */
    String basis(PairVerifier.Scores s) {
        return s.jaccard() >= config.nearJaccard() ? "jaccard"
                : Math.max(s.containmentA(), s.containmentB()) >= config.nearContainment() ? "containment" : "paragraphs";
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

    /** The value with {@code decimals} decimals, rounded as {@code %.Nf} rounds (half up on its decimal digits). */
    static String fixed(double v, int decimals) {
        return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static double round(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
