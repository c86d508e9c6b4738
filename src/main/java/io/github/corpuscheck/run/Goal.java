package io.github.corpuscheck.run;

import java.util.Locale;
import java.util.Set;

/**
 * What a run reports: every family ({@code check}), one family, or every family while writing the baseline. Each goal
 * is the same run; only the reported families, the report sub-folder and the baseline step differ.
 */
public enum Goal {
    CHECK(Set.of(), ""),
    METADATA(Set.of("metadata"), "metadata"),
    DUPLICATES(Set.of("duplicate"), "duplicates"),
    TRUNCATION(Set.of("truncation", "boilerplate"), "truncation"),
    BASELINE(Set.of(), "baseline");

    private final Set<String> families;
    private final String subfolder;

    Goal(Set<String> families, String subfolder) {
        this.families = families;
        this.subfolder = subfolder;
    }

    /** The families whose findings are reported and counted ({@code input} always is); empty for all. */
    public Set<String> families() {
        return families;
    }

    /** The sub-folder of the default report folder, or empty for the folder itself. */
    public String subfolder() {
        return subfolder;
    }

    /** The goal's name as users type it: {@code check}, {@code metadata}, {@code duplicates}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
