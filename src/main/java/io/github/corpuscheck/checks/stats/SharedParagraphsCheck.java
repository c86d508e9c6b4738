package io.github.corpuscheck.checks.stats;

import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.CorpusPhaseCheck;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Memo;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.api.SharedParagraphsSection.MarkedParagraph;
import io.github.corpuscheck.api.SharedParagraphsSection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For the HTML report: the paragraphs of one member and its representative, side by side, for the first
 * {@link #MAX_PAIRS} duplicate clusters met in reading order (by their first non-representative member; pairs with
 * differing paragraphs before identical ones), with the paragraphs they share marked. Runs after the
 * duplicate check and re-reads only those documents. Publishes a {@link SharedParagraphsSection}; reports nothing.
 */
public final class SharedParagraphsCheck extends CorpusPhaseCheck {

    static final int MAX_PAIRS = 50;
    static final int MAX_PARAGRAPHS = 60;
    static final int MAX_CHARS = 800;

    @Override
    public void finish(CorpusContext ctx, FindingSink sink) throws IOException {
        Optional<DuplicateResults> found = ctx.result(DuplicateResults.class);
        if (found.isEmpty()) {
            return;
        }
        DuplicateResults dup = found.get();
        List<int[]> pairs = new ArrayList<>();
        BitSet wanted = new BitSet();
        int n = ctx.documents().size();
        // Only representativeOf is used: the first member met in reading order stands for its cluster. Pairs whose
        // paragraphs differ come first: identical texts teach less side by side.
        Set<Integer> shown = new HashSet<>();
        List<int[]> identical = new ArrayList<>();
        for (int d = 0; d < n && pairs.size() < MAX_PAIRS; d++) {
            int rep = dup.representativeOf(d);
            if (rep >= 0 && rep != d && shown.add(rep)) {
                boolean same = Arrays.equals(dup.paragraphHashes(d), dup.paragraphHashes(rep));
                (same ? identical : pairs).add(new int[] {d, rep});
            }
        }
        for (int i = 0; i < identical.size() && pairs.size() < MAX_PAIRS; i++) {
            pairs.add(identical.get(i));
        }
        if (pairs.isEmpty()) {
            return;
        }
        // A pair's marked paragraphs come from the memo where it has them; only the other pairs are read again.
        Memo memo = ctx.memo();
        long[] keys = new long[pairs.size()];
        List<List<List<MarkedParagraph>>> sides = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            keys[i] = memo.key(MEMO, p[0], p[1]);
            byte[] known = memo.get(keys[i]);
            sides.add(known == null ? null : decode(known));
            if (known == null) {
                wanted.set(p[0]);
                wanted.set(p[1]);
            }
        }
        Map<Integer, List<String>> paragraphs = new HashMap<>();
        ctx.reread(wanted, doc -> {
            List<String> texts = new ArrayList<>();
            for (Paragraph p : doc.paragraphs()) {
                texts.add(p.text());
            }
            paragraphs.put(doc.index(), texts);
        });
        List<SharedParagraphsSection.Pair> section = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            List<List<MarkedParagraph>> marked = sides.get(i);
            if (marked == null) {
                List<String> member = paragraphs.getOrDefault(p[0], List.of());
                List<String> rep = paragraphs.getOrDefault(p[1], List.of());
                marked = List.of(marked(member, normalisedSet(rep)), marked(rep, normalisedSet(member)));
                if (paragraphs.containsKey(p[0]) && paragraphs.containsKey(p[1])) {
                    memo.put(keys[i], encode(marked));
                }
            }
            section.add(new SharedParagraphsSection.Pair(ctx.documents().id(p[0]), ctx.documents().id(p[1]),
                    marked.get(0), marked.get(1)));
        }
        ctx.section(new SharedParagraphsSection(section));
    }

    /** Memo namespace of a shown pair's marked paragraphs (clipped as shown: at most 60 of 800 characters a side). */
    static final String MEMO = "report.shared-paragraphs";

    /** Both sides' marked paragraphs as memo bytes: per side a count, then per paragraph its text and mark. */
    static byte[] encode(List<List<MarkedParagraph>> sides) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (List<MarkedParagraph> side : sides) {
                out.writeInt(side.size());
                for (MarkedParagraph m : side) {
                    out.writeUTF(m.text()); // clipped: far below writeUTF's 64 KB
                    out.writeBoolean(m.shared());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<List<MarkedParagraph>> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            List<List<MarkedParagraph>> sides = new ArrayList<>(2);
            for (int s = 0; s < 2; s++) {
                int n = in.readInt();
                List<MarkedParagraph> side = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String text = in.readUTF();
                    side.add(new MarkedParagraph(text, in.readBoolean()));
                }
                sides.add(side);
            }
            return sides;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each paragraph (clipped) with whether the other document has it too. */
    static List<MarkedParagraph> marked(List<String> paragraphs, Set<String> other) {
        List<MarkedParagraph> out = new ArrayList<>();
        for (int i = 0; i < Math.min(paragraphs.size(), MAX_PARAGRAPHS); i++) {
            String text = paragraphs.get(i);
            String key = normalise(text);
            out.add(new MarkedParagraph(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text,
                    !key.isEmpty() && other.contains(key)));
        }
        return out;
    }

    private static Set<String> normalisedSet(List<String> paragraphs) {
        Set<String> out = new HashSet<>();
        paragraphs.forEach(p -> out.add(normalise(p)));
        return out;
    }

    /** Case, punctuation and spacing do not make paragraphs different. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
