package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.gate.Limit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSettingsTest {

    @TempDir
    Path root;

    private CorpusSettings.Builder builder() {
        return CorpusSettings.builder(root);
    }

    @Test
    void defaultsNeedNoSetting() throws Exception {
        CorpusSettings s = builder().build();
        assertEquals(root.resolve("src/main/corpus"), s.directory());
        assertTrue(s.directoryDefaulted());
        assertEquals(root.resolve("target/corpus"), s.outputDirectory());
        assertEquals("json,html", s.reportFormats());
        assertTrue(s.failOnViolation());
        assertTrue(s.cache());
        assertEquals(20, s.maxConsoleFindings());
        assertEquals(root.resolve("corpus-baseline.json"), s.baselineFile());
        assertEquals(5, ((DuplicateConfig) s.familyConfig("duplicate")).shingleSize());
        assertEquals(List.of("date"), ((MetadataConfig) s.familyConfig("metadata")).requiredFields());
    }

    @Test
    void aGoalReportsItsFamiliesInItsOwnFolder() throws Exception {
        CorpusSettings s = builder().goal(Goal.TRUNCATION).build();
        assertEquals(root.resolve("target/corpus/truncation"), s.outputDirectory());
        assertEquals(java.util.Set.of("truncation", "boilerplate"), s.goal().families());
    }

    @Test
    void stringsAreParsedByKindAndRelativePathsResolvedAgainstTheProject() throws Exception {
        CorpusSettings s = builder().set("directory", "articles").set("shingleSize", "4").set("nearJaccard", " 0.9")
                .set("normalizeUnicode", "FALSE").set("includes", "a/**, b/**").set("minDate", "1999-12-31")
                .set("rules", List.of(Map.of("id", "duplicate.near", "severity", "ERROR")))
                .set("limits", List.of(Map.of("rule", "truncation.*", "maximumCount", "3")))
                .build();
        assertEquals(root.resolve("articles"), s.directory());
        assertFalse(s.directoryDefaulted());
        DuplicateConfig d = (DuplicateConfig) s.familyConfig("duplicate");
        assertEquals(4, d.shingleSize());
        assertEquals(0.9, d.nearJaccard());
        assertFalse(d.unicodeNormalization());
        assertEquals(List.of("a/**", "b/**"), s.readerOptions().includes());
        assertEquals(java.time.LocalDate.of(1999, 12, 31), ((MetadataConfig) s.familyConfig("metadata")).minDate());
        assertEquals(Map.of("duplicate.near", Severity.ERROR), s.ruleSettings().overrides());
        assertEquals(List.of(new Limit("truncation.*", 3L, null)), s.limits());
    }

    @Test
    void everyProblemIsReportedAtOnceNamingTheSettingAndTheValue() {
        SettingsException e = assertThrows(SettingsException.class, () -> builder().set("shingleSize", "abc")
                .set("nearJaccard", 1.5).set("failOnViolaton", true).set("inputFormat", "xml")
                .set("rules", List.of(Map.of("id", "duplicate.near", "severity", "fatal")))
                .set("reportFormats", "json,pdf").set("maxDate", "31.12.2025").set("threads", -1).build());
        assertEquals(List.of(
                "Unknown setting 'failOnViolaton' (did you mean 'failOnViolation'?).",
                "shingleSize: 'abc' must be a whole number.",
                "maxDate: '31.12.2025' must be a date like 2023-09-04.",
                "inputFormat: 'xml' is not a format: use auto, text or jsonl.",
                "rules: '{id=duplicate.near, severity=fatal}' severity must be error, warning or off.",
                "reportFormats: Unknown report format 'pdf': known [json, sarif, junit, html, markdown, csv, codeclimate].",
                "threads: '-1' must be between 0 and 256.",
                "nearJaccard: '1.5' must be above 0 and at most 1."), e.problems());
    }

    @Test
    void theLineLimitIsValidatedAndReachesTheReader() throws Exception {
        assertEquals(67_108_864L, builder().build().readerOptions().maxLineSize());
        assertEquals(1000L, builder().set("maxLineSize", "1000").build().readerOptions().maxLineSize());
        SettingsException low = assertThrows(SettingsException.class,
                () -> builder().set("maxLineSize", 0).set("maxFileSize", 0).build());
        assertEquals(List.of("maxLineSize: '0' must be at least 1.", "maxFileSize: '0' must be at least 1."), low.problems());
        SettingsException high = assertThrows(SettingsException.class,
                () -> builder().set("maxLineSize", 3_000_000_000L).build());
        assertEquals(List.of("maxLineSize: '3000000000' must be at most 2147483630 (a line is held in one array)."),
                high.problems());
    }

    @Test
    void followingLinksOutsideReachesTheReader() throws Exception {
        assertFalse(builder().build().readerOptions().followLinksOutside());
        assertTrue(builder().set("followLinksOutside", "true").build().readerOptions().followLinksOutside());
    }

    @Test
    void aSourceLinkTemplateIsAnHttpUrlWithThePathAndTheProjectNameIsKept() throws Exception {
        SettingsException e = assertThrows(SettingsException.class,
                () -> builder().set("sourceLinkTemplate", "file:///etc/{path}").build());
        assertEquals(List.of("sourceLinkTemplate: 'file:///etc/{path}' must start with https:// or http://, e.g. "
                + "https://github.com/org/repo/blob/{revision}/{path}#L{line}."), e.problems());
        CorpusSettings s = builder().projectName(" Newsroom ").set("sourceLinkTemplate", "https://x.org/{path}").build();
        assertEquals("https://x.org/{path}", s.sourceLinkTemplate());
        assertEquals("Newsroom", s.projectName());
        assertEquals(null, builder().projectName(" ").build().projectName());
        // Not a finding setting: the incremental cache is not thrown away when it changes.
        assertEquals(builder().build().fingerprint(), s.fingerprint());
    }

    @Test
    void theOutputDirectoryCannotBeTheCorpusFolderItself() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> builder().set("directory", "articles").set("outputDirectory", "articles/").build());
        assertEquals(List.of("outputDirectory: '" + root.resolve("articles") + "' is the corpus folder itself: the "
                + "reports and the cache would be read as articles; use a folder inside or outside it."), e.problems());
    }

    @Test
    void aRuleOrLimitOnAnUnknownRuleIsAnErrorNamingTheClosestKnownOne() {
        SettingsException e = assertThrows(SettingsException.class, () -> builder()
                .set("rules", List.of(Map.of("id", "duplicate.exakt", "severity", "off"),
                        Map.of("id", "duplicat.*", "severity", "error"),
                        Map.of("id", "truncation.cut", "severity", "off"),
                        Map.of("id", "Metadata.Missing", "severity", "warning")))
                .set("limits", List.of(Map.of("rule", "duplicate.exakt", "maximumCount", "0"),
                        Map.of("rule", "stats.*", "maximumCount", "0")))
                .build());
        assertEquals(List.of(
                "rules: 'duplicate.exakt' is not a known rule (did you mean 'duplicate.exact'?).",
                "rules: 'duplicat.*' is not a family with rules (did you mean 'duplicate.*'?).",
                "rules: 'truncation.cut' is not a known rule (the rules of truncation are truncation.continuation-marker,"
                        + " truncation.mid-sentence, truncation.no-terminal-punctuation, truncation.prefix-of,"
                        + " truncation.too-short).",
                "rules: 'Metadata.Missing' is not a known rule (did you mean 'metadata.missing'?).",
                "limits: 'duplicate.exakt' is not a known rule (did you mean 'duplicate.exact'?).",
                "limits: 'stats.*' is not a family with rules (the families are boilerplate.*, duplicate.*, input.*,"
                        + " metadata.*, truncation.*)."), e.problems());
    }

    @Test
    void rulePatternsThatMatchAKnownRuleAreValid() throws Exception {
        CorpusSettings s = builder()
                .set("rules", List.of(Map.of("id", "input.*", "severity", "off"), Map.of("id", "*", "severity", "error"),
                        Map.of("id", "duplicate", "severity", "warning"),
                        Map.of("id", "input.binary", "severity", "warning")))
                .set("limits", List.of(Map.of("rule", "input.*", "maximumCount", "0"),
                        Map.of("rule", "*", "maximumRatio", "0.5"), Map.of("rule", "metadata.missing", "maximumCount", "3")))
                .build();
        assertEquals(3, s.limits().size());
        assertEquals(4, s.ruleSettings().overrides().size());
    }

    @Test
    void threadsAreBetweenZeroAndTheBound() throws Exception {
        for (Object bad : List.of(-1, 257, "100000")) {
            SettingsException e = assertThrows(SettingsException.class, () -> builder().set("threads", bad).build());
            assertEquals(List.of("threads: '" + bad + "' must be between 0 and 256."), e.problems());
        }
        assertEquals(256, builder().set("threads", 256).build().threads());
        assertEquals(1, builder().set("threads", "1").build().threads());
        assertEquals(Runtime.getRuntime().availableProcessors(), builder().set("threads", 0).build().threads());
    }

    @Test
    void maxFileSizeOfZeroOrBelowIsRejectedNotTakenAsNoLimit() {
        for (Object bad : List.of(0, -1, "-67108864")) {
            SettingsException e = assertThrows(SettingsException.class, () -> builder().set("maxFileSize", bad).build());
            assertEquals(List.of("maxFileSize: '" + bad + "' must be at least 1."), e.problems());
        }
    }

    @Test
    void decimalSettingsMustBeFiniteNumbers() {
        SettingsException e = assertThrows(SettingsException.class, () -> builder().set("nearJaccard", "NaN")
                .set("nearContainment", Double.NaN).set("editionContainment", "Infinity")
                .set("limits", List.of(Map.of("rule", "duplicate.*", "maximumRatio", "NaN"),
                        Map.of("rule", "metadata.*", "maximumRatio", Double.POSITIVE_INFINITY)))
                .build());
        assertEquals(List.of(
                "nearJaccard: 'NaN' must be a finite number.",
                "nearContainment: 'NaN' must be a finite number.",
                "editionContainment: 'Infinity' must be a finite number.",
                "limits: '{maximumRatio=NaN, rule=duplicate.*}' Limit on 'duplicate.*': maximumRatio must be between 0"
                        + " and 1, not NaN.",
                "limits: '{maximumRatio=Infinity, rule=metadata.*}' Limit on 'metadata.*': maximumRatio must be between"
                        + " 0 and 1, not Infinity."), e.problems());
    }

    @Test
    void everyDecimalSettingRejectsNaNEvenWhenItsFamilyDoesNotCheck() {
        // FakeFamily's nearJaccard has no range check of its own.
        for (Object bad : List.of("NaN", Double.NaN, "-Infinity")) {
            SettingsException e = assertThrows(SettingsException.class,
                    () -> CorpusSettings.builder(root, FakeFamily.registry()).set("nearJaccard", bad).build());
            assertEquals(List.of("nearJaccard: '" + bad + "' must be a finite number."), e.problems());
        }
    }

    @Test
    void allowEmptyIsOffByDefault() throws Exception {
        assertFalse(builder().build().allowEmpty());
        assertTrue(builder().set("allowEmpty", "true").build().allowEmpty());
    }

    @Test
    void canonicalFormIsSortedAndTheSameWhateverTheInputShape() throws Exception {
        String a = builder().set("shingleSize", "4").set("includes", "a/**,b/**").set("reportFormats", "json,sarif")
                .build().canonical();
        String b = builder().set("reportFormats", List.of("json", "sarif")).set("includes", List.of("a/**", "b/**"))
                .set("shingleSize", 4).build().canonical();
        assertEquals(a, b);
        List<String> names = a.lines().map(l -> l.substring(0, l.indexOf('='))).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(CheckRegistry.load().options().size(), names.size());
        assertTrue(a.contains("shingleSize=4\n"), a);
        assertTrue(a.contains("includes=[\"a/**\",\"b/**\"]\n"), a);
    }

    @Test
    void anUnsetMaxDateIsTodaySoACacheFromAnotherDayIsNotReused() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        CorpusSettings unset = builder().build();
        assertEquals(null, ((MetadataConfig) unset.familyConfig("metadata")).maxDate()); // the check's "build's date"
        assertTrue(unset.fingerprint().contains("maxDate=\"" + today + "\"\n"), unset.fingerprint());
        assertEquals(unset.fingerprint(), builder().set("maxDate", "TODAY").build().fingerprint());
        assertTrue(builder().set("maxDate", "2025-12-31").build().fingerprint().contains("maxDate=\"2025-12-31\"\n"));
    }

    @Test
    void fingerprintFollowsWhatChangesFindingsOnly() throws Exception {
        String base = builder().build().fingerprint();
        assertEquals(base, builder().set("threads", 7).set("failOnViolation", false).set("reportFormats", "json,csv")
                .set("limits", List.of(Map.of("rule", "*", "maximumCount", 1))).set("outputDirectory", "elsewhere")
                .set("cache", false).build().fingerprint());
        assertNotEquals(base, builder().set("maxFileSize", 1024).build().fingerprint());
        assertNotEquals(base, builder().set("maxLineSize", 1024).build().fingerprint());
        assertNotEquals(base, builder().set("followLinksOutside", true).build().fingerprint());
        assertNotEquals(base, builder().set("rules", List.of(Map.of("id", "truncation.*", "severity", "off")))
                .build().fingerprint());
        assertNotEquals(base, builder().goal(Goal.METADATA).build().fingerprint());
        // A configured phrase file counts by its content, not only by its name.
        Path trailers = root.resolve("trailers.txt");
        Files.writeString(trailers, "Read more at example.org\n");
        String one = builder().set("trailerFiles", List.of(trailers.toString())).build().fingerprint();
        Files.writeString(trailers, "Read more at example.net\n");
        assertNotEquals(one, builder().set("trailerFiles", List.of(trailers.toString())).build().fingerprint());
    }

    /**
     * Golden value of the content hash of a configured file in the cache fingerprint, which the incremental cache
     * stores in its header and compares with the next run's. The literal was computed once and must never be edited:
     * a failure means a cache written before the change would be discarded (harmless but slow) or, if two contents
     * came to hash alike, reused under an edited phrase list. If the change is intended, bump {@code CacheFile.FORMAT}
     * as well, and only then update the literal.
     */
    @Test
    void configuredFileContentHashIsStable() throws Exception {
        Path file = root.resolve("trailers.txt");
        Files.write(file, "READ MORE:*\nShare on*\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String fingerprint = builder().set("trailerFiles", List.of(file.toFile())).build().fingerprint();
        assertTrue(fingerprint.contains("trailerFiles=[\"" + file + "\"] #352ec1e2eec943ab\n"), fingerprint);
    }

    @Test
    void everySettingHasADescriptionAndAParsableDefault() throws Exception {
        for (Option o : CheckRegistry.load().options()) {
            assertFalse(o.description().isBlank(), o.name());
            if (o.defaultValue() != null) {
                builder().set(o.name(), o.defaultValue()).build(); // a default written back is valid
            }
        }
    }
}
