package io.github.corpuscheck.api;

import java.util.List;

/** Scratch values shared between check families within one document's analysis. */
public final class ScratchKeys {

    /**
     * The body paragraphs once boilerplate trailers and agency sign-offs are stripped from the end. Set by the
     * boilerplate check (which runs first); when absent, use the document's own paragraphs.
     */
    public static final DocumentScratch.Key<List<Paragraph>> BODY_PARAGRAPHS = new DocumentScratch.Key<>("bodyParagraphs");

    /**
     * A 64-bit hash of the normalised body (trailers stripped; NFKC, case and whitespace folded as configured for
     * duplicates). Set by the duplicate check; later checks reuse it instead of hashing the text again.
     */
    public static final DocumentScratch.Key<Long> TEXT_HASH = new DocumentScratch.Key<>("textHash");

    private ScratchKeys() {}
}
