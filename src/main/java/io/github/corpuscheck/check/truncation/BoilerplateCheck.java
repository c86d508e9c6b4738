package io.github.corpuscheck.check.truncation;

import io.github.corpuscheck.check.CorpusCheck;
import io.github.corpuscheck.check.DocumentScratch;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Rule;
import java.util.List;

/** Boilerplate trailers and sign-offs; runs first so later checks see the stripped body. */
public final class BoilerplateCheck implements CorpusCheck<Void> {

    public BoilerplateCheck(TruncationConfig config) {}

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Void analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        return null;
    }
}
