package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.adopt.IgnoreField;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.cache.CacheSettings;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.checks.stats.LengthHistogramCheck;
import io.github.corpuscheck.checks.stats.SharedParagraphsCheck;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ReportContext;
import io.github.corpuscheck.run.CheckSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental cache end to end: the full check suite over a corpus of text articles and JSON Lines (with input
 * problems, duplicates, truncations and metadata errors) gives a byte-identical report.json with the cache off, on
 * a first run with it and on later runs, while later runs open only the files that changed.
 */
class IncrementalRunTest {

    @TempDir
    Path tmp;

    Path corpus;
    CorpusReader reader;
    CountingSource source;
    final List<String> log = new ArrayList<>();
    int runs;

    static final Instant AN_HOUR_AGO = Instant.now().minusSeconds(3600);

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        Path resources = Path.of("src/test/resources");
        for (String dir : List.of("duplicate", "metadata", "truncation/corpus", "truncation/editions")) {
            try (Stream<Path> files = Files.list(resources.resolve(dir))) {
                for (Path f : files.sorted().toList()) {
                    Path target = corpus.resolve(dir).resolve(f.getFileName().toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
        write("extra/feed.jsonl", """
                {"id": "mill-1", "date": "2024-02-01", "title": "Mill Reopens", "text": "The old mill by the river reopened on Thursday after a long restoration paid for by the town.\\nVisitors can see the wheel turn again every afternoon."}
                {"id": "mill-2", "date": "2024-02-02", "title": "Mill Reopens Again", "text": "The old mill by the river reopened on Thursday after a long restoration paid for by the town.\\nVisitors can see the wheel turn again every afternoon."}
                {"id": "broken", "text": "no closing brace"
                {"id": "fair-3", "date": "2024-02-30", "title": "Fair", "text": "The county fair will open its gates on Saturday with a parade of tractors and"}
                """);
        write("extra/ignored.txt", "---\ncorpus-ignore: truncation.*\n---\nThe committee met on Tuesday and agreed to"
                + " postpone the vote on the new budget until the next session because\n");
        Files.createDirectories(corpus.resolve("extra"));
        Files.write(corpus.resolve("extra/binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
        write("extra/empty.txt", "");
        write("extra/copy-of-shared.txt", Files.readString(resources.resolve("duplicate/shared.txt")));
        ageAll();
    }

    private void write(String rel, String content) throws IOException {
        Path p = corpus.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    /** Files last modified an hour ago: their size and time are trusted without hashing. */
    private void ageAll() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(AN_HOUR_AGO));
            }
        }
    }

    private List<String> allFiles() throws IOException {
        return new CorpusReader(options()).listFiles();
    }

    private ReaderOptions options() {
        return new ReaderOptions(corpus, List.of(), List.of(), InputFormat.AUTO, StandardCharsets.UTF_8,
                new FieldMapping(java.util.Map.of()), ReaderOptions.DEFAULT_MAX_FILE_SIZE);
    }

    private static List<CorpusCheck<?>> checks() {
        List<CorpusCheck<?>> checks = new ArrayList<>(CheckSuite.standard(MetadataConfig.defaults(), DuplicateConfig.defaults(),
                TruncationConfig.defaults(), BoilerplateConfig.defaults()));
        checks.add(new IgnoreField());
        checks.add(new LengthHistogramCheck());
        checks.add(new SharedParagraphsCheck());
        return checks;
    }

    private Path cacheFile() {
        return tmp.resolve("out/cache/analysis.bin");
    }

    /** One run of the full suite; {@code fingerprint == null} runs without cache. Returns report.json. */
    private byte[] run(String fingerprint, java.util.function.Supplier<List<CorpusCheck<?>>> freshChecks)
            throws IOException {
        List<CorpusCheck<?>> checks = freshChecks.get(); // checks keep state: new ones for every run
        reader = new CorpusReader(options());
        source = new CountingSource(reader);
        CacheSettings cache = fingerprint == null ? null : new CacheSettings(cacheFile(), fingerprint, log::add);
        CheckResult r = new CorpusEngine(cache)
                .run(new CheckRequest(source, "corpus", checks, null, null, null, 2, null));
        Path out = tmp.resolve("report" + runs++);
        new JsonReportWriter().write(r, new ReportContext(out, tmp, corpus, "test"));
        return Files.readAllBytes(out.resolve("report.json"));
    }

    private byte[] run(String fingerprint) throws IOException {
        return run(fingerprint, IncrementalRunTest::checks);
    }

    @Test
    void reportIsIdenticalWithAndWithoutCacheAndASecondRunOpensNoCorpusFile() throws IOException {
        byte[] off = run(null);
        List<String> rereadWithoutCache = List.copyOf(reader.rereadOpenedInRun);
        assertEquals(4, source.rereadCalls);
        assertEquals(18L, source.rereadDocuments);
        String report = new String(off, StandardCharsets.UTF_8);
        for (String rule : List.of("input.malformed", "input.binary", "input.empty-file", "duplicate.exact",
                "duplicate.near", "truncation.mid-sentence", "metadata.invalid")) {
            assertTrue(report.contains("\"" + rule + "\""), "fixture should fire " + rule);
        }

        // Without cache, finish() re-reads on four bounded passes: pair verification, repeated URLs,
        // truncation.prefix-of endings, shared paragraphs of the pairs shown side by side.
        assertEquals(List.of(PAIRS, URLS, ENDINGS, SHOWN).stream().flatMap(List::stream).toList(), rereadWithoutCache);

        byte[] first = run("config-1");
        assertEquals(allFiles(), reader.readOpened);
        assertTrue(Files.isRegularFile(cacheFile()));
        assertArrayEquals(off, first);
        assertEquals(rereadWithoutCache, reader.rereadOpenedInRun, "an empty memo re-reads as without cache");
        assertEquals(18L, source.rereadDocuments);

        byte[] second = run("config-1");
        assertEquals(List.of(), reader.readOpened, "an unchanged corpus is not read");
        assertEquals(List.of(), reader.rereadOpenedInRun, "nor re-read: the memo has every corpus-phase value");
        assertEquals(0, source.rereadCalls);
        assertArrayEquals(off, second);
        int n = allFiles().size();
        assertEquals(41, n);
        // 10 candidate pairs' scores, 2 URLs, 3 endings, 4 pairs shown.
        assertEquals(List.of("Incremental cache: 0 of 41 files unchanged, 41 read. Corpus phase: 0 of 0 values"
                        + " reused, 19 added.",
                "Incremental cache: 41 of 41 files unchanged, 0 read. Corpus phase: 19 of 19 values reused, 0 added."),
                log);
        long written = Files.getLastModifiedTime(cacheFile()).toMillis();

        byte[] third = run("config-1");
        assertEquals(List.of(), reader.readOpened);
        assertEquals(List.of(), reader.rereadOpenedInRun);
        assertEquals(0, source.rereadCalls);
        assertArrayEquals(off, third);
        assertEquals(written, Files.getLastModifiedTime(cacheFile()).toMillis(), "nothing changed: not rewritten");
    }

    static final String EDITIONS = "truncation/editions/";
    /** Files re-read without cache to verify candidate pairs. */
    static final List<String> PAIRS = List.of(EDITIONS + "edition-copy.txt", EDITIONS + "edition-short.txt",
            EDITIONS + "edition-shortest.txt", EDITIONS + "edition-take.txt", EDITIONS + "edition-take2.txt");
    /** ... to name repeated URLs. */
    static final List<String> URLS = List.of("metadata/a.jsonl", "metadata/b.jsonl");
    /** ... for the endings of texts that stop where another edition goes on. */
    static final List<String> ENDINGS = List.of(EDITIONS + "edition-short.txt", EDITIONS + "edition-take.txt",
            EDITIONS + "edition-take2.txt");
    /** ... for the duplicate pairs shown side by side. */
    static final List<String> SHOWN = List.of("duplicate/shared.txt", "extra/copy-of-shared.txt", "extra/feed.jsonl",
            "metadata/b.jsonl", EDITIONS + "edition-copy.txt", EDITIONS + "edition-long.txt");

    @Test
    void aChangedFileIsReReadWithItsDuplicatePartnersOnly() throws IOException {
        run(null);
        List<String> rereadWithoutCache = List.copyOf(reader.rereadOpenedInRun);
        run("config-1");
        // One more paragraph on a take: its pairs, its ending and its side-by-side view are computed again.
        Path take = corpus.resolve(EDITIONS + "edition-take2.txt");
        Files.writeString(take, Files.readString(take).replace("MORE", "The vote is expected to be close.\n\nMORE"));
        Files.setLastModifiedTime(take, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));

        byte[] cached = run("config-1");
        assertEquals(List.of(EDITIONS + "edition-take2.txt"), reader.readOpened);
        List<String> reread = List.copyOf(reader.rereadOpenedInRun);
        assertEquals(1, source.rereadCalls, "pair verification only");
        assertEquals(5L, source.rereadDocuments);
        byte[] off = run(null);
        assertArrayEquals(off, cached);
        // Only the pairs of edition-take2 miss the memo: it is re-read with its four candidate partners. Every other
        // value (other pairs, URLs, endings, pairs shown) comes from the memo.
        assertEquals(PAIRS, reread);
        assertEquals(5, PAIRS.size());
        assertTrue(rereadWithoutCache.size() > reread.size());

        byte[] again = run("config-1");
        assertEquals(List.of(), reader.readOpened);
        assertEquals(List.of(), reader.rereadOpenedInRun);
        assertEquals(0, source.rereadCalls);
        assertArrayEquals(off, again);
    }

    @Test
    void changedFilesAreReadAgainAndTheReportEqualsAnUncachedRun() throws IOException {
        run("config-1");
        // One more document in the JSON Lines feed shifts every later index; a text becomes an exact copy.
        Path feed = corpus.resolve("extra/feed.jsonl");
        Files.writeString(feed, Files.readString(feed).replace("{\"id\": \"broken\"",
                "{\"id\": \"mill-0\", \"text\": \"The old mill by the river reopened on Thursday after a long"
                        + " restoration paid for by the town.\\nVisitors can see the wheel turn again every afternoon.\"}\n"
                        + "{\"id\": \"broken\""));
        Files.copy(corpus.resolve("truncation/corpus/ok-cjk.txt"), corpus.resolve("extra/ignored.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(feed, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        Files.setLastModifiedTime(corpus.resolve("extra/ignored.txt"), FileTime.from(AN_HOUR_AGO.plusSeconds(60)));

        byte[] cached = run("config-1");
        assertEquals(List.of("extra/feed.jsonl", "extra/ignored.txt"), reader.readOpened);
        byte[] off = run(null);
        assertArrayEquals(off, cached);
        String report = new String(off, StandardCharsets.UTF_8);
        assertTrue(report.contains("\"mill-0\""), "the new document is in the report");

        byte[] again = run("config-1");
        assertEquals(List.of(), reader.readOpened);
        assertArrayEquals(off, again);
    }

    @Test
    void anEditToOneDocumentOfAJsonLinesFileKeepsTheValuesOfItsOtherDocuments() throws IOException {
        run("config-1");
        // feed.jsonl also holds mill-2, shown side by side with mill-1; only fair-3 changes.
        Path feed = corpus.resolve("extra/feed.jsonl");
        Files.writeString(feed, Files.readString(feed).replace("\"title\": \"Fair\"", "\"title\": \"County Fair\""));
        Files.setLastModifiedTime(feed, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));

        byte[] cached = run("config-1");
        assertEquals(List.of("extra/feed.jsonl"), reader.readOpened);
        assertEquals(0, source.rereadCalls, "memo values are keyed by each document's content, not by its file");
        byte[] off = run(null);
        assertArrayEquals(off, cached);
        assertTrue(new String(off, StandardCharsets.UTF_8).contains("\"mill-2\""));
    }

    @Test
    void aRemovedOrAddedFileChangesOnlyWhatItHeld() throws IOException {
        run("config-1");
        Files.delete(corpus.resolve("duplicate/shared.txt")); // its copy is no longer a duplicate
        byte[] removed = run("config-1");
        assertEquals(List.of(), reader.readOpened);
        assertArrayEquals(run(null), removed);
        assertFalse(new String(removed, StandardCharsets.UTF_8).contains("\"duplicate/shared.txt\""));

        write("a-first.txt", Files.readString(corpus.resolve("extra/copy-of-shared.txt")));
        byte[] added = run("config-1");
        assertEquals(List.of("a-first.txt"), reader.readOpened);
        assertArrayEquals(run(null), added);
    }

    @Test
    void aTouchedButUnchangedFileIsRecognisedByItsContentHash() throws IOException {
        byte[] first = run("config-1");
        Files.setLastModifiedTime(corpus.resolve("extra/feed.jsonl"), FileTime.from(AN_HOUR_AGO.plusSeconds(120)));
        byte[] second = run("config-1");
        assertEquals(List.of(), reader.readOpened);
        assertArrayEquals(first, second);
        // A same-sized edit is caught by the hash too.
        Path feed = corpus.resolve("extra/feed.jsonl");
        Files.writeString(feed, Files.readString(feed).replace("mill-2", "mill-9"));
        Files.setLastModifiedTime(feed, FileTime.from(AN_HOUR_AGO));
        byte[] third = run("config-1");
        assertEquals(List.of("extra/feed.jsonl"), reader.readOpened);
        assertArrayEquals(run(null), third);
        assertTrue(new String(third, StandardCharsets.UTF_8).contains("\"mill-9\""));
    }

    @Test
    void anotherConfigurationDiscardsTheCache() throws IOException {
        run("config-1");
        byte[] other = run("config-2");
        assertEquals(allFiles(), reader.readOpened);
        log.removeIf(line -> line.startsWith("Incremental cache: "));
        assertEquals(1, log.size());
        assertTrue(log.get(0).endsWith("was written by another plugin version or configuration: checking every file."),
                log.get(0));
        run("config-2");
        assertEquals(List.of(), reader.readOpened);
        assertArrayEquals(run(null), other);
    }

    @Test
    void aCorruptCacheIsIgnoredWithOneLogLine() throws IOException {
        byte[] off = run(null);
        run("config-1");
        byte[] bytes = Files.readAllBytes(cacheFile());
        Files.write(cacheFile(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        byte[] truncated = run("config-1");
        assertEquals(allFiles(), reader.readOpened);
        assertArrayEquals(off, truncated);
        log.removeIf(line -> line.startsWith("Incremental cache: "));
        assertEquals(1, log.size());
        // Cut in the middle of a block: that block claims more bytes than are left.
        assertTrue(log.get(0).matches("Ignoring corrupt incremental cache \\Q" + cacheFile() + "\\E \\(block \\d+ at"
                + " byte \\d+ claims \\d+ bytes; \\d+ at most are possible\\): checking every file\\."), log.get(0));

        Files.write(cacheFile(), "not a cache at all".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(off, run("config-1"));
        assertEquals(allFiles(), reader.readOpened);
        log.removeIf(line -> line.startsWith("Incremental cache: "));
        assertEquals(2, log.size());
        assertEquals("Ignoring corrupt incremental cache " + cacheFile() + " (not an incremental cache file): checking"
                + " every file.", log.get(1));
        // Rewritten: the next run reads nothing.
        assertArrayEquals(off, run("config-1"));
        assertEquals(List.of(), reader.readOpened);
    }

    @Test
    void filesThatCannotBeExaminedAreCountedAsReadNotAsUnchanged() throws IOException {
        // Listed (so the reader reports them) but impossible to hash or time: not cached, read on every run.
        Files.createSymbolicLink(corpus.resolve("extra/gone-1.txt"), corpus.resolve("nowhere/1.txt"));
        Files.createSymbolicLink(corpus.resolve("extra/gone-2.txt"), corpus.resolve("nowhere/2.txt"));
        byte[] off = run(null);
        assertTrue(new String(off, StandardCharsets.UTF_8).contains("\"input.unreadable\""));
        assertArrayEquals(off, run("config-1"));
        assertArrayEquals(off, run("config-1"));
        assertEquals(List.of("Incremental cache: 0 of 43 files unchanged, 43 read (2 could not be examined, not"
                        + " cached). Corpus phase: 0 of 0 values reused, 19 added.",
                "Incremental cache: 41 of 43 files unchanged, 2 read (2 could not be examined, not cached). Corpus"
                        + " phase: 19 of 19 values reused, 0 added."), log);
    }

    /** A check that offers no state codec. */
    static final class NoCodecCheck implements CorpusCheck<Integer> {
        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public Integer analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            return 1;
        }
    }

    @Test
    void aCheckWithoutStateCodecSwitchesTheCacheOff() throws IOException {
        java.util.function.Supplier<List<CorpusCheck<?>>> checks = () -> {
            List<CorpusCheck<?>> list = checks();
            list.add(new NoCodecCheck());
            return list;
        };
        byte[] off = run(null, checks);
        byte[] cached = run("config-1", checks);
        assertArrayEquals(off, cached);
        assertFalse(Files.exists(cacheFile()));
        assertEquals(allFiles(), reader.readOpened);
        assertEquals(List.of("Incremental cache off: NoCodecCheck cannot store its per-document state."), log);
    }
}
