package io.github.corpuscheck.api;

import java.util.List;

/**
 * The body of a text once boilerplate trailers and agency sign-offs are stripped from its end: the same body the
 * boilerplate family puts under {@link ScratchKeys#BODY_PARAGRAPHS} while analysing. Published by the boilerplate
 * family in its corpus phase ({@link CorpusContext#publish}) for checks that re-read documents in theirs and must see
 * what analysis saw; without the boilerplate family, use {@link #NONE}. Thread-safe: re-reads call it on the workers.
 */
public interface BodyStripper {

    /** The body paragraphs; the input list itself when nothing is stripped. */
    List<Paragraph> body(List<Paragraph> paragraphs);

    /** Strips nothing: the body is the whole text. */
    BodyStripper NONE = p -> p;
}
