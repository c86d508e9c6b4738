package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.duplicate.RepresentativePolicy;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

@MojoTest
class DuplicateParametersTest {

    @Test
    @Basedir("src/test/resources/unit/duplicate-params")
    @InjectMojo(goal = "duplicates", pom = "pom.xml")
    void parametersReachTheDuplicateConfiguration(DuplicatesMojo mojo) throws Exception {
        DuplicateConfig c = MojoSettings.config(mojo, "duplicate");
        assertEquals(4, c.shingleSize());
        assertEquals(30, c.minWords());
        assertEquals(0.9, c.nearJaccard());
        assertEquals(0.85, c.nearContainment());
        assertEquals(0.6, c.editionContainment());
        assertEquals(4, c.editionParagraphs());
        assertEquals(0, c.templateWords());
        assertEquals(RepresentativePolicy.EARLIEST_DATE, c.representative());
        assertFalse(c.unicodeNormalization());
        assertFalse(c.caseFolding());
        assertFalse(c.collapseWhitespace());
    }

    @Test
    @Basedir("src/test/resources/unit/failing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void defaultsMatchTheEngineDefaults(CheckMojo mojo) throws Exception {
        DuplicateConfig c = MojoSettings.config(mojo, "duplicate");
        DuplicateConfig d = DuplicateConfig.defaults();
        assertEquals(d.shingleSize(), c.shingleSize());
        assertEquals(d.minWords(), c.minWords());
        assertEquals(d.nearJaccard(), c.nearJaccard());
        assertEquals(d.nearContainment(), c.nearContainment());
        assertEquals(d.editionContainment(), c.editionContainment());
        assertEquals(d.editionParagraphs(), c.editionParagraphs());
        assertEquals(d.templateWords(), c.templateWords());
        assertEquals(RepresentativePolicy.MOST_COMPLETE, c.representative());
        assertTrue(c.unicodeNormalization() && c.caseFolding() && c.collapseWhitespace());
    }

    @Test
    @Basedir("src/test/resources/unit/failing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void unknownRepresentativePolicyIsAConfigurationError(CheckMojo mojo) {
        mojo.representativePolicy = "newest";
        assertEquals("representativePolicy: 'newest' is not a policy: use most-complete, earliest-date, longest or first-id.",
                MojoSettings.problem(mojo));
    }
}
