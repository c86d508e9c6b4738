package io.github.corpuscheck.api;

import java.util.Objects;

/**
 * A setting a check family (or the run itself) declares. Its name is the same everywhere a user writes it: the
 * element in the pom's {@code <configuration>}, the {@code corpus.<name>} user property, the command line's
 * {@code --<name>} option and the key of a settings file.
 *
 * @param name the setting's name, e.g. {@code shingleSize}
 * @param kind how values are written and read
 * @param defaultValue the default as a user would write it, or {@code null} for none
 * @param property whether a single-valued form exists ({@code -Dcorpus.<name>}, {@code --<name>}); settings that
 *     take nested objects (rules, limits, field rules, field locations) are written in the pom or a settings file
 * @param affectsFindings whether the value can change what is found per document; only those settings are part of
 *     the incremental cache's fingerprint
 * @param description one line for {@code --help} and the README
 */
public record Option(String name, Kind kind, String defaultValue, boolean property, boolean affectsFindings,
        String description) {

    /** How a setting's values are written. */
    public enum Kind {
        /** A whole number. */
        INTEGER,
        /** A whole number that may exceed 2^31, e.g. a size in bytes. */
        LONG,
        /** A number with a fraction, e.g. a similarity threshold. */
        DECIMAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A single string. */
        TEXT,
        /** A file or folder; relative paths are resolved against the project folder. */
        PATH,
        /** A day, {@code yyyy-MM-dd}. */
        DATE,
        /** Several values; a single string is split at commas. */
        LIST,
        /** Several values that may hold commas (phrases, patterns); a single string is one value. */
        PHRASES,
        /** Several files; relative paths are resolved against the project folder. */
        PATHS,
        /** Names mapped to values, e.g. {@code date: /meta/published}. */
        MAP,
        /** A list of objects with named fields, e.g. {@code rules: [{id: duplicate.near, severity: error}]}. */
        RECORDS
    }

    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** A setting with a {@code corpus.<name>} property that changes findings. */
    public static Option of(String name, Kind kind, String defaultValue, String description) {
        return new Option(name, kind, defaultValue, true, true, description);
    }

    /** The same setting without a single-valued property form (written in the pom or a settings file only). */
    public Option structured() {
        return new Option(name, kind, defaultValue, false, affectsFindings, description);
    }

    /** The same setting, left out of the cache fingerprint because it does not change per-document findings. */
    public Option reportOnly() {
        return new Option(name, kind, defaultValue, property, false, description);
    }
}
