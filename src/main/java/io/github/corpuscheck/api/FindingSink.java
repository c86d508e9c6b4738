package io.github.corpuscheck.api;

/** Where checks and readers report findings. The engine resolves severities and drops rules that are off. */
@FunctionalInterface
public interface FindingSink {
    void report(Finding.Builder finding);
}
