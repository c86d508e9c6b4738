package io.github.corpuscheck.api;

import java.util.List;
import java.util.function.Predicate;

/**
 * A family of checks, run by the engine in three steps:
 *
 * <ol>
 *   <li>{@link #analyze} on worker threads, once per document, in any order: report document-local findings and
 *       return compact state (or {@code null}). Must not touch shared mutable state.
 *   <li>{@link #collect} on the engine thread, in reading order, with what {@code analyze} returned: store it in
 *       compact (primitive) structures.
 *   <li>{@link #finish} once after all documents, in registration order: corpus-wide findings, using results that
 *       earlier checks published through the {@link CorpusContext}.
 * </ol>
 *
 * <p>An instance serves <b>one run</b>: it keeps that run's per-document state between {@code collect} and
 * {@code finish}, so the engine refuses an instance that already started a run. A family's
 * {@link CheckProvider} makes new instances for every run.
 *
 * @param <S> the per-document state passed from {@code analyze} to {@code collect}
 */
public interface CorpusCheck<S> {

    /** Every rule this check can report, with its default severity. */
    List<Rule> rules();

    /**
     * Called once before the first document with the rules that are on (effective severity not {@code off}); a check
     * may skip the work of rules that are off, whose findings would be dropped anyway. The default does nothing.
     */
    default void enable(Predicate<Rule> on) {}

    S analyze(Document doc, DocumentScratch scratch, FindingSink sink);

    default void collect(int documentIndex, S state) {}

    default void finish(CorpusContext context, FindingSink sink) throws java.io.IOException {}

    /**
     * How the incremental cache stores this check's per-document state; {@code null} (the default) when it cannot,
     * which switches the cache off for the whole run. A check whose {@code collect} needs nothing beyond the
     * returned state may offer one; {@code finish} still runs over all documents on every run.
     */
    default StateCodec<S> stateCodec() {
        return null;
    }

    /**
     * How the per-document state travels whole from one process to another, e.g. from the workers of a cluster that
     * analysed the documents to the process that collects them: {@code collect} must then act as on the state
     * {@code analyze} returned. The default is {@link #stateCodec()}; a check whose cached state leaves out what only
     * the current run uses (e.g. exact shingle sets kept on disk for the run) offers a complete one.
     */
    default StateCodec<S> transferCodec() {
        return stateCodec();
    }
}
