package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.BodyStripper;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Memo;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.ScratchKeys;
import io.github.corpuscheck.api.StateCodec;
import io.github.corpuscheck.internal.PhraseList;
import io.github.corpuscheck.internal.SpillFile;
import io.github.corpuscheck.internal.TextEnds;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Texts cut off: how the (boilerplate-stripped) body ends, how long it is, and whether another edition in the same
 * duplicate cluster goes on where this one stops. Per document it keeps one bit: whether the last paragraph is long
 * enough to prove a shared ending. The paragraph hashes themselves come from {@link DuplicateResults}, so the last
 * paragraph is compared under exactly the normalisation the duplicate check was configured with. The body is the one
 * the boilerplate family leaves: {@link ScratchKeys#BODY_PARAGRAPHS} in analysis, the {@link BodyStripper} it
 * publishes on re-reads; without that family, the whole text.
 */
public final class TruncationCheck implements CorpusCheck<TruncationCheck.EndState> {

    /**
     * What analysis keeps of a document: {@code flags} 0 (last paragraph too short to compare), 1 (comparable) or 2
     * (comparable, and a continuation-marker paragraph follows it); and its ending for the spill, when one is kept
     * (passed from analysis to collection only, never cached).
     */
    public record EndState(int flags, String ending) {}

    private static final StateCodec<EndState> CODEC = new StateCodec<>() {
        @Override
        public void write(DataOutput out, EndState state) throws IOException {
            out.writeInt(state.flags());
        }

        @Override
        public EndState read(DataInput in) throws IOException {
            return new EndState(in.readInt(), null);
        }
    };

    /** A last paragraph shorter than this is too common ("Reuter", a one-line quote) to prove a shared ending. */
    static final int PREFIX_MIN_WORDS = 5;

    private final TruncationConfig config;
    private final EndingClassifier classifier;
    /** Documents whose last content paragraph is long enough to compare. */
    private final BitSet hasLast = new BitSet();
    /** Of those, the ones that end in a continuation-marker paragraph: their content ends one paragraph earlier. */
    private final BitSet markerLast = new BitSet();
    /** Endings of comparable documents on disk, when a spill directory is configured (see {@link SpillFile}). */
    private final SpillFile endingSpill;

    public TruncationCheck(TruncationConfig config) {
        this.config = config;
        this.classifier = new EndingClassifier(PhraseList.load(TruncationCheck.class, "continuation-markers.txt", List.of(), List.of()),
                new DanglingWords());
        this.endingSpill = config.spillDirectory() == null ? null
                : new SpillFile(config.spillDirectory(), "truncation-endings-");
    }

    @Override
    public List<Rule> rules() {
        return TruncationRules.ALL;
    }

    @Override
    public StateCodec<EndState> stateCodec() {
        return CODEC;
    }

    @Override
    public EndState analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        if (!doc.hasText()) {
            return null; // input.missing-text reports it
        }
        // The body the boilerplate family leaves; the whole text when it does not run.
        List<Paragraph> body = scratch.get(ScratchKeys.BODY_PARAGRAPHS);
        if (body == null) {
            body = doc.paragraphs();
        }
        // Counting stops at minWords: a long text need not be scanned to know it is long enough.
        int words = config.minWords() > 0 ? TextEnds.wordsUpTo(body, config.minWords()) : Integer.MAX_VALUE;
        if (words < config.minWords()) {
            sink.report(tooShortFinding(doc, words, body));
        }
        if (body.isEmpty()) {
            return null;
        }
        Paragraph last = body.get(body.size() - 1);
        EndingClassifier.Verdict v = classifier.classify(body, doc.field("language"));
        if (v != null) {
            sink.report(verdictFinding(doc, last, v, body));
        }
        // A take that ends in a "More" paragraph stops at the paragraph before it.
        boolean markerParagraph = v != null && v.rule() == TruncationRules.CONTINUATION_MARKER
                && v.detail().equals(last.text().strip()) && body.size() > 1;
        Paragraph content = markerParagraph ? body.get(body.size() - 2) : last;
        if (TextEnds.wordsUpTo(content.text(), PREFIX_MIN_WORDS) < PREFIX_MIN_WORDS) {
            return new EndState(0, null);
        }
        // The ending as finish would compute it on a re-read: of the body the published BodyStripper leaves.
        String ending = endingSpill == null ? null : TextEnds.ending(body);
        return new EndState(markerParagraph ? 2 : 1, ending);
    }

    private Finding.Builder tooShortFinding(Document doc, int words, List<Paragraph> body) {
        return Finding.about(TruncationRules.TOO_SHORT, doc)
                .message("The text has " + words + " word" + (words == 1 ? "" : "s") + ", fewer than minWords ("
                        + config.minWords() + ").")
                .evidence("trigger", "too-short")
                .evidence("words", words)
                .evidence("minWords", config.minWords())
                .evidence("ending", TextEnds.ending(body));
    }

    /**
     * The finding for a verdict, built outside {@link #analyze} so the per-document code stays small for the JIT
     * (most texts get no verdict).
     */
    private static Finding.Builder verdictFinding(Document doc, Paragraph last, EndingClassifier.Verdict v, List<Paragraph> body) {
        String[] m = MESSAGES.getOrDefault(v.trigger(), NO_TERMINAL_MESSAGE);
        return Finding.about(v.rule(), doc)
                .line(last.line() > 0 ? last.line() : doc.line())
                .message(m.length == 1 ? m[0] : m[0].concat(v.detail()).concat(m[1]))
                .evidence("trigger", v.trigger())
                .evidence(DETAIL_KEYS.getOrDefault(v.trigger(), "character"), v.detail())
                .evidence("ending", TextEnds.ending(body));
    }

    /** Message per trigger: the text, or the text before and after the verdict's detail. */
    private static final Map<String, String[]> MESSAGES = Map.of(
            "continuation-marker", new String[] {"The text ends in the continuation marker \"",
                "\": the story goes on elsewhere."},
            "dangling-word", new String[] {"The text ends mid-sentence, on the word \"", "\"."},
            "comma", new String[] {"The text ends mid-sentence, on a comma."},
            "semicolon", new String[] {"The text ends mid-sentence, on a semicolon."},
            "hyphen", new String[] {"The text ends mid-word, on a hyphen."},
            "dash", new String[] {"The text ends mid-sentence, on a dash."},
            "unclosed-quote", new String[] {"The text ends inside a quotation that is never closed."},
            "unclosed-bracket", new String[] {"The text ends inside a bracket that is never closed."});
    private static final String[] NO_TERMINAL_MESSAGE =
            {"The last sentence has no terminal punctuation (it ends in \"", "\")."};
    /** Evidence key of the verdict's detail, per trigger ("character" for the others). */
    private static final Map<String, String> DETAIL_KEYS = Map.of("continuation-marker", "marker", "dangling-word", "word");

    @Override
    public void collect(int documentIndex, EndState state) {
        if (state != null && state.flags() > 0) {
            hasLast.set(documentIndex);
            if (state.flags() == 2) {
                markerLast.set(documentIndex);
            }
            if (endingSpill != null && state.ending() != null) {
                endingSpill.append(documentIndex, state.ending().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Memo namespace of a document's ending (for prefix-of). */
    static final String MEMO = "truncation.ending";

    /** A document that stops where another edition goes on. */
    private record PrefixHit(int document, int other, int following) {}

    @Override
    public void finish(CorpusContext context, FindingSink sink) throws IOException {
        try (SpillFile closing = endingSpill) { // deleted however the corpus phase ends (a null resource is skipped)
            findPrefixOf(context, sink);
        }
    }

    private void findPrefixOf(CorpusContext context, FindingSink sink) throws IOException {
        Optional<DuplicateResults> results = context.result(DuplicateResults.class);
        if (results.isEmpty() || hasLast.isEmpty()) {
            return;
        }
        DocumentTable docs = context.documents();
        Optional<List<PrefixSearch.Hit>> found = context.result(PrefixSearch.class)
                .flatMap(s -> s.prefixes(docs, results.get()));
        if (found.isPresent()) { // searched elsewhere: the same hits, with their endings
            for (PrefixSearch.Hit h : found.get()) {
                report(context, sink, docs, h.document(), h.other(), h.following(), h.ending());
            }
            return;
        }
        List<PrefixHit> hits = findPrefixes(results.get());
        if (hits.isEmpty()) {
            return;
        }
        // Endings come from the memo or the spill where they have them; only the other documents are read again.
        Memo memo = context.memo();
        boolean spilled = endingSpill != null && endingSpill.finishWriting();
        // Endings by the hit's position (hits are sorted by document, one per document): a map keyed by document
        // failed the JIT's type checks on map keys six times a run, each sending this loop back to be compiled again.
        int[] hitDocuments = new int[hits.size()];
        for (int k = 0; k < hitDocuments.length; k++) {
            hitDocuments[k] = hits.get(k).document();
        }
        String[] endings = new String[hits.size()];
        BitSet wanted = new BitSet();
        for (int k = 0; k < endings.length; k++) {
            int d = hitDocuments[k];
            String known = memo.getText(memo.key(MEMO, d));
            if (known == null && spilled && endingSpill.has(d)) {
                known = StandardCharsets.UTF_8.decode(endingSpill.read(d)).toString();
                memo.putText(memo.key(MEMO, d), known);
            }
            if (known != null) {
                endings[k] = known;
            } else {
                wanted.set(d);
            }
        }
        // Re-read texts are stripped as the boilerplate family stripped them in analysis (it finishes first).
        BodyStripper stripper = context.result(BodyStripper.class).orElse(BodyStripper.NONE);
        context.rereadInParallel(wanted, doc -> TextEnds.ending(stripper.body(doc.paragraphs())), (ending, index) -> {
            endings[Arrays.binarySearch(hitDocuments, index)] = ending;
            memo.putText(memo.key(MEMO, index), ending);
        });
        for (int k = 0; k < endings.length; k++) {
            PrefixHit h = hits.get(k);
            report(context, sink, docs, h.document(), h.other(), h.following(), endings[k]);
        }
    }

    private static void report(CorpusContext context, FindingSink sink, DocumentTable docs, int document, int other,
            int following, String ending) {
        sink.report(context.finding(TruncationRules.PREFIX_OF, document)
                .message("The text stops at a paragraph that " + docs.id(other) + " follows with " + following
                        + " more paragraph" + (following == 1 ? "" : "s") + ".")
                .related(docs.id(other), docs.location(other))
                .evidence("trigger", "prefix-of")
                .evidence("followingParagraphs", following)
                .evidence("ending", ending == null ? "" : ending));
    }

    /**
     * Per cluster, one pass over its members' paragraph hashes: a member's last paragraph that occurs in another
     * member before that member's own last paragraph makes a hit (the lowest such other member, its first
     * occurrence). Linear in the clusters' paragraphs.
     */
    List<PrefixHit> findPrefixes(DuplicateResults dup) {
        List<PrefixHit> hits = new ArrayList<>();
        BitSet seenCluster = new BitSet();
        for (int i = hasLast.nextSetBit(0); i >= 0; i = hasLast.nextSetBit(i + 1)) {
            int rep = dup.representativeOf(i);
            if (rep >= 0 && !seenCluster.get(rep)) {
                seenCluster.set(rep);
                prefixesIn(dup, dup.membersOf(rep), hits);
            }
        }
        hits.sort((a, b) -> Integer.compare(a.document(), b.document()));
        return hits;
    }

    /**
     * The hits of one cluster ({@link Prefixes#inCluster}), in a method of its own: inside the loop over all documents
     * above, the JIT compiled it on-stack into a 30 KB method.
     */
    private void prefixesIn(DuplicateResults dup, int[] members, List<PrefixHit> hits) {
        long[][] hashes = new long[members.length][];
        byte[] flags = new byte[members.length];
        for (int k = 0; k < members.length; k++) {
            int m = members[k];
            hashes[k] = dup.paragraphHashes(m);
            flags[k] = !hasLast.get(m) ? Prefixes.NONE : markerLast.get(m) ? Prefixes.MARKER_LAST : Prefixes.LAST;
        }
        for (Prefixes.Hit h : Prefixes.inCluster(hashes, flags)) {
            hits.add(new PrefixHit(members[h.member()], members[h.other()], h.following()));
        }
    }
}
