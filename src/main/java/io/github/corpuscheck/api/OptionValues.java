package io.github.corpuscheck.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The values of a family's {@link Option}s for one run, already parsed to their kind (a value that could not be
 * parsed was reported and reads as the default). A family validates what only it understands and reports each
 * problem with {@link #problem}; all problems of all settings are shown to the user together.
 */
public interface OptionValues {

    /** Whether the user set this option (rather than leaving its default). */
    boolean isSet(String name);

    int integer(String name);

    double decimal(String name);

    boolean bool(String name);

    /** The text, or {@code null} when neither set nor defaulted. */
    String text(String name);

    /** The day, or {@code null} when not set. */
    LocalDate date(String name);

    /** The values, trimmed, blanks dropped; empty when not set. */
    List<String> list(String name);

    /** The files, resolved against the project folder; empty when not set. */
    List<Path> paths(String name);

    /**
     * The objects of a {@link Option.Kind#RECORDS} option, in order; each field's value is a {@code String} or, for a
     * field holding several values, a {@code List<String>}. Empty when not set.
     */
    List<Map<String, Object>> records(String name);

    /** Reports that {@code value} is not valid for option {@code name}, and why. */
    void problem(String name, Object value, String message);
}
