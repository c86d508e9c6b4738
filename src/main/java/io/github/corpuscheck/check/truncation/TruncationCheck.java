package io.github.corpuscheck.check.truncation;

import io.github.corpuscheck.check.CorpusCheck;
import io.github.corpuscheck.check.DocumentScratch;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Rule;
import java.util.List;

/** Truncation checks. */
public final class TruncationCheck implements CorpusCheck<Void> {

    public TruncationCheck(TruncationConfig config) {}

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Void analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        return null;
    }
}
