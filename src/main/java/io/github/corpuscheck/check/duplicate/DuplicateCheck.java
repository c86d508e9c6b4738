package io.github.corpuscheck.check.duplicate;

import io.github.corpuscheck.check.CorpusCheck;
import io.github.corpuscheck.check.CorpusContext;
import io.github.corpuscheck.check.DocumentScratch;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Rule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Exact duplicates: same text after NFKC, case folding and whitespace collapsing. */
public final class DuplicateCheck implements CorpusCheck<String> {

    private final Map<String, List<Integer>> byText = new HashMap<>();

    public DuplicateCheck(DuplicateConfig config) {}

    @Override
    public List<Rule> rules() {
        return DuplicateRules.ALL;
    }

    @Override
    public String analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        if (!doc.hasText()) {
            return null;
        }
        return Normalizer.normalize(doc.text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    @Override
    public void collect(int documentIndex, String state) {
        if (state != null) {
            byText.computeIfAbsent(state, k -> new ArrayList<>()).add(documentIndex);
        }
    }

    @Override
    public void finish(CorpusContext ctx, FindingSink sink) {
        for (List<Integer> group : byText.values()) {
            for (int i = 1; i < group.size(); i++) {
                int rep = group.get(0);
                sink.report(ctx.finding(DuplicateRules.EXACT, group.get(i))
                        .message("Exact duplicate of " + ctx.documents().id(rep) + ".")
                        .related(ctx.documents().id(rep), ctx.documents().location(rep)));
            }
        }
    }
}
