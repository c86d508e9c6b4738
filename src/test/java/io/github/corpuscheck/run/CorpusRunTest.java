package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.checks.duplicate.DuplicateCheck;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.engine.InMemorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunTest {

    @TempDir
    Path root;

    private static final String STORY = "The harbour board met on Tuesday to discuss the new ferry timetable for the winter. "
            + "Members agreed that the early crossing would move to six in the morning from the first of November.";

    @Test
    void aCheckInstanceServesOneRun() throws Exception {
        DuplicateCheck check = new DuplicateCheck(DuplicateConfig.defaults());
        InMemorySource corpus = new InMemorySource().add("a", STORY).add("b", STORY);
        CheckResult first = new CorpusEngine().run(new CheckRequest(corpus, "mem", List.of(check), null, null, null, 1, null));
        assertEquals(1, first.byRule().get("duplicate.exact"));
        // A reused instance would still hold the first corpus (it reported a stale duplicate.exact): refused.
        InMemorySource other = new InMemorySource().add("c", STORY);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CorpusEngine()
                .run(new CheckRequest(other, "mem", List.of(check), null, null, null, 1, null)));
        assertEquals("The check DuplicateCheck already served a run; a check instance serves one run: make a new one "
                + "for each run.", e.getMessage());
        // Fresh instances from the providers: the second corpus has no duplicate.
        CorpusSettings settings = CorpusSettings.builder(root).build();
        List<CorpusCheck<?>> fresh = CorpusRun.createChecks(settings, root);
        CheckResult second = new CorpusEngine().run(new CheckRequest(other, "mem", fresh, null, null, null, 1, null));
        assertNull(second.byRule().get("duplicate.exact"));
    }

    @Test
    void theFamiliesRunInProviderOrder() throws Exception {
        List<String> names = new ArrayList<>();
        CorpusRun.createChecks(CorpusSettings.builder(root).build(), root)
                .forEach(c -> names.add(c.getClass().getSimpleName()));
        assertEquals(List.of("BoilerplateCheck", "DuplicateCheck", "MetadataCheck", "TruncationCheck",
                "LengthHistogramCheck", "SharedParagraphsCheck"), names);
    }

    /** With a clock that moves 250 ms at each reading, the log's announcement, phases and summary are exact. */
    @Test
    void theLogAnnouncesTheCorpusNamesEachPhaseAndClosesWithFiveLines() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        Files.writeString(corpus.resolve("b.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        Files.writeString(corpus.resolve("c.txt"), "---\ndate: 2024-05-14\ntitle: a: b\n---\nShort.\n");
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("cache", false).set("threads", 1).set("excludes", List.of("drafts/")).build();
        List<String> lines = new ArrayList<>();
        long[] nanos = {0};
        RunOutcome outcome = new CorpusRun(settings, new RecordingLog(lines), Runtime.getRuntime().maxMemory(),
                () -> nanos[0] += 250_000_000L).execute();
        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        List<String> phases = lines.stream().filter(l -> l.startsWith("info Phase")).toList();
        assertEquals(List.of(
                "info Phase reading and analysis started.",
                "info Phase reading and analysis took 0.5 s (3 documents).",
                "info Phase cross-document checks started.",
                "info Phase candidate search started.",
                "info Phase candidate search took 0.3 s.",
                "info Phase candidate verification of 0 pairs started.",
                "info Phase candidate verification of 0 pairs took 0.3 s.",
                "info Phase clustering of 0 near pairs started.",
                "info Phase clustering of 0 near pairs took 0.3 s.",
                "info Phase cross-document checks took 1.8 s.",
                "info Phase reports started.",
                "info Phase reports took 0.3 s."), phases);
        assertEquals(List.of(
                "warn The exclude pattern 'drafts/' matches no file that the includes select.",
                "info Corpus folder corpus: 3 files, " + (Files.size(corpus.resolve("a.txt")) * 2
                        + Files.size(corpus.resolve("c.txt"))) + " bytes, 3 documents (one per file)."),
                lines.subList(0, 2));
        assertEquals(List.of(
                "error Corpus check FAILED in 3.5 s: 3 documents in 3 files, "
                        + (Files.size(corpus.resolve("a.txt")) * 2 + Files.size(corpus.resolve("c.txt"))) + " bytes.",
                "error Errors: 3 (duplicate.exact 1, input.malformed 1, metadata.missing 1).", // no date: its block broke
                "info Warnings: 1 (truncation.too-short 1).",
                "info Limits crossed: none.",
                "info Reports: " + root.resolve("target/corpus") + " (index.html, report.json)"),
                lines.subList(lines.size() - 5, lines.size()));
        lines.forEach(l -> assertEquals(-1, l.indexOf('\r'), l));
    }

    @Test
    void aRunGatesWritesReportsAndGivesTheSameReportTwice() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        Files.writeString(corpus.resolve("b.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("cache", false).build();
        List<String> lines = new ArrayList<>();
        RunLog log = new RecordingLog(lines);
        RunOutcome first = CorpusRun.execute(settings, log);
        assertEquals(RunOutcome.Status.FAILED, first.status());
        assertTrue(first.message().startsWith("Corpus check failed: 1 error finding(s): duplicate.exact (1)."),
                first.message());
        assertTrue(lines.contains("info Reports: " + root.resolve("target/corpus") + " (index.html, report.json)"),
                lines.toString());
        byte[] report = Files.readAllBytes(root.resolve("target/corpus/report.json"));
        RunOutcome second = CorpusRun.execute(settings, RunLog.SILENT);
        assertEquals(RunOutcome.Status.FAILED, second.status());
        assertArrayEquals(report, Files.readAllBytes(root.resolve("target/corpus/report.json")));
    }

    @Test
    void reportsBaselineAndSuppressionsInsideTheCorpusAreNotReadAsArticles() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        Files.writeString(corpus.resolve("corpus-suppressions.txt"), "truncation.*: nothing/**\n");
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("outputDirectory", "corpus/reports").set("reportFormats", "json,markdown,csv")
                .set("baselineFile", "corpus/corpus-baseline.txt")
                .set("suppressionsFile", "corpus/corpus-suppressions.txt").build();
        List<String> lines = new ArrayList<>();
        RunOutcome first = CorpusRun.execute(settings, new RecordingLog(lines));
        assertEquals(RunOutcome.Status.PASSED, first.status(), first.message());
        assertEquals(1, first.result().documents());
        String note = "info Left out of the corpus because they lie inside it: the output directory reports, the "
                + "baseline file corpus-baseline.txt, the suppressions file corpus-suppressions.txt.";
        assertEquals(List.of(note), lines.stream().filter(l -> l.contains("Left out")).toList());
        byte[] report = Files.readAllBytes(corpus.resolve("reports/report.json"));
        assertTrue(Files.exists(corpus.resolve("reports/summary.md")));
        lines.clear();
        RunOutcome second = CorpusRun.execute(settings, new RecordingLog(lines));
        assertEquals(RunOutcome.Status.PASSED, second.status(), second.message());
        assertEquals(List.of(note), lines.stream().filter(l -> l.contains("Left out")).toList());
        assertArrayEquals(report, Files.readAllBytes(corpus.resolve("reports/report.json")));
        // The baseline goal writes its file (a .txt, matching the includes) into the corpus: the next check uses it as
        // its baseline and does not read it as an article.
        CorpusSettings baseline = CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("outputDirectory", "corpus/reports").set("baselineFile", "corpus/corpus-baseline.txt")
                .set("suppressionsFile", "corpus/corpus-suppressions.txt").goal(Goal.BASELINE).build();
        assertEquals(RunOutcome.Status.PASSED, CorpusRun.execute(baseline, RunLog.SILENT).status());
        assertTrue(Files.exists(corpus.resolve("corpus-baseline.txt")));
        RunOutcome third = CorpusRun.execute(settings, RunLog.SILENT);
        assertEquals(RunOutcome.Status.PASSED, third.status(), third.message());
        assertEquals(1, third.result().documents());
    }

    @Test
    void aMissingCorpusSkipsWhenDefaultedAndIsAnErrorWhenNamed() throws Exception {
        assertEquals(RunOutcome.Status.SKIPPED, CorpusRun.execute(CorpusSettings.builder(root).build(), RunLog.SILENT).status());
        RunOutcome named = CorpusRun.execute(CorpusSettings.builder(root).set("directory", "nowhere").build(), RunLog.SILENT);
        assertEquals(RunOutcome.Status.NO_INPUT, named.status());
        assertEquals("Corpus directory " + root.resolve("nowhere") + " does not exist or is not a directory.", named.message());
    }

    // ---- a corpus that gives no document ----

    private Path corpusOf(String... namesAndContents) throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Files.write(corpus.resolve(namesAndContents[i]),
                    namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return corpus;
    }

    @Test
    void filesThatGiveNoDocumentFailTheGateSayingHowManyAndWhy() throws Exception {
        corpusOf("a.txt", "", "b.txt", "PK\u0003\u0004\u0000\u0000binary", "c.txt", "\u0000\u0001");
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").set("cache", false).build();

        RunOutcome outcome = CorpusRun.execute(settings, RunLog.SILENT);

        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        assertEquals("No document could be read from 3 files (input.binary 2, input.empty-file 1): check the directory,"
                + " includes and inputFormat, or set allowEmpty to accept an empty corpus. Corpus check failed: 2 error"
                + " finding(s): input.binary (2). See " + root.resolve("target/corpus/report.json"), outcome.message());
        assertTrue(Files.isRegularFile(root.resolve("target/corpus/report.json")));
    }

    @Test
    void onlyEmptyFilesFailUnlessAllowEmpty() throws Exception {
        corpusOf("a.txt", "", "b.txt", "  \n\n");
        CorpusSettings.Builder b = CorpusSettings.builder(root).set("directory", "corpus").set("cache", false);

        RunOutcome outcome = CorpusRun.execute(b.build(), RunLog.SILENT);
        // Warnings only: the gate held, and a wrong folder gave a green build.
        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        assertEquals("No document could be read from 2 files (input.empty-file 2): check the directory, includes and"
                + " inputFormat, or set allowEmpty to accept an empty corpus.", outcome.message());

        RunOutcome allowed = CorpusRun.execute(b.set("allowEmpty", true).build(), RunLog.SILENT);
        assertEquals(RunOutcome.Status.PASSED, allowed.status());
        assertEquals(0, allowed.result().documents());
    }

    @Test
    void aCorpusWithDocumentsIsNotEmpty() throws Exception {
        corpusOf("a.txt", "", "b.txt", "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        RunOutcome outcome = CorpusRun.execute(CorpusSettings.builder(root).set("directory", "corpus")
                .set("maxDate", "2025-01-01").set("cache", false).build(), RunLog.SILENT);
        assertEquals(RunOutcome.Status.PASSED, outcome.status(), outcome.message());
    }

    // ---- suppressions ----

    @Test
    void aSuppressionOfAnUnknownRuleFailsBeforeTheCorpusIsRead() throws Exception {
        corpusOf("a.txt", "---\ndate: 2024-05-14\n---\n" + STORY + "\n");
        Path file = Files.writeString(root.resolve("corpus-suppressions.txt"), "duplicate.*: archive/**\nmetadata.missng: **\n");
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusRun.execute(settings, RunLog.SILENT));

        assertEquals("Suppressions file " + file + " line 2: 'metadata.missng' is not a known rule (did you mean "
                + "'metadata.missing'?).", e.getMessage());
        assertFalse(Files.exists(root.resolve("target")));
    }

    // ---- memory ----

    private static final long GIGABYTE = 1L << 30;

    @Test
    void aHeapBelowTheEstimateFailsBeforeReading() throws Exception {
        corpusOf("a.txt", "---\ndate: 2024-05-14\n---\n" + STORY + "\n",
                "b.txt", "---\ndate: 2024-05-15\n---\n" + STORY + " Again.\n");
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").set("cache", false)
                .set("maxDate", "2025-01-01").build();

        RunOutcome small = new CorpusRun(settings, RunLog.SILENT, 16L << 20).execute();

        assertEquals(RunOutcome.Status.OUT_OF_MEMORY, small.status());
        assertEquals("Not enough memory for this corpus of 2 files (1 KB, about 2 documents): it needs an estimated"
                + " 24 MB of Java heap or more, and this Java may use at most 16 MB. Give Java more memory: for Maven,"
                + " MAVEN_OPTS=-Xmx256m (an environment variable, or a line -Xmx256m in .mvn/jvm.config); for the"
                + " command line, java -Xmx256m -jar ….", small.message());
        assertNull(small.result());
        assertFalse(Files.exists(root.resolve("target")));
        RunOutcome enough = new CorpusRun(settings, RunLog.SILENT, 32L << 20).execute();
        assertEquals(RunOutcome.Status.PASSED, enough.status(), enough.message());
    }

    /** 130 articles d000.txt to d129.txt, checked with one worker thread by a family that runs out of memory. */
    private RunOutcome runOutOfMemory(GreedyFamily.Where where) throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        for (int i = 0; i < 130; i++) {
            Files.writeString(corpus.resolve(String.format("d%03d.txt", i)), STORY + " Item " + i + ".\n");
        }
        CheckRegistry registry = GreedyFamily.registry(where);
        CorpusSettings settings = CorpusSettings.builder(root, registry).set("directory", "corpus").set("threads", 1)
                .set("cache", false).build();
        return new CorpusRun(settings, RunLog.SILENT, GIGABYTE).execute();
    }

    private String advice() throws Exception {
        long bytes = 0;
        try (var files = Files.list(root.resolve("corpus"))) {
            for (Path f : files.toList()) {
                bytes += Files.size(f);
            }
        }
        return ": this Java may use at most 1.0 GB of heap, too little for this corpus (130 files, "
                + MemoryEstimate.size(bytes) + "). Give Java more memory: for Maven, MAVEN_OPTS=-Xmx2g (an environment"
                + " variable, or a line -Xmx2g in .mvn/jvm.config); for the command line, java -Xmx2g -jar ….";
    }

    @Test
    void runningOutOfMemoryWhileAnalysingNamesThePhaseTheFileAndTheFix() throws Exception {
        RunOutcome outcome = runOutOfMemory(GreedyFamily.Where.ANALYSIS);

        // The worker's error reaches the engine thread when it collects the first batch (d000-d063), which it does
        // once a second batch is in flight: while reading the 128th file.
        assertEquals(RunOutcome.Status.OUT_OF_MEMORY, outcome.status());
        assertEquals("Out of memory while reading and analysing documents (reading d127.txt)" + advice(),
                outcome.message());
        assertNull(outcome.result());
    }

    @Test
    void runningOutOfMemoryInTheCorpusPhaseNamesTheCheck() throws Exception {
        RunOutcome outcome = runOutOfMemory(GreedyFamily.Where.CORPUS_PHASE);

        assertEquals(RunOutcome.Status.OUT_OF_MEMORY, outcome.status());
        assertEquals("Out of memory while the corpus phase of GreedyCheck" + advice(), outcome.message());
    }

    @Test
    void runningOutOfMemoryWhileWritingReportsSaysSo() throws Exception {
        RunOutcome outcome = runOutOfMemory(GreedyFamily.Where.REPORT);

        assertEquals(RunOutcome.Status.OUT_OF_MEMORY, outcome.status());
        assertEquals("Out of memory while writing the reports" + advice(), outcome.message());
    }
}
