package io.github.corpuscheck.checks.metadata;

import java.time.LocalDate;

/**
 * The outcome of reading a date value.
 *
 * @param status {@link Status#VALID}, {@link Status#NOISY} (valid once the trailing noise is cut) or
 *     {@link Status#INVALID}
 * @param date the date read, or {@code null} when invalid
 * @param cleaned the value as read (whitespace normalised; without the noise when noisy)
 * @param noise the trailing text that had to be cut (noisy only), else empty
 * @param pattern the pattern that read it, or {@code null}
 * @param reason why the value is invalid (invalid only), else empty
 */
public record ParsedDate(Status status, LocalDate date, String cleaned, String noise, String pattern, String reason) {

    public enum Status { VALID, NOISY, INVALID }

    public boolean hasDate() {
        return date != null;
    }
}
