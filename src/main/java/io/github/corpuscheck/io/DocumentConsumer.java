package io.github.corpuscheck.io;

import io.github.corpuscheck.model.Document;

/** Receives documents one at a time, in reading order. */
@FunctionalInterface
public interface DocumentConsumer {
    void accept(Document document);
}
