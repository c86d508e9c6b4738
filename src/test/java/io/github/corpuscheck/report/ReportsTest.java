package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    @Test
    void registersEveryFormatByName() {
        assertEquals(List.of("json", "timing", "html", "sarif", "junit", "markdown"),
                Reports.writersFor("json, html,SARIF,junit,markdown").stream().map(ReportWriter::format).toList());
        assertEquals(List.of("json", "timing", "html"), Reports.writersFor("json,html").stream().map(ReportWriter::format).toList());
    }

    @Test
    void unknownFormatIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reports.writersFor("json,pdf"));
        assertEquals("Unknown report format 'pdf': known [json, sarif, junit, html, markdown, csv, codeclimate].", e.getMessage());
    }
}
