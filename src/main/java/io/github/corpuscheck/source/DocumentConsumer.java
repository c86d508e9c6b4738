package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Document;

/** Receives documents one at a time, in reading order. */
@FunctionalInterface
public interface DocumentConsumer {
    void accept(Document document);
}
