package io.github.corpuscheck.checks.metadata;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema of one logical metadata field. Values are trimmed before they are checked; surrounding whitespace is
 * never a finding.
 *
 * @param name logical field name ({@code title}, {@code language}, a custom name...)
 * @param required a missing or blank value is {@code metadata.missing}
 * @param pattern a regular expression the whole value must match, or {@code null}
 * @param allowedValues the only values accepted (empty: any); a value equal to one of them but for case is noisy
 * @param minLength minimum length in characters, or {@code null}
 * @param maxLength maximum length in characters, or {@code null}
 */
public record FieldRule(String name, boolean required, Pattern pattern, List<String> allowedValues, Integer minLength,
        Integer maxLength) {

    public FieldRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A metadata field rule needs a name.");
        }
        name = name.trim();
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw new IllegalArgumentException("Field '" + name + "': minLength " + minLength + " > maxLength " + maxLength + ".");
        }
    }

    /** Only presence is checked. */
    public static FieldRule required(String name) {
        return new FieldRule(name, true, null, List.of(), null, null);
    }

    /** Compiles a user's regular expression with a readable error. */
    public static Pattern compile(String field, String regex) {
        if (regex == null || regex.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("Field '" + field + "': invalid pattern '" + regex + "': " + e.getDescription() + ".");
        }
    }
}
