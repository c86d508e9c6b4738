package io.github.corpuscheck.cli;

import static io.github.corpuscheck.cli.CliRun.copyFixture;
import static io.github.corpuscheck.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.run.GreedyFamily;
import io.github.corpuscheck.run.ToolVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in-process on the fixture corpora: {@code failing} holds an exact copy of an article without
 * its date (duplicate.exact, metadata.missing), {@code clean} the two originals. The temporary folder is the working
 * folder, so reports go to its {@code target/corpus}.
 */
class CorpusCliTest {

    static final String MAX_DATE = "2025-12-31";

    @TempDir
    Path work;

    @BeforeEach
    void corpora() {
        copyFixture("failing", work.resolve("corpus"));
        copyFixture("clean", work.resolve("clean"));
    }

    private Path report(String goalFolder) {
        return work.resolve("target/corpus").resolve(goalFolder).resolve("report.json");
    }

    // ---- exit code 1: the gate fails ----

    @Test
    void failingCorpusExitsOneNamingEveryErrorRule() throws Exception {
        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE);

        assertEquals(CorpusCli.FAILED, r.exit(), r.toString());
        assertEquals("[ERROR] Corpus check failed: 2 error finding(s): duplicate.exact (1), metadata.missing (1). See "
                + report(""), r.errLines().get(r.errLines().size() - 1));
        assertTrue(r.err().contains("[ERROR] [duplicate.exact] harbour-copy.txt:1 "), r.toString());
        assertTrue(r.err().contains("[ERROR] [metadata.missing] harbour-copy.txt:1 "), r.toString());
        assertTrue(r.out().contains("Reports: " + work.resolve("target/corpus") + " (index.html, report.json)"), r.toString());
        assertTrue(Files.isRegularFile(report("")));
        String json = Files.readString(report(""));
        assertTrue(json.contains("\"version\": \"" + ToolVersion.current() + "\""), json);
    }

    @Test
    void informationGoesToStandardOutputWarningsAndErrorsPrefixedToStandardError() {
        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE, "--rule", "metadata.missing=warning");

        assertEquals(CorpusCli.FAILED, r.exit(), r.toString());
        assertFalse(r.outLines().isEmpty());
        for (String line : r.outLines()) {
            assertFalse(line.startsWith("[ERROR]") || line.startsWith("[WARN]"), line);
        }
        assertFalse(r.errLines().isEmpty());
        for (String line : r.errLines()) {
            assertTrue(line.startsWith("[ERROR] ") || line.startsWith("[WARN] "), line);
        }
        assertTrue(r.err().contains("[WARN] [metadata.missing] harbour-copy.txt:1 "), r.toString());
    }

    @Test
    void failOnViolationFalseWarnsAndExitsZero() {
        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE, "--failOnViolation", "false");

        assertEquals(CorpusCli.PASSED, r.exit(), r.toString());
        assertEquals("[WARN] Corpus check failed: 2 error finding(s): duplicate.exact (1), metadata.missing (1). See "
                + report("") + " (failOnViolation=false: exit code 0)", r.errLines().get(r.errLines().size() - 1));
    }

    @Test
    void singleFamilyGoalGatesItsFamilyAndReportsInItsFolder() throws Exception {
        CliRun duplicates = run(work, "duplicates", "corpus", "--maxDate", MAX_DATE);
        CliRun metadata = run(work, "metadata", "corpus", "--maxDate", MAX_DATE);

        assertEquals(CorpusCli.FAILED, duplicates.exit(), duplicates.toString());
        assertEquals("[ERROR] Corpus check failed: 1 error finding(s): duplicate.exact (1). See " + report("duplicates"),
                duplicates.errLines().get(duplicates.errLines().size() - 1));
        assertEquals(CorpusCli.FAILED, metadata.exit(), metadata.toString());
        assertEquals("[ERROR] Corpus check failed: 1 error finding(s): metadata.missing (1). See " + report("metadata"),
                metadata.errLines().get(metadata.errLines().size() - 1));
        assertFalse(Files.readString(report("metadata")).contains("\"duplicate.exact\": 1"));
    }

    @Test
    void ruleAndLimitOptionsChangeSeveritiesAndThresholds() {
        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE, "--rule", "metadata.missing=off",
                "--rule", "duplicate.exact=warning", "--limit", "duplicate.*:maximumCount=0");

        assertEquals(CorpusCli.FAILED, r.exit(), r.toString());
        assertEquals("[ERROR] Corpus check failed: limit(s) crossed: duplicate.* count 1 > 0. See " + report(""),
                r.errLines().get(r.errLines().size() - 1));

        CliRun relaxed = run(work, "check", "corpus", "--maxDate", MAX_DATE, "--rule", "metadata.missing=off",
                "--rule", "duplicate.exact=warning", "--limit", "duplicate.*:maximumCount=1,maximumRatio=0.5");

        assertEquals(CorpusCli.PASSED, relaxed.exit(), relaxed.toString());
    }

    @Test
    void baselineGoalAcceptsTheCurrentFindingsAndCheckThenPasses() {
        CliRun baseline = run(work, "baseline", "corpus", "--maxDate", MAX_DATE);
        CliRun check = run(work, "check", "corpus", "--maxDate", MAX_DATE);

        assertEquals(CorpusCli.PASSED, baseline.exit(), baseline.toString());
        assertTrue(Files.isRegularFile(work.resolve("corpus-baseline.json")));
        assertEquals(CorpusCli.PASSED, check.exit(), check.toString());
        assertTrue(check.out().contains("Using baseline " + work.resolve("corpus-baseline.json")), check.toString());
    }

    // ---- exit code 0 ----

    @Test
    void cleanCorpusPassesSilentlyOnStandardError() {
        CliRun r = run(work, "check", "clean", "--maxDate", MAX_DATE);

        assertEquals(CorpusCli.PASSED, r.exit(), r.toString());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(report("")));
    }

    @Test
    void listOptionsRepeatAndSplitAtCommas() {
        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE, "--excludes", "harbour-copy.txt",
                "--reportFormats", "json", "--reportFormats", "sarif,junit");

        assertEquals(CorpusCli.PASSED, r.exit(), r.toString());
        Path out = work.resolve("target/corpus");
        assertTrue(Files.isRegularFile(out.resolve("corpus.sarif")));
        assertTrue(Files.isRegularFile(out.resolve("TEST-corpus.xml")));
        assertFalse(Files.exists(out.resolve("index.html")));
    }

    @Test
    void aBooleanOptionWithoutValueIsTrueAndLeavesTheFolderAlone() {
        CliRun on = run(work, "check", "--cache", "clean", "--maxDate", MAX_DATE);
        assertEquals(CorpusCli.PASSED, on.exit(), on.toString());
        assertTrue(Files.isDirectory(work.resolve("target/corpus/cache")));

        CliRun off = run(work, "check", "clean", "--cache=false", "--maxDate", MAX_DATE, "--outputDirectory", "reports");
        assertEquals(CorpusCli.PASSED, off.exit(), off.toString());
        assertTrue(Files.isRegularFile(work.resolve("reports/report.json")));
        assertFalse(Files.exists(work.resolve("reports/cache")));
    }

    @Test
    void withoutDirTheDefaultFolderIsCheckedAndSkippedWhenMissing() {
        CliRun r = run(work, "check");

        assertEquals(CorpusCli.PASSED, r.exit(), r.toString());
        assertTrue(r.out().contains("No corpus at " + work.resolve("src/main/corpus")), r.toString());
        assertFalse(Files.exists(work.resolve("target")));
    }

    @Test
    void versionIsTheToolVersion() {
        CliRun top = run(work, "--version");
        CliRun goal = run(work, "check", "--version");

        assertEquals(0, top.exit());
        assertEquals("corpus-maven-plugin " + ToolVersion.current() + System.lineSeparator(), top.out());
        assertEquals(top.out(), goal.out());
        assertFalse(ToolVersion.current().equals("unknown"));
    }

    @Test
    void filesThatGiveNoDocumentExitOneUnlessAllowEmpty() throws Exception {
        Path empty = Files.createDirectories(work.resolve("blank"));
        Files.writeString(empty.resolve("a.txt"), "");
        Files.writeString(empty.resolve("b.txt"), "\n\n");

        CliRun r = run(work, "check", "blank");
        CliRun allowed = run(work, "check", "blank", "--allowEmpty");

        assertEquals(CorpusCli.FAILED, r.exit(), r.toString());
        assertEquals("[ERROR] No document could be read from 2 files (input.empty-file 2): check the directory, includes"
                + " and inputFormat, or set allowEmpty to accept an empty corpus.", r.errLines().get(r.errLines().size() - 1));
        assertEquals(CorpusCli.PASSED, allowed.exit(), allowed.toString());
    }

    // ---- exit code 2: usage and configuration ----

    @Test
    void anOutputFolderThatCannotBeWrittenIsExplainedAndTheFindingsAreStillLogged() throws Exception {
        Path blocked = Files.writeString(work.resolve("reports"), "a file where the reports should go");

        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE, "--outputDirectory", "reports", "--cache", "false");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals("[ERROR] Could not check corpus " + work.resolve("corpus") + ": cannot write " + blocked
                + ": exists and is not a directory (FileAlreadyExistsException)", r.errLines().get(r.errLines().size() - 1));
        assertTrue(r.err().contains("[ERROR] [duplicate.exact] harbour-copy.txt:1 "), r.toString());
    }

    @Test
    void aRuleOrLimitOnAMisspeltRuleIsAUsageErrorWithTheClosestRule() {
        CliRun r = run(work, "check", "corpus", "--rule", "duplicate.exakt=off", "--limit", "duplicate.exakt:maximumCount=0");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] rules: 'duplicate.exakt' is not a known rule (did you mean 'duplicate.exact'?).",
                "[ERROR] limits: 'duplicate.exakt' is not a known rule (did you mean 'duplicate.exact'?)."), r.errLines());
        assertFalse(Files.exists(work.resolve("target")));
    }

    @Test
    void aSuppressionOfAMisspeltRuleIsAUsageError() throws Exception {
        Path file = Files.writeString(work.resolve("corpus-suppressions.txt"), "metadata.missng: **\n");

        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE);

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] Invalid settings: Suppressions file " + file + " line 1: 'metadata.missng' is not"
                + " a known rule (did you mean 'metadata.missing'?)."), r.errLines());
    }

    @Test
    void tooManyThreadsIsAUsageError() {
        CliRun r = run(work, "check", "corpus", "--threads", "100000");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] threads: '100000' must be between 0 and 256."), r.errLines());
    }

    @Test
    void runningOutOfMemoryExitsTwoWithTheFix() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("many"));
        for (int i = 0; i < 130; i++) {
            Files.writeString(corpus.resolve(String.format("d%03d.txt", i)), "Article " + i + ".\n");
        }

        CliRun r = run(work, GreedyFamily.registry(GreedyFamily.Where.CORPUS_PHASE), "check", "many");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        String last = r.errLines().get(r.errLines().size() - 1);
        assertTrue(last.startsWith("[ERROR] Out of memory while the corpus phase of GreedyCheck: this Java may use at"
                + " most "), last);
        assertTrue(last.contains(" for the command line, java -Xmx"), last);
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        CliRun r = run(work, "check", "corpus", "--maxDat", MAX_DATE);

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] Unknown options: '--maxDat', '" + MAX_DATE + "'", "Possible solutions: --maxFileSize, --maxLineSize, --maxConsoleFindings, --maxReportJsonFindings, --maxDate",
                "[ERROR] See 'corpus check --help' for the options."), r.errLines());
        assertEquals("", r.out());
        assertFalse(Files.exists(work.resolve("target")));
    }

    @Test
    void badValueIsAUsageErrorNamingTheSettingAndValue() {
        CliRun r = run(work, "check", "corpus", "--shingleSize", "abc");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] shingleSize: 'abc' must be a whole number."), r.errLines());
        assertFalse(Files.exists(work.resolve("target")));
    }

    @Test
    void everyProblemIsPrintedOneALine() {
        CliRun r = run(work, "check", "corpus", "--threads", "x", "--maxConsoleFindings", "-1", "--reportFormats",
                "json,pdf", "--rule", "nonsense", "--rule", "duplicate.exact=fatal", "--limit", "duplicate.*");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        List<String> lines = r.errLines();
        assertEquals(6, lines.size(), r.toString());
        assertEquals("[ERROR] --rule 'nonsense': expected ID=SEVERITY, e.g. --rule truncation.too-short=off.", lines.get(0));
        assertEquals("[ERROR] --limit 'duplicate.*': expected RULE:maximumCount=N or RULE:maximumRatio=R (or both, "
                + "comma-separated), e.g. --limit duplicate.*:maximumRatio=0.01.", lines.get(1));
        assertEquals("[ERROR] threads: 'x' must be a whole number.", lines.get(2));
        // the rule's fields are printed in no fixed order
        assertTrue(lines.get(3).startsWith("[ERROR] rules: '{") && lines.get(3).contains("severity=fatal")
                && lines.get(3).endsWith("}' severity must be error, warning or off."), lines.get(3));
        assertEquals("[ERROR] reportFormats: Unknown report format 'pdf': known [json, sarif, junit, html, markdown, csv, codeclimate].",
                lines.get(4));
        assertEquals("[ERROR] maxConsoleFindings: '-1' must be at least 0.", lines.get(5));
    }

    @Test
    void aBooleanOptionTakesOnlyTrueOrFalse() {
        CliRun r = run(work, "check", "corpus", "--failOnViolation=maybe");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("[ERROR] Invalid value for option '--failOnViolation': 'maybe'"),
                r.toString());
    }

    @Test
    void missingCorpusFolderIsAUsageError() {
        CliRun r = run(work, "check", "missing");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] Corpus directory " + work.resolve("missing") + " does not exist or is not a directory."),
                r.errLines());
    }

    @Test
    void emptyCorpusFolderIsAUsageError() throws Exception {
        Files.createDirectories(work.resolve("empty"));

        CliRun r = run(work, "check", "empty");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] Corpus directory " + work.resolve("empty") + " holds no file matching the includes."),
                r.errLines());
    }

    @Test
    void dirAndDirectoryOptionTogetherIsAUsageError() {
        CliRun r = run(work, "check", "corpus", "--directory", "clean");

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertEquals(List.of("[ERROR] Give the corpus folder once: as DIR or with --directory, not both."), r.errLines());
    }

    @Test
    void missingOrUnknownGoalIsAUsageError() {
        CliRun none = run(work);
        CliRun typo = run(work, "chek", "corpus");

        assertEquals(CorpusCli.USAGE, none.exit(), none.toString());
        assertEquals("[ERROR] Missing goal: one of check, metadata, duplicates, truncation, baseline.",
                none.errLines().get(0));
        assertEquals(CorpusCli.USAGE, typo.exit(), typo.toString());
        assertEquals(List.of("[ERROR] Unmatched arguments from index 0: 'chek', 'corpus'", "Did you mean: corpus check?",
                "[ERROR] See 'corpus --help' for the options."), typo.errLines());
    }

    @Test
    void unusableBaselineFileIsAUsageError() throws Exception {
        Files.writeString(work.resolve("corpus-baseline.json"), "{not json");

        CliRun r = run(work, "check", "corpus", "--maxDate", MAX_DATE);

        assertEquals(CorpusCli.USAGE, r.exit(), r.toString());
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("[ERROR] Invalid settings: Baseline "
                + work.resolve("corpus-baseline.json") + " is not usable: "), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @Test
    void userErrorsNeverPrintAStackTrace() {
        for (String[] args : List.of(new String[] {"check", "--nope"}, new String[] {"check", "missing"},
                new String[] {"check", "corpus", "--threads", "x"}, new String[] {"check", "--config", "none.yaml"},
                new String[] {"frobnicate"}, new String[] {"check", "corpus", "--suppressionsFile", "none.txt"})) {
            CliRun r = run(work, args);
            assertEquals(CorpusCli.USAGE, r.exit(), String.join(" ", args) + "\n" + r);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), String.join(" ", args) + "\n" + r);
        }
    }
}
