package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AFP|AFP|true",
        "AFP|Agence France-Presse|true",
        "AFP|afp.com|true",
        "Reuters|Thomson Reuters|true",
        "AP|Associated Press|true",
        "dpa|Deutsche Presse-Agentur|true",
        "AFP|Reuters|false",
        "Reuters|Associated Press|false",
        "Xinhua|Kyodo News|false",
    })
    void agencyAgainstSource(String agency, String source, boolean compatible) {
        assertEquals(compatible, AgencyNames.compatible(agency, source));
    }
}
