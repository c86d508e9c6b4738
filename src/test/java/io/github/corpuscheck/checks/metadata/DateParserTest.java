package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private final DateParser parser = new DateParser(DateParser.DEFAULT_PATTERNS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-09-04|2023-09-04|ISO_DATE",
        "2023-09-04T10:15:30|2023-09-04|ISO_DATE_TIME",
        "2023-09-04T23:15:30-05:00|2023-09-04|ISO_DATE_TIME",
        "2023-09-04+02:00|2023-09-04|ISO_DATE",
        "26-FEB-1987 15:01:01.79|1987-02-26|d-MMM-uuuu HH:mm:ss[.SS]",
        "' 3-MAR-1987  09:15:05.40'|1987-03-03|d-MMM-uuuu HH:mm:ss[.SS]",
        "5-mar-1987 09:15:05.4|1987-03-05|d-MMM-uuuu HH:mm:ss[.SS]",
        "5-Mar-1987 09:15:05.123456789|1987-03-05|d-MMM-uuuu HH:mm:ss[.SS]",
        "5-MAR-1987 09:15:05|1987-03-05|d-MMM-uuuu HH:mm:ss[.SS]",
        "'Sept 4, 2023'|2023-09-04|MMM d, uuuu",
        "'Sep 4, 2023'|2023-09-04|MMM d, uuuu",
        "'SEPT. 4, 2023'|2023-09-04|MMM d, uuuu",
        "4 September 2023|2023-09-04|d MMMM uuuu",
        "4 sep 2023|2023-09-04|d MMM uuuu",
        "'September 4, 2023'|2023-09-04|MMMM d, uuuu",
        "'Mon, 4 Sep 2023 10:00:00 GMT'|2023-09-04|RFC_1123",
    })
    void readsTheDefaultShapes(String value, String date, String pattern) {
        ParsedDate p = parser.parse(value);
        assertEquals(ParsedDate.Status.VALID, p.status(), value);
        assertEquals(LocalDate.parse(date), p.date());
        assertEquals(pattern, p.pattern());
    }

    @Test
    void trailingNoiseIsNoisyWithTheCleanedValue() {
        ParsedDate p = parser.parse(" 27-MAR-1987 11:51:33.23C T");
        assertEquals(ParsedDate.Status.NOISY, p.status());
        assertEquals(LocalDate.parse("1987-03-27"), p.date());
        assertEquals("27-MAR-1987 11:51:33.23", p.cleaned());
        assertEquals("C T", p.noise());
        ParsedDate iso = parser.parse("2023-09-04 (updated)");
        assertEquals(ParsedDate.Status.NOISY, iso.status());
        assertEquals("2023-09-04", iso.cleaned());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31-MAR-1987 605:12:19.12|unreadable from '5:12:19.12'",
        "2023-13-04|Invalid value for MonthOfYear (valid values 1 - 12): 13",
        "2023-04-31|Invalid date 'APRIL 31'",
        "'Feb 29, 2023'|Invalid date 'February 29' as '2023' is not a leap year",
        "next Tuesday|unreadable from 'next Tuesday'",
        "2023-09-04T25:00|Invalid value for HourOfDay (valid values 0 - 23): 25",
        "2023-09-0412|unreadable from '12'",
        "'Tue, 4 Sep 2023 10:00:00 GMT'|Conflict found: Field DayOfWeek 1 differs from DayOfWeek 2 derived from 2023-09-04",
    })
    void impossibleValuesAreInvalid(String value, String reason) {
        ParsedDate p = parser.parse(value);
        assertEquals(ParsedDate.Status.INVALID, p.status(), value);
        assertNull(p.date());
        assertEquals(reason, p.reason());
    }

    @Test
    void configuredPatternsReplaceTheDefaultsInOrder() {
        DateParser dmy = new DateParser(List.of("dd/MM/yyyy", "MM/dd/yyyy"));
        assertEquals(LocalDate.parse("2023-04-03"), dmy.parse("03/04/2023").date());
        assertEquals(LocalDate.parse("2023-04-12"), dmy.parse("12/04/2023").date());
        assertEquals(LocalDate.parse("2023-04-13"), dmy.parse("04/13/2023").date(), "second pattern when the first fails");
        assertEquals(ParsedDate.Status.INVALID, dmy.parse("2023-09-04").status());
    }

    @Test
    void badPatternIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DateParser(List.of("uuuu-MM-dd {")));
        assertEquals(true, e.getMessage().startsWith("Invalid date pattern 'uuuu-MM-dd {'"));
    }
}
