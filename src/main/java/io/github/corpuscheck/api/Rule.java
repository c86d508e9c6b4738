package io.github.corpuscheck.api;

import java.util.Objects;

/**
 * A named check outcome, such as {@code duplicate.exact}. The id is {@code family.name}; the default severity
 * applies unless the user overrides it.
 */
public record Rule(String id, Severity defaultSeverity, String description) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (id.indexOf('.') <= 0) {
            throw new IllegalArgumentException("Rule id must be family.name: " + id);
        }
    }

    /** The part before the first dot: {@code input}, {@code metadata}, {@code duplicate}, ... */
    public String family() {
        return id.substring(0, id.indexOf('.'));
    }
}
