package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text opening | place | written date | agency
        "WASHINGTON, Sept 4, 2023 (AFP) \u2013 Officials said on Monday.|WASHINGTON|2023-09-04|AFP",
        "TOKYO, May 18 - Exporters gained.|TOKYO|--05-18|-",
        "LONDON (Reuters) - A lender raised rates.|LONDON|-|Reuters",
        "PARIS, 4 septembre (AFP) - Le mus\u00e9e rouvre.|PARIS|--09-04|AFP",
        "PARIS, 12 f\u00e9vrier (AFP) \u2014 Le mus\u00e9e rouvre.|PARIS|--02-12|AFP",
        "NEW YORK, Jan. 3, 1987 -- Shares fell.|NEW YORK|1987-01-03|-",
        "ST. LOUIS, Mo., June 2 - Brewers met.|ST. LOUIS|--06-02|-",
    })
    void readsWireShapesAtTheStartOfText(String text, String place, String written, String agency) {
        Dateline d = parser.fromText(text);
        assertEquals(place, d.place());
        assertEquals(written, d.writtenDate());
        assertEquals(agency, d.agency());
        assertNull(d.unreadable());
        assertFalse(d.fromField());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "North Korean leader Kim said on Monday - officials said.",
        "The harbour authority approved a terminal.",
        "US officials - in private - disagree.",
    })
    void plainTextHasNoDateline(String text) {
        assertNull(parser.fromText(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // dateline field | written date | unreadable part
        "'    SALVADOR, Feb 26 - '|--02-26|-",
        "'    OTTAWA, Oct 2-\n    '|--10-02|-",
        "'    AMSTERDAM, 2 March - '|--03-02|-",
        "'    EVANDALE, Ohio, April, 13 - '|--04-13|-",
        "'    NEW YORK, Narch 2 - '|-|Narch 2",
        "'    RENO, Nev., Mach 4 - '|-|Mach 4",
        "'    BOSTON, March 187 - '|-|March 187",
        "'    BELGRADE, March 2O - '|-|March 2O",
        "'    CHICAGO, April - '|-|April",
        "'    ATLANTA, June 31 - '|-|June 31",
        "'    WASHINGTON - '|-|-",
        "'    FORT WORTH, Texas, - '|-|-",
        "' MAR8  --     --'|-|-",
        "' us        7.8015 - '|-|-",
    })
    void readsDatelineFields(String field, String written, String unreadable) {
        Dateline d = parser.fromField(field);
        assertEquals(written, d.writtenDate());
        assertEquals(unreadable, d.unreadable());
    }

    @Test
    void yearlessDatesTakeTheNearestYearAcrossTheTurnOfTheYear() {
        Dateline dec31 = parser.fromField("OSLO, Dec 31 -");
        assertEquals(LocalDate.parse("2023-12-31"), dec31.dateNear(LocalDate.parse("2024-01-02")));
        Dateline jan2 = parser.fromField("OSLO, Jan 2 -");
        assertEquals(LocalDate.parse("2025-01-02"), jan2.dateNear(LocalDate.parse("2024-12-30")));
        Dateline may18 = parser.fromField("TOKYO, May 18 -");
        assertEquals(LocalDate.parse("1987-05-18"), may18.dateNear(LocalDate.parse("1987-03-18")));
        assertNull(may18.dateNear(null));
        Dateline feb29 = parser.fromField("ROME, Feb 29 -");
        assertEquals(LocalDate.parse("2024-02-29"), feb29.dateNear(LocalDate.parse("2023-12-20")));
    }
}
