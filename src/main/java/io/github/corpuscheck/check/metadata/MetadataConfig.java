package io.github.corpuscheck.check.metadata;

import java.util.List;

/** Options of the metadata family. Zero configuration requires only {@code date}. */
public final class MetadataConfig {

    private List<String> requiredFields = List.of("date");

    public List<String> requiredFields() {
        return requiredFields;
    }

    public MetadataConfig requiredFields(List<String> fields) {
        this.requiredFields = List.copyOf(fields);
        return this;
    }
}
