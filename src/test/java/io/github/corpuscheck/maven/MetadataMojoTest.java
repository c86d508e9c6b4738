package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.checks.metadata.MetadataConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The metadata parameters as a user writes them in the pom. */
@MojoTest
class MetadataMojoTest {

    @Test
    @Basedir("src/test/resources/unit/metadata")
    @InjectMojo(goal = "metadata", pom = "pom.xml")
    void xmlParametersReachTheCheck(MetadataMojo mojo) throws Exception {
        MetadataConfig c = MojoSettings.config(mojo, "metadata");
        assertEquals(List.of("date", "title", "language"), c.requiredFields());
        assertEquals(List.of("en", "fr"), c.fieldRule("language").allowedValues());
        assertEquals(80, c.fieldRule("title").maxLength());
        assertEquals(List.of("ISO_DATE", "MMM d, uuuu"), c.datePatterns());
        assertEquals(LocalDate.parse("2000-01-01"), c.minDate());
        assertEquals(LocalDate.parse("2030-12-31"), c.maxDate());
        assertEquals(3, c.datelineToleranceDays());

        // language EN is noisy (warning); the dateline is 5 days from the date: inconsistent (warning). No error.
        mojo.execute();
        String report = Files.readString(MojoSettings.of(mojo).outputDirectory().resolve("report.json"));
        assertTrue(report.contains("\"metadata.noisy\""), report);
        assertTrue(report.contains("\"metadata.inconsistent\""), report);
        assertTrue(!report.contains("\"rule\": \"metadata.missing\""), report);
    }

    @Test
    @Basedir("src/test/resources/unit/metadata")
    @InjectMojo(goal = "metadata", pom = "pom.xml")
    void missingRequiredFieldFailsTheBuild(MetadataMojo mojo) throws Exception {
        mojo.datelineToleranceDays = 10;
        mojo.requiredFields = "date,title,author";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("metadata.missing"), e.getMessage());
    }
}
