package io.github.corpuscheck.hostile;

import static io.github.corpuscheck.run.RunOutcome.Status.FAILED;
import static io.github.corpuscheck.run.RunOutcome.Status.NO_INPUT;
import static io.github.corpuscheck.run.RunOutcome.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.corpuscheck.hostile.HostileCorpora.Generated;
import io.github.corpuscheck.hostile.HostileHarness.Result;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.SettingsFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standing hostile-input suite: each case of {@link HostileCorpora} through the whole run, in process, with every
 * report format and the cache on, cold then warm. {@link HostileHarness} checks the goals every case shares (no
 * hang, no exception, the corpus untouched, every report complete and valid UTF-8, nothing from outside the corpus
 * in any output, no raw control character or workflow command in the log or the Markdown, the same report.json cold
 * and warm); each test adds the outcome its case must have. The catalogue with the outcome of each case is
 * docs/reliability.md.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputSuiteTest {

    /** Time one run of one case may take before it counts as a hang (a normal case takes well under 5 s). */
    static final Duration LIMIT = Duration.ofSeconds(45);

    @TempDir
    Path dir;

    private static Result run(Generated g) throws Exception {
        return HostileHarness.coldThenWarm(g, LIMIT);
    }

    // --- encodings and bytes ---------------------------------------------------------------------------------------

    @Test
    void invalidUtf8IsAnEncodingFindingAndTheRestIsRead() throws Exception {
        Result r = run(HostileCorpora.invalidUtf8(dir));
        r.expectStatus(FAILED);
        r.expectFinding("input.encoding", "bad.txt", 5);
        r.expectDocument("bad-bytes");
        r.expectFinding("input.encoding", "feed.jsonl", 2);
        r.expectDocuments(3);
        r.assertNoProblems();
    }

    @Test
    void byteOrderMarksUtf8AndUtf16AreDecoded() throws Exception {
        Result r = run(HostileCorpora.boms(dir));
        r.expectNoFinding("input.binary");
        r.expectNoFinding("input.encoding");
        r.expectDocuments(4);
        // Read right, the three articles hold the same text under their front-matter ids: one exact cluster.
        r.check(clusterOf(r, "bom-utf8").containsAll(Set.of("bom-utf8", "bom-utf16le", "bom-utf16be")),
                "expected bom-utf8, bom-utf16le and bom-utf16be in one duplicate cluster; clusters: "
                        + (r.cold.report == null ? null : r.cold.report.path("duplicates")));
        r.assertNoProblems();
    }

    @Test
    void binaryFilesAreSkippedAndALateNulIsText() throws Exception {
        Result r = run(HostileCorpora.binary(dir));
        r.expectStatus(FAILED);
        r.expectFinding("input.binary", "image.txt", 3); // the NUL after the PNG signature's two line feeds
        r.expectFinding("input.binary", "zeros.jsonl", 1);
        r.expectNoFinding("input.binary", "nul-late.txt");
        r.expectDocuments(1);
        r.assertNoProblems();
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersWithAnEncodingFinding() throws Exception {
        Result r = run(HostileCorpora.loneSurrogates(dir));
        for (int line = 1; line <= 4; line++) {
            r.expectFinding("input.encoding", "surrogates.jsonl", line);
        }
        r.check(r.findings("input.encoding", "surrogates.jsonl").noneMatch(f -> f.path("line").asInt() == 5),
                "a well-formed surrogate pair (line 5) is no encoding problem");
        r.expectDocument("lone\uFFFDid");
        r.expectDocuments(5);
        if (r.cold.report != null) {
            List<String> lone = new ArrayList<>();
            texts(r.cold.report, s -> {
                if (hasLoneSurrogate(s)) {
                    lone.add(TreeSnapshot.printable(s));
                }
            });
            r.check(lone.isEmpty(), "report.json holds strings with lone surrogates: " + lone);
        }
        r.assertNoProblems();
    }

    // --- compressed input ------------------------------------------------------------------------------------------

    @Test
    void corruptGzipStreamsAreUnreadableAndGoodOnesAreRead() throws Exception {
        Result r = run(HostileCorpora.corruptGzip(dir));
        r.expectStatus(FAILED);
        r.expectFinding("input.unreadable", "not-gzip.jsonl.gz", 1);
        r.expectFinding("input.unreadable", "header-only.jsonl.gz");
        r.expectFinding("input.empty-file", "empty.jsonl.gz", 1);
        // a stream cut short or with a bad checksum: the lines before the damage are read, then the error
        for (String file : List.of("truncated.jsonl.gz", "bad-crc.jsonl.gz")) {
            r.check(r.findings("input.unreadable", file).anyMatch(f -> f.path("line").asInt() > 1),
                    "expected input.unreadable after the first line of " + file + "; found " + r.describe(file));
        }
        r.check(r.findings("input.unreadable", "bad-crc.jsonl.gz").anyMatch(f -> f.path("line").asInt() == 201),
                "all 200 lines of bad-crc.jsonl.gz come before its broken trailer: " + r.describe("bad-crc.jsonl.gz"));
        r.check(r.findings().stream().anyMatch(f -> f.path("file").asText().equals("bad-deflate.jsonl.gz")
                && f.path("rule").asText().startsWith("input.")), "expected an input finding for bad-deflate.jsonl.gz");
        r.expectNoFinding("input.unreadable", "garbage-after.jsonl.gz");
        r.expectDocument("before-garbage");
        r.expectNoFinding("input.unreadable", "two-members.jsonl.gz");
        r.expectDocument("member-1");
        r.expectDocument("member-2");
        r.assertNoProblems();
    }

    @Test
    void aGzipBombLineIsTooLargeInBoundedTime() throws Exception {
        Generated g = HostileCorpora.gzipBombLine(dir, 100);
        long compressed = (Long) g.facts.get("compressedBytes");
        assertTrue(compressed < 1 << 20, "the bomb should compress to under 1 MB: " + compressed);
        Result r = run(g);
        r.expectStatus(FAILED);
        r.expectFinding("input.too-large", "bomb.jsonl.gz", 1);
        r.expectNoDocument("bomb");
        r.assertNoProblems();
    }

    @Test
    void sparseHugeFilesAreJudgedWithoutBeingReadInFull() throws Exception {
        Generated g = HostileCorpora.sparseHugeFiles(dir, 64L << 30);
        Assumptions.assumeTrue(g.skipped.isEmpty(), () -> "no sparse files here: " + g.skipped);
        Result r = run(g);
        r.expectStatus(FAILED);
        r.expectFinding("input.too-large", "huge.txt", 1);
        r.expectFinding("input.binary", "huge.jsonl", 1);
        r.expectDocuments(1);
        r.assertNoProblems();
    }

    // --- structure -------------------------------------------------------------------------------------------------

    @Test
    void brokenJsonLinesAreReportedLineByLineAndGoodLinesAreRead() throws Exception {
        Result r = run(HostileCorpora.brokenJsonLines(dir));
        r.expectStatus(FAILED);
        int docs = 0;
        for (int i = 0; i < HostileCorpora.BROKEN_LINES.size(); i++) {
            int line = i + 1;
            String expected = HostileCorpora.BROKEN_LINES.get(i)[1];
            List<String> input = r.findings().stream()
                    .filter(f -> f.path("file").asText().equals("broken.jsonl") && f.path("line").asInt() == line)
                    .map(f -> f.path("rule").asText()).filter(rule -> rule.startsWith("input.")).toList();
            if (expected.startsWith("doc:")) {
                docs++;
                r.expectDocument(expected.substring(4));
                r.check(input.stream().allMatch("input.missing-text"::equals),
                        "line " + line + " is a document, yet has " + input);
            } else if (expected.equals("blank")) {
                r.check(input.isEmpty(), "line " + line + " is blank, yet has " + input);
            } else {
                r.check(input.equals(List.of(expected)), "line " + line + ": expected [" + expected + "], got " + input);
            }
        }
        r.expectDocuments(docs);
        r.assertNoProblems();
    }

    @Test
    void nesting100000DeepIsMalformedJsonOrPlainText() throws Exception {
        Result r = run(HostileCorpora.deepNesting(dir, 100_000));
        r.expectStatus(FAILED);
        for (int line = 1; line <= 3; line++) {
            r.expectFinding("input.malformed", "deep.jsonl", line);
        }
        r.expectNoFinding("input.malformed", "parens.txt");
        r.expectDocuments(4); // shallow (line 4), parens, indent, many-keys
        r.assertNoProblems();
    }

    @Test
    void aKeyUsedTwiceInAJsonObjectOrInFrontMatterIsMalformed() throws Exception {
        Result r = run(HostileCorpora.duplicateKeys(dir));
        r.expectFinding("input.malformed", "dup.jsonl", 1); // which of two ids is meant cannot be known
        r.expectNoDocument("second");
        r.expectNoDocument("first");
        r.expectFinding("input.malformed", "dup.md", 3); // YAML forbids it too: the body is read without fields
        r.expectDocument("dup.md");
        r.expectNoDocument("front-second");
        r.expectNoDocument("front-first");
        r.expectDocuments(1);
        r.assertNoProblems();
    }

    @Test
    void frontMatterAtItsEdges() throws Exception {
        Result r = run(HostileCorpora.frontMatterEdges(dir));
        r.expectDocument("unclosed.md"); // no closing fence: no front matter, the path is the id
        r.expectDocument("toml"); // TOML front matter between +++ lines
        r.expectDocument("crlf-fm");
        r.expectDocument("no-body");
        r.expectFinding("input.missing-text", "only-front-matter.md");
        r.expectDocument("bom-fm");
        r.expectFinding("input.malformed", "colons.md", 3); // 'title: a: b: c' is not YAML
        r.expectDocument("colons.md");
        r.expectNoDocument("inline.txt"); // dated inline, nothing to report
        r.check(r.findings("metadata.invalid", "inline-bad.txt").findAny().isPresent(),
                "an impossible inline date is metadata.invalid: " + r.describe("inline-bad.txt"));
        r.expectDocument("fence-only.md");
        r.expectDocuments(9);
        r.assertNoProblems();
    }

    @Test
    void longTokensLongLinesAndManyParagraphsFinishInTime() throws Exception {
        Result r = run(HostileCorpora.longTokens(dir));
        r.expectStatus(PASSED, FAILED);
        r.expectDocuments(3);
        r.expectNoFinding("input.too-large");
        r.assertNoProblems();
    }

    // --- volume ----------------------------------------------------------------------------------------------------

    @Test
    void twentyThousandTinyFiles() throws Exception {
        Result r = run(HostileCorpora.manyTinyFiles(dir, 20_000));
        r.expectStatus(PASSED, FAILED);
        r.expectDocuments(20_000);
        r.check(r.cold.report != null && r.cold.report.path("corpus").path("files").asInt() == 20_000,
                "expected 20000 files in report.json");
        r.assertNoProblems();
    }

    @Test
    void thirtyThousandFindingsAreAllReportedAndTheLogIsCapped() throws Exception {
        Generated g = HostileCorpora.manyFindings(dir, 20_000);
        Result r = run(g);
        r.expectStatus(FAILED);
        r.expectDocuments((Integer) g.facts.get("documents"));
        int total = 0;
        for (String rule : List.of("input.not-object", "input.missing-text", "metadata.missing")) {
            int expected = (Integer) g.facts.get(rule);
            total += expected;
            long inReport = r.findings(rule).count();
            r.check(inReport == expected, rule + ": expected " + expected + " findings in report.json, got " + inReport);
            long logged = r.cold.log.stream().filter(l -> l.text().startsWith("[" + rule + "]")).count();
            r.check(logged == 1000, rule + ": expected 1000 log lines (maxConsoleFindings), got " + logged);
        }
        r.check(r.findings().size() == total, "expected " + total + " findings, got " + r.findings().size());
        r.assertNoProblems();
    }

    // --- names and the file system ---------------------------------------------------------------------------------

    @Test
    void oddFileNamesAreReadAndNeutralisedInTheLog() throws Exception {
        Generated g = HostileCorpora.oddFileNames(dir);
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) g.facts.get("names");
        Result r = run(g);
        r.expectNoFinding("input.unreadable");
        r.expectDocuments(names.size());
        for (String name : names) {
            if (!name.contains("\\")) { // how a backslash is written in a report is the reader's choice
                r.expectFinding("metadata.missing", name);
            }
        }
        r.check(r.findings("metadata.missing").count() == names.size(),
                "expected one metadata.missing finding per file (" + names.size() + ")");
        r.assertNoProblems();
    }

    @Test
    void aFileNameThatIsNotUtf8IsAccountedFor() throws Exception {
        Generated g = HostileCorpora.invalidUtf8FileName(dir);
        Result r = run(g);
        if (Boolean.TRUE.equals(g.facts.get("made"))) {
            List<String> about = r.findings().stream().filter(f -> f.path("file").asText().startsWith("bad")
                    && f.path("file").asText().endsWith("name.txt")).map(f -> f.path("rule").asText()).toList();
            r.check(about.contains("metadata.missing") || about.contains("input.unreadable"),
                    "the file named with byte 0xFF is neither read nor reported unreadable: " + about);
        }
        r.assertNoProblems();
    }

    @Test
    void symlinkLoopsAreUnreadableAndNothingIsReadTwice() throws Exception {
        Generated g = HostileCorpora.symlinkLoop(dir);
        Result r = run(g);
        r.expectStatus(FAILED);
        for (String link : List.of("self.txt", "a.txt", "b.txt", "loop", "sub/up")) {
            if (g.made.contains(link)) {
                r.expectFinding("input.unreadable", link);
            }
        }
        r.expectDocuments(1);
        r.assertNoProblems();
    }

    @Test
    void symlinksLeavingTheCorpusAreNotFollowed() throws Exception {
        Generated g = HostileCorpora.symlinkOutside(dir);
        Result r = run(g);
        for (String link : List.of("leak.txt", "abs-leak.txt", "feed.jsonl", "environ.txt")) {
            if (g.made.contains(link)) {
                r.expectFinding("input.outside-corpus", link);
            }
        }
        for (String folder : List.of("leakdir", "up")) {
            r.check(r.findings("input.outside-corpus").anyMatch(f -> f.path("file").asText().equals(folder)
                    || f.path("file").asText().startsWith(folder + "/")),
                    "expected an input.outside-corpus finding for the folder link " + folder + "; found "
                            + r.findings().stream().filter(f -> f.path("file").asText().startsWith(folder))
                                    .map(HostileHarness::brief).limit(5).toList());
        }
        r.expectNoFinding("input.outside-corpus", "inside-alias.txt");
        r.expectNoFinding("input.outside-corpus", "real.txt");
        r.expectDocuments(2); // real.txt and the link to it that stays inside
        r.assertNoProblems();
    }

    @Test
    void namedPipesDoNotBlockTheRun() throws Exception {
        Generated g = HostileCorpora.fifo(dir);
        Result r = run(g);
        r.expectDocuments(1);
        r.assertNoProblems();
    }

    @Test
    void unreadableFilesAndFoldersAreReported() throws Exception {
        Generated g = HostileCorpora.unreadable(dir);
        try {
            Result r = run(g);
            if (Boolean.TRUE.equals(g.facts.get("locked"))) {
                r.expectFinding("input.unreadable", "locked.txt", 1);
                r.expectFinding("input.unreadable", "locked-dir");
                r.expectDocuments(1);
            } else {
                // root reads everything: the lock does not hold, so all three are documents
                r.expectDocuments(3);
            }
            r.assertNoProblems();
        } finally {
            HostileCorpora.unlock(g.project);
        }
    }

    @Test
    void pathologicalGlobsOverADeepTreeMatchInLinearTime() throws Exception {
        Generated g = HostileCorpora.pathologicalGlobs(dir, 60);
        Result r = run(g);
        r.expectDocuments((Integer) g.facts.get("texts"));
        r.assertNoProblems();
    }

    @Test
    void theOutputBaselineAndSuppressionsInsideTheCorpusAreNotRead() throws Exception {
        Generated g = HostileCorpora.outputInsideCorpus(dir);
        Result r = run(g);
        for (JsonNode f : r.findings()) {
            String file = f.path("file").asText();
            r.check(!file.startsWith("out/") && !file.equals("accepted-baseline.json") && !file.equals("suppressions.txt"),
                    "a file the run writes or is configured by was read as corpus: " + HostileHarness.brief(f));
        }
        r.expectDocuments((Integer) g.facts.get("documents"));
        r.assertNoProblems();
    }

    @Test
    void aCorpusWithoutAnyReadableDocumentFails() throws Exception {
        Generated g = HostileCorpora.emptyCorpus(dir);
        try {
            Result r = run(g);
            r.expectStatus(FAILED, NO_INPUT);
            r.check(r.cold.outcome != null && r.cold.outcome.message() != null,
                    "a failing run says why");
            r.assertNoProblems();
        } finally {
            HostileCorpora.unlock(g.project);
        }
    }

    // --- what reports and logs show --------------------------------------------------------------------------------

    @Test
    void scriptPayloadsAreEscapedInEveryReport() throws Exception {
        Result r = run(HostileCorpora.xssPayloads(dir));
        String html = r.cold.html;
        assertNotNull(html, "index.html");
        for (String p : HostileCorpora.XSS) {
            if (p.contains("<") || p.contains("\"")) { // a lone ' is harmless in text and in "-quoted attributes
                r.check(!html.contains(p), "index.html holds the payload unescaped: " + p);
            }
        }
        r.check(!html.contains("<svg onload"), "index.html holds the file-name payload unescaped");
        r.check(html.contains("alert(1)"), "the payload text is in index.html (escaped)");
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
        boolean declared = csp.find();
        r.check(declared, "index.html declares a Content-Security-Policy");
        // Script runs only by its hash; inline style attributes (the histogram's bar widths) cannot run code.
        r.check(!declared || !csp.group(1).matches(".*script-src[^;]*'unsafe-inline'.*"),
                "the Content-Security-Policy allows inline script: " + (declared ? csp.group(1) : ""));
        String md = r.cold.markdown;
        assertNotNull(md, "summary.md");
        // the writer's own <details> aside, no tag from the corpus (an escaped \< renders as text)
        Matcher tag = Pattern.compile("(?<!\\\\)<(script|img|iframe|svg|style|a )").matcher(md);
        boolean raw = tag.find();
        r.check(!raw, "summary.md holds raw markup from the corpus: " + (raw ? tag.group() : ""));
        r.assertNoProblems();
    }

    @Test
    void controlCharactersAndWorkflowCommandsNeverReachTheLog() throws Exception {
        Result r = run(HostileCorpora.controlCharacters(dir));
        long shown = r.cold.log.stream().filter(l -> l.text().contains("controls.jsonl")).count();
        r.check(shown >= HostileCorpora.CONTROLS.length, "the findings quoting the payloads are in the log (" + shown + ")");
        // report.json keeps the values exactly (JSON escapes them)
        r.expectDocument(HostileCorpora.CONTROLS[3]);
        r.expectDocument(HostileCorpora.CONTROLS[9]);
        r.assertNoProblems();
    }

    @Test
    void formulaCellsInTheCsvAreDefused() throws Exception {
        Result r = run(HostileCorpora.csvFormulas(dir));
        String csv = r.cold.csv;
        assertNotNull(csv, "duplicates.csv");
        List<List<String>> rows = HostileHarness.Csv.parse(csv);
        r.check(rows.size() == HostileCorpora.CSV_FORMULAS.size(), "one row per duplicate plus the header: " + rows.size());
        for (List<String> row : rows) {
            for (String cell : row) {
                r.check(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                        "a CSV cell starts like a formula: " + TreeSnapshot.printable(cell));
            }
        }
        r.check(rows.stream().anyMatch(row -> row.get(0).equals("'=1+1")), "a formula id is written with a leading '");
        r.assertNoProblems();
    }

    // --- state -----------------------------------------------------------------------------------------------------

    @Test
    void aCacheWithAChangedByteIsNotTrusted() throws Exception {
        Generated g = HostileCorpora.cacheCorpus(dir, "cache-changed-byte");
        Result r = HostileHarness.coldThenWarm(g, LIMIT, out -> {
            Path cache = out.resolve("cache/analysis.bin");
            byte[] b = Files.readAllBytes(cache);
            byte[] marker = HostileCorpora.CACHE_MARKER.getBytes(StandardCharsets.UTF_8);
            int at = indexOf(b, marker);
            if (at < 0) {
                throw new AssertionError("the cache does not hold the ids as UTF-8 any more: change this case");
            }
            b[at + 11] = 'Q'; // cachemarkerqx -> cachemarkerQx: the file still parses
            Files.write(cache, b);
        });
        r.assertNoProblems();
    }

    @Test
    void aTruncatedCacheIsDiscarded() throws Exception {
        Generated g = HostileCorpora.cacheCorpus(dir, "cache-truncated");
        Result r = HostileHarness.coldThenWarm(g, LIMIT, out -> {
            Path cache = out.resolve("cache/analysis.bin");
            try (RandomAccessFile f = new RandomAccessFile(cache.toFile(), "rw")) {
                f.setLength(f.length() / 2);
            }
        });
        r.assertNoProblems();
    }

    @Test
    void aCacheOfRandomBytesIsDiscarded() throws Exception {
        Generated g = HostileCorpora.cacheCorpus(dir, "cache-random");
        Result r = HostileHarness.coldThenWarm(g, LIMIT, out -> {
            Path cache = out.resolve("cache/analysis.bin");
            byte[] b = new byte[(int) Files.size(cache)];
            new Random(5).nextBytes(b);
            Files.write(cache, b);
        });
        r.assertNoProblems();
    }

    @Test
    void staleSpillFilesOfAKilledRunAreRemoved() throws Exception {
        Generated g = HostileCorpora.cacheCorpus(dir, "stale-spill-files");
        Path out = HostileHarness.outputDirectory(g);
        Files.createDirectories(out);
        List<Path> stale = List.of(out.resolve("duplicate-shingles-123456.tmp"), out.resolve("truncation-endings-654321.tmp"));
        for (Path p : stale) {
            Files.write(p, new byte[1 << 20]);
        }
        Result r = run(g);
        for (Path p : stale) {
            r.check(!Files.exists(p), "the stale spill file " + p.getFileName() + " is still there");
        }
        r.assertNoProblems();
    }

    // --- configuration ---------------------------------------------------------------------------------------------

    /** A small valid corpus for the configuration cases. */
    private Path smallCorpus() throws IOException {
        HostileCorpora.cacheCorpus(dir, "config");
        return dir;
    }

    private String settingsProblem(Map<String, Object> extra) throws Exception {
        Path project = smallCorpus();
        return HangGuard.within(LIMIT, "settings " + extra, () -> {
            try {
                CorpusSettings s = CorpusSettings.builder(project).setAll(Map.of("directory", "corpus"))
                        .setAll(extra).build();
                CorpusRun.execute(s, RunLog.SILENT);
                return null;
            } catch (SettingsException | IllegalArgumentException e) {
                return e.getMessage();
            }
        });
    }

    @Test
    void anUnknownRuleIdIsAConfigurationErrorNamingTheClosestRule() throws Exception {
        String message = settingsProblem(Map.of("rules", List.of(Map.of("id", "duplicat.exact", "severity", "off"))));
        assertNotNull(message, "an unknown rule id must be refused");
        assertTrue(message.contains("duplicate.exact"), message);
    }

    @Test
    void anUnknownLimitPatternIsAConfigurationError() throws Exception {
        String message = settingsProblem(Map.of("limits", List.of(Map.of("rule", "metdata.*", "maximumCount", 0))));
        assertNotNull(message, "a limit on an unknown family must be refused");
        assertTrue(message.contains("metadata.*"), message);
    }

    @Test
    void anUnknownSuppressionPatternIsAConfigurationError() throws Exception {
        Path file = Files.writeString(dir.resolve("suppressions.txt"), "truncaton.too-short: **\n");
        String message = settingsProblem(Map.of("suppressionsFile", file.toString()));
        assertNotNull(message, "a suppression of an unknown rule must be refused");
        assertTrue(message.contains("truncation.too-short"), message);
    }

    @Test
    void absurdThreadCountsAndNotANumberAreRefused() throws Exception {
        String threads = settingsProblem(Map.of("threads", 1_000_000));
        assertNotNull(threads, "a million threads must be refused");
        assertTrue(threads.contains("threads"), threads);
        String nan = settingsProblem(Map.of("nearJaccard", "NaN"));
        assertNotNull(nan, "NaN must be refused");
        assertTrue(nan.contains("nearJaccard"), nan);
        String ratio = settingsProblem(Map.of("limits", List.of(Map.of("rule", "duplicate.*", "maximumRatio", "NaN"))));
        assertNotNull(ratio, "a NaN limit must be refused");
        assertTrue(ratio.contains("maximumRatio"), ratio);
    }

    @Test
    void aSettingsFileNested100000DeepIsRefused() throws Exception {
        Path yaml = Files.writeString(dir.resolve("deep.yaml"), "directory: " + "[".repeat(100_000)
                + "]".repeat(100_000) + "\n");
        Path json = Files.writeString(dir.resolve("deep.json"), "{\"directory\": " + "{\"a\": ".repeat(100_000) + "1"
                + "}".repeat(100_000) + "}\n");
        for (Path file : List.of(yaml, json)) {
            assertSettingsFileRefused(file);
        }
    }

    @Test
    void aSettingsFileThatExpandsAliasesExponentiallyIsRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String p = "*" + (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(8, p)))
                    .append("]\n");
        }
        assertSettingsFileRefused(Files.writeString(dir.resolve("laughs.yaml"), laughs.toString()));
    }

    /** The file is refused with a SettingsException naming it, in bounded time; no other exception or error. */
    private static void assertSettingsFileRefused(Path file) throws Exception {
        String message = HangGuard.within(LIMIT, "settings file " + file.getFileName(), () -> {
            try {
                SettingsFile.read(file);
                return null;
            } catch (SettingsException e) {
                return e.getMessage();
            }
        });
        assertNotNull(message, file.getFileName() + " must be refused");
        assertTrue(message.contains(file.getFileName().toString()), message);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The ids of the duplicate cluster holding {@code id} (representative and members), or an empty set. */
    private static Set<String> clusterOf(Result r, String id) {
        if (r.cold.report == null) {
            return Set.of();
        }
        for (JsonNode c : r.cold.report.path("duplicates").path("clusters")) {
            Set<String> ids = new HashSet<>();
            ids.add(c.path("representative").asText());
            StreamSupport.stream(c.path("members").spliterator(), false).forEach(m -> ids.add(m.path("document").asText()));
            if (ids.contains(id)) {
                return ids;
            }
        }
        return Set.of();
    }

    private static void texts(JsonNode n, java.util.function.Consumer<String> each) {
        if (n.isTextual()) {
            each.accept(n.asText());
        }
        n.fieldNames().forEachRemaining(each);
        n.forEach(child -> texts(child, each));
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theGeneratorWritesEveryCaseIntoItsOwnFolder() throws Exception {
        Generated g = HostileCorpora.brokenJsonLines(dir.resolve("one"));
        assertEquals(dir.resolve("one/corpus"), g.corpus);
        assertEquals(List.of("broken.jsonl"), g.made);
        assertEquals(HostileCorpora.BROKEN_LINES.size(),
                Files.readString(g.corpus.resolve("broken.jsonl")).split("\n", -1).length - 1);
        if (!g.skipped.isEmpty()) {
            fail("nothing to skip here: " + g.skipped);
        }
    }
}
