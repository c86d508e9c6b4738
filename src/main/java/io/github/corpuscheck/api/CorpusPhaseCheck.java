package io.github.corpuscheck.api;

import java.util.List;

/**
 * A check that works only in the corpus phase, on what earlier checks published (e.g. the duplicate clusters): it
 * reports no rule of its own, keeps no per-document state and only overrides {@link #finish}.
 */
public abstract class CorpusPhaseCheck implements CorpusCheck<Void> {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public StateCodec<Void> stateCodec() {
        return StateCodec.none();
    }

    @Override
    public final Void analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        return null;
    }
}
