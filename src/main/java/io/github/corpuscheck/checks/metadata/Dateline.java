package io.github.corpuscheck.checks.metadata;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * A dateline as read: {@code WASHINGTON, Sept 4, 2023 (AFP)}.
 *
 * @param text the dateline, whitespace collapsed, without its closing dash
 * @param fromField true when read from the {@code dateline} field, false when from the start of the text
 * @param place the place (before the first comma or the agency)
 * @param month 1-12, or 0 when the dateline has no readable date
 * @param day day of month, or 0
 * @param year the year when written, else 0
 * @param agency the agency in parentheses, or {@code null}
 * @param unreadable the part that looks like a date but cannot be read, or {@code null}
 */
public record Dateline(String text, boolean fromField, String place, int month, int day, int year, String agency,
        String unreadable) {

    public boolean hasDate() {
        return month > 0;
    }

    /**
     * The dateline's date. Without a year it takes the year (the reference's, the one before or after) that puts it
     * nearest the reference date, so {@code Dec 31} filed on 2 January is last year's. {@code null} without a date.
     */
    public LocalDate dateNear(LocalDate reference) {
        if (!hasDate()) {
            return null;
        }
        if (year > 0) {
            return LocalDate.of(year, month, day);
        }
        if (reference == null) {
            return null;
        }
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = LocalDate.of(y, month, day);
            if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    /** The date as written: {@code Sept 4, 2023} becomes {@code 2023-09-04}, {@code May 18} becomes {@code --05-18}. */
    public String writtenDate() {
        if (!hasDate()) {
            return null;
        }
        return year > 0 ? LocalDate.of(year, month, day).toString() : MonthDay.of(month, day).toString();
    }
}
