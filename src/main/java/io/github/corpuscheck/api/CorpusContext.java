package io.github.corpuscheck.api;


import java.io.IOException;
import java.util.BitSet;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;

/** What a check sees in its corpus phase ({@link CorpusCheck#finish}). */
public interface CorpusContext {

    /** Ids and locations of all documents read. */
    DocumentTable documents();

    /** Number of error findings reported so far for the document (all families, analysis phase and earlier finishes). */
    int errorCount(int documentIndex);

    /** Shares a result with checks that finish later, e.g. the duplicate clusters. */
    <T> void publish(Class<T> type, T value);

    /** A result an earlier check published. */
    <T> Optional<T> result(Class<T> type);

    /**
     * Reads again just the documents whose index is set, in reading order, with the same indices. Files without a
     * wanted document are not opened. Meant for bounded second passes such as verifying candidate pairs.
     */
    void reread(BitSet wanted, DocumentConsumer consumer) throws IOException;

    /**
     * {@link #reread}, with {@code work} applied to each document on the worker threads while reading goes on; the
     * results reach {@code results} in reading order on the calling thread. For re-reads that do real work per
     * document (stripping, tokenising), which would otherwise run on one thread.
     */
    <T> void rereadInParallel(BitSet wanted, Function<Document, T> work, ObjIntConsumer<T> results)
            throws IOException;

    /**
     * Values learnt from earlier re-reads, by content, kept in the incremental cache: look a value up before
     * re-reading a document for it, and put what a re-read gave. {@link Memo#OFF} without the cache.
     */
    default Memo memo() {
        return Memo.OFF;
    }

    /**
     * Replaces the findings of one rule on one document (e.g. to add evidence learnt in the corpus phase). Returns the
     * number of findings changed.
     */
    int amend(int documentIndex, Rule rule, UnaryOperator<Finding.Builder> change);

    /** A summary counter or value shown in the report's {@code summary} (e.g. documents skipped by a check). */
    /**
     * Names the step of a check's corpus phase that starts now, for the run's log ({@code candidate verification of
     * 1,234 pairs}, {@code clustering}); the step before it, if any, is over. By default ignored.
     */
    default void phase(String name) {}

    void summary(String key, Object value);

    /** Adds a top-level report section, e.g. the duplicate clusters; replaces an earlier one of the same name. */
    void section(ReportSection section);

    /** The engine's worker pool, for parallel work in the corpus phase. */
    ExecutorService executor();

    /** Number of worker threads. */
    int threads();

    /** A finding builder about the document with this index, located where it starts. */
    default Finding.Builder finding(Rule rule, int documentIndex) {
        DocumentTable t = documents();
        return Finding.builder(rule).document(documentIndex, t.id(documentIndex)).at(t.file(documentIndex), t.line(documentIndex));
    }
}
