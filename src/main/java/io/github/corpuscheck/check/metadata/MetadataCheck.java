package io.github.corpuscheck.check.metadata;

import io.github.corpuscheck.check.CorpusCheck;
import io.github.corpuscheck.check.DocumentScratch;
import io.github.corpuscheck.model.Document;
import io.github.corpuscheck.model.Finding;
import io.github.corpuscheck.model.FindingSink;
import io.github.corpuscheck.model.Rule;
import java.util.List;

/** Metadata checks: required fields present. */
public final class MetadataCheck implements CorpusCheck<Void> {

    private final MetadataConfig config;

    public MetadataCheck(MetadataConfig config) {
        this.config = config;
    }

    @Override
    public List<Rule> rules() {
        return MetadataRules.ALL;
    }

    @Override
    public Void analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        for (String field : config.requiredFields()) {
            String value = doc.field(field);
            if (value == null || value.isBlank()) {
                sink.report(Finding.about(MetadataRules.MISSING, doc)
                        .message("No " + field + ": the required field '" + field + "' is missing.")
                        .evidence("field", field));
            }
        }
        return null;
    }
}
