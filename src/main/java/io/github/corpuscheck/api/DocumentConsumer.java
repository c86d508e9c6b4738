package io.github.corpuscheck.api;

import io.github.corpuscheck.api.Document;

/** Receives documents one at a time, in reading order. */
@FunctionalInterface
public interface DocumentConsumer {
    void accept(Document document);
}
