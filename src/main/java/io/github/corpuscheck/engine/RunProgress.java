package io.github.corpuscheck.engine;

/**
 * What a run tells while it works, on the engine thread: documents and bytes read so far, and the phases it goes
 * through. The listener keeps its own clock, so the engine never measures time for it.
 */
public interface RunProgress {

    /** After each batch of documents analysed: how many so far, and how many bytes of the corpus files were read. */
    void documents(long documents, long bytesRead);

    /** A phase starts ({@code reading and analysis}, {@code candidate verification of 1,234 pairs}...). */
    default void phaseStarted(String name) {}

    /** The phase started last is over; {@code outcome} says what it did, or is {@code null}. */
    default void phaseEnded(String outcome) {}
}
