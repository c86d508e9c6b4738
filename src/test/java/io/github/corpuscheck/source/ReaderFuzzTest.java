package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing of the readers with jqwik: properties over arbitrary and half-valid input (see {@link FuzzInputs}). Every
 * reader entry point must return, within a time bound, documents and {@code input.*} findings only — no exception —
 * and the same ones for the same bytes; every document's fields are consistent with each other and with the bytes;
 * a generated corpus accounts for every file. The number of tries per property is {@code jqwik.tries.default},
 * which the build sets from {@code -Dfuzz.tries} (200 in CI, a few seconds per property); docs/reliability.md has
 * the command for a long run.
 */
class ReaderFuzzTest {

    /** A single call that takes longer than this is taken for a loop. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    /** Runs {@code work} on a worker thread; a run over {@link #BOUND} fails the property as a loop. */
    static <T> T bounded(Callable<T> work) throws Exception {
        Future<T> f = WORKER.submit(work);
        try {
            return f.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no result within " + BOUND.toSeconds() + " s: a loop or a blow-up");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return FuzzInputs.texts();
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        return FuzzInputs.utf8ishBytes();
    }

    @Provide
    Arbitrary<byte[]> jsonLines() {
        return FuzzInputs.jsonLines();
    }

    @Provide
    Arbitrary<byte[]> jsonLinesFiles() {
        return FuzzInputs.jsonLinesFiles();
    }

    @Provide
    Arbitrary<List<FuzzInputs.FileSpec>> corpora() {
        return FuzzInputs.corpora();
    }

    // --- bytes to characters ------------------------------------------------------------------------------------------

    @Property
    void decodingAgreesWithTheJdk(@ForAll("utf8ish") byte[] bytes) {
        boolean valid;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            valid = true;
        } catch (CharacterCodingException e) {
            valid = false;
        }
        Statistics.collect(valid ? "valid UTF-8" : "invalid UTF-8");
        TextDecoder decoder = new TextDecoder(StandardCharsets.UTF_8);
        decoder.decode(bytes, 0, bytes.length);
        assertEquals(valid, decoder.badSequences == 0, "TextDecoder's verdict");
        assertEquals(valid, Utf8.isValid(bytes, 0, bytes.length), "Utf8.isValid's verdict");
        // one U+FFFD per malformed sequence, exactly as the JDK replaces them
        assertEquals(new String(bytes, StandardCharsets.UTF_8), decoder.string());
        if (!valid) {
            assertTrue(decoder.firstBadByte >= 0 && decoder.firstBadByte < bytes.length, "first bad byte in range");
            int lines = 0;
            for (int i = 0; i < decoder.firstBadByte; i++) {
                lines += bytes[i] == '\n' ? 1 : 0;
            }
            assertEquals(lines, decoder.firstBadLine, "line of the first bad byte");
        }
    }

    // --- text articles ---------------------------------------------------------------------------------------------

    @Property
    void textArticlesParseConsistently(@ForAll("texts") String text) throws Exception {
        Document doc = bounded(() -> TextFileReader.parse(text, "dir/file.md", 7));
        Statistics.collect(doc.fields().containsKey("id") ? "front matter id" : doc.fields().isEmpty() ? "no metadata"
                : "other metadata");
        assertEquals(doc, TextFileReader.parse(text, "dir/file.md", 7), "the same text parses the same");
        assertEquals(7, doc.index());
        assertEquals("dir/file.md", doc.file());
        assertEquals(1, doc.line());
        assertNotNull(doc.id());
        assertFalse(doc.id().isBlank(), "an id is never blank");
        if (doc.text() != null) {
            assertTrue(text.endsWith(doc.text()), "the body is the end of the file");
            assertFalse(doc.text().isBlank(), "a blank body is no text");
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        assertTrue(doc.textLine() >= 1 && doc.textLine() <= lines + 1, "textLine " + doc.textLine() + " of " + lines);
        doc.fields().forEach((k, v) -> {
            assertFalse(k.isEmpty() || k.indexOf('\n') >= 0, "a field name is one non-empty line: " + k);
            assertFalse(v.indexOf('\n') >= 0, "a field value is one line: " + v);
        });
        String date = doc.field("date");
        if (date != null && !text.stripLeading().startsWith("---")) {
            assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}.*"), "an inline date starts with yyyy-MM-dd: " + date);
        }
        checkParagraphs(doc.text() == null ? "" : doc.text(), doc.textLine(), false, doc.paragraphs());
        Statistics.coverage(c -> {
            c.check("front matter id").count(n -> n > 0);
            c.check("no metadata").count(n -> n > 0);
        });
    }

    @Property
    void paragraphsKeepEveryVisibleCharacterOnce(@ForAll("texts") String body,
            @ForAll @IntRange(min = 1, max = 100_000) int firstLine, @ForAll boolean sameLine) throws Exception {
        List<Paragraph> paragraphs = bounded(() -> ParagraphSplitter.split(body, firstLine, sameLine));
        Statistics.collect(ParagraphSplitter.shapeOf(body));
        assertEquals(paragraphs, ParagraphSplitter.split(body, firstLine, sameLine));
        checkParagraphs(body, firstLine, sameLine, paragraphs);
    }

    /** Paragraphs hold the body's visible characters once each, in order, trimmed, at lines inside the body. */
    private static void checkParagraphs(String body, int firstLine, boolean sameLine, List<Paragraph> paragraphs) {
        int lastLine = firstLine + (int) body.chars().filter(c -> c == '\n').count();
        int previous = firstLine;
        StringBuilder visible = new StringBuilder();
        for (Paragraph p : paragraphs) {
            assertFalse(p.text().isEmpty(), "no empty paragraph");
            assertFalse(ParagraphSplitter.isSpace(p.text().charAt(0))
                    || ParagraphSplitter.isSpace(p.text().charAt(p.text().length() - 1)), "trimmed: [" + p.text() + "]");
            assertFalse(p.text().indexOf('\n') >= 0, "joined lines: [" + p.text() + "]");
            if (sameLine) {
                assertEquals(firstLine, p.line());
            } else {
                assertTrue(p.line() >= previous && p.line() <= lastLine, "line " + p.line() + " after " + previous
                        + ", up to " + lastLine);
                previous = p.line();
            }
            visible.append(visibleOnly(p.text()));
        }
        assertEquals(visibleOnly(body), visible.toString(), "every visible character in exactly one paragraph");
    }

    private static String visibleOnly(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (!ParagraphSplitter.isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    @Property
    void frontMatterAndInlineDatesStayInTheirBounds(@ForAll("texts") String text) throws Exception {
        Map<String, String> fields = new HashMap<>();
        int[] line = {0};
        int body = bounded(() -> FrontMatter.parse(text, fields, line));
        Statistics.collect(body >= 0 ? "front matter" : "none");
        if (body < 0) {
            assertTrue(fields.isEmpty(), "no fields without front matter");
        } else {
            assertTrue(body <= text.length() && line[0] >= 3, "body at " + body + ", line " + line[0]);
            fields.keySet().forEach(k -> assertTrue(!k.isEmpty() && k.equals(k.strip()), "key [" + k + "]"));
        }
        Map<String, String> inline = new HashMap<>();
        int[] inlineLine = {0};
        int start = bounded(() -> InlineMetadata.parse(text, inline, inlineLine));
        if (start < 0) {
            assertTrue(inline.isEmpty());
        } else {
            assertTrue(start <= text.length() && inlineLine[0] >= 1);
            assertTrue(inline.get("date").matches("\\d{4}-\\d{2}-\\d{2}.*"), inline.get("date"));
        }
    }

    // --- JSON lines ---------------------------------------------------------------------------------------------------

    @Property
    void everyJsonLineGivesADocumentOrOneFinding(@ForAll("jsonLines") byte[] line,
            @ForAll @IntRange(min = 1, max = 1_000_000) int lineNo) throws Exception {
        JsonLinesReader reader = new JsonLinesReader(options(Path.of("."), Map.of()), new JsonFactory());
        List<Finding> findings = new ArrayList<>();
        FileProblems problems = new FileProblems(b -> findings.add(b.build()));
        Document doc = bounded(() -> reader.parseLine(line, line.length, lineNo, "feed.jsonl", 3, problems));
        List<String> rules = findings.stream().map(Finding::ruleId).toList();
        Statistics.collect(doc != null ? "document" : rules.isEmpty() ? "blank" : rules.get(0));
        for (Finding f : findings) {
            assertTrue(f.ruleId().startsWith("input."), f.ruleId());
            assertEquals("feed.jsonl", f.file());
            assertEquals(lineNo, f.line());
        }
        if (doc == null) {
            assertTrue(rules.size() <= 1, "one reason at most for a skipped line: " + rules);
        } else {
            // A record read with unpaired surrogates as U+FFFD also has its input.encoding finding.
            List<String> beyondEncoding = rules.stream().filter(r -> !r.equals("input.encoding")).toList();
            assertTrue(beyondEncoding.isEmpty() || beyondEncoding.equals(List.of("input.missing-text")), rules.toString());
            assertTrue(rules.indexOf("input.encoding") == rules.lastIndexOf("input.encoding"), rules.toString());
            assertEquals(beyondEncoding.isEmpty(), doc.text() != null,
                    "a document has a text or a missing-text finding");
            assertEquals(3, doc.index());
            assertEquals(lineNo, doc.line());
            assertEquals(lineNo, doc.textLine());
            assertFalse(doc.id().isBlank());
            assertTrue(doc.paragraphs().stream().allMatch(p -> p.line() == lineNo));
            if (doc.text() != null) {
                checkParagraphs(doc.text(), lineNo, true, doc.paragraphs());
            }
        }
        // the same bytes again: the same document and findings
        List<Finding> again = new ArrayList<>();
        Document second = reader.parseLine(line, line.length, lineNo, "feed.jsonl", 3,
                new FileProblems(b -> again.add(b.build())));
        assertEquals(doc, second);
        assertEquals(keys(findings), keys(again));
        Statistics.coverage(c -> {
            for (String kind : List.of("document", "input.malformed", "input.not-object", "input.encoding")) {
                c.check(kind).count(n -> n > 0);
            }
        });
    }

    // --- files and corpora ---------------------------------------------------------------------------------------------

    @Property
    void aGzipFileReadsLikeThePlainFile(@ForAll("jsonLinesFiles") byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-gz");
        try {
            Files.createDirectories(dir.resolve("plain"));
            Files.createDirectories(dir.resolve("gz"));
            Files.write(dir.resolve("plain/feed.jsonl"), content);
            Files.write(dir.resolve("gz/feed.jsonl.gz"), FuzzInputs.gzip(content));
            Read plain = bounded(() -> read(dir.resolve("plain")));
            Read gz = bounded(() -> read(dir.resolve("gz")));
            Statistics.collect(plain.docs.isEmpty() ? "no document" : "documents");
            assertEquals(plain.docs.stream().map(ReaderFuzzTest::withoutFile).toList(),
                    gz.docs.stream().map(ReaderFuzzTest::withoutFile).toList());
            // The same findings, but that an empty or blank gzip says what it holds after decompression.
            assertEquals(keys(plain.findings).stream().map(k -> k.replace("feed.jsonl.gz", "feed.jsonl")).toList(),
                    keys(gz.findings).stream().map(k -> k.replace("feed.jsonl.gz", "feed.jsonl"))
                            .map(k -> k.replaceFirst("holds no data after decompression \\(\\d+ bytes compressed\\)",
                                    "is empty (0 bytes)").replace(" after decompression", "")
                                    .replaceFirst(", compressedBytes=\\d+", ""))
                            .toList());
        } finally {
            delete(dir);
        }
    }

    @Property
    void everyFileOfAGeneratedCorpusIsAccountedForAndReadsTheSameTwice(
            @ForAll("corpora") List<FuzzInputs.FileSpec> files) throws Exception {
        Path dir = write(files);
        try {
            Read first = bounded(() -> read(dir));
            Read second = bounded(() -> read(dir));
            assertEquals(first.docs, second.docs, "the same bytes give the same documents");
            assertEquals(keys(first.findings), keys(second.findings), "and the same findings");
            assertEquals(files.size(), first.reader.files(), "every file is examined");
            for (FuzzInputs.FileSpec f : files) {
                boolean accounted = first.docs.stream().anyMatch(d -> d.file().equals(f.name()))
                        || first.findings.stream().anyMatch(x -> f.name().equals(x.file()));
                assertTrue(accounted, "no document and no finding for " + f);
            }
            for (int i = 0; i < first.docs.size(); i++) {
                Document d = first.docs.get(i);
                assertEquals(i, d.index(), "indices are consecutive");
                assertFalse(d.id().isBlank());
                assertTrue(d.line() >= 1 && d.textLine() >= d.line());
            }
            for (Finding x : first.findings) {
                assertTrue(x.ruleId().startsWith("input."), x.toString());
                if (x.documentIndex() >= 0) {
                    assertEquals(first.docs.get(x.documentIndex()).file(), x.file(), "a finding names its document");
                }
            }
            Statistics.collect(first.findings.isEmpty() ? "clean" : "with findings");
            // a re-read of every document gives them back unchanged
            BitSet all = new BitSet();
            all.set(0, first.docs.size());
            List<Document> reread = new ArrayList<>();
            bounded(() -> {
                first.reader.reread(all, reread::add);
                return null;
            });
            reread.sort(Comparator.comparingInt(Document::index));
            assertEquals(first.docs, reread, "re-read documents");
        } finally {
            delete(dir);
        }
    }

    @Property
    void everyCheckSurvivesAGeneratedCorpusWithTheSameResultOnOneOrTwoThreads(
            @ForAll("corpora") List<FuzzInputs.FileSpec> files, @ForAll @IntRange(min = 0, max = 9) int sample)
            throws Exception {
        // Two engine runs cost about 50 ms: only part of the tries run them (about half, as jqwik favours small
        // numbers), so their number still scales with the tries of the other properties.
        Assume.that(sample < 3);
        Path dir = write(files);
        try {
            List<String> one = bounded(() -> engine(dir, 1));
            List<String> two = bounded(() -> engine(dir, 2));
            Statistics.collect(one.size() > files.size() ? "many findings" : "few findings");
            assertEquals(one, two, "findings do not depend on the thread count");
        } finally {
            delete(dir);
        }
    }

    private static List<String> engine(Path dir, int threads) throws Exception {
        CorpusSettings settings = CorpusSettings.builder(dir).set("directory", dir.toString())
                .set("maxDate", "2030-12-31").set("cache", false).build();
        List<CorpusCheck<?>> checks = CorpusRun.createChecks(settings, Files.createDirectories(dir.resolve("..")
                .resolve(dir.getFileName() + "-work")));
        CheckResult r = new CorpusEngine().run(new CheckRequest(new CorpusReader(settings.readerOptions()), "fuzz",
                checks, settings.ruleSettings(), settings.limits(), null, threads, null));
        return r.findings().stream().map(ReaderFuzzTest::key).toList();
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    record Read(CorpusReader reader, List<Document> docs, List<Finding> findings) {}

    static Read read(Path dir) throws IOException {
        CorpusReader reader = new CorpusReader(options(dir, Map.of()));
        List<Document> docs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        reader.read(docs::add, b -> findings.add(b.build()));
        return new Read(reader, docs, findings);
    }

    static ReaderOptions options(Path dir, Map<String, String> fields) {
        return new ReaderOptions(dir, List.of(), List.of(), InputFormat.AUTO, StandardCharsets.UTF_8,
                new FieldMapping(fields), ReaderOptions.DEFAULT_MAX_FILE_SIZE);
    }

    static Path write(List<FuzzInputs.FileSpec> files) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-corpus");
        for (FuzzInputs.FileSpec f : files) {
            Path p = dir.resolve(f.name());
            Files.createDirectories(p.getParent());
            Files.write(p, f.content());
        }
        return dir;
    }

    static void delete(Path dir) throws IOException {
        for (Path d : List.of(dir, dir.resolveSibling(dir.getFileName() + "-work"))) {
            if (!Files.exists(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Document withoutFile(Document d) {
        return new Document(d.index(), d.id().replace("feed.jsonl.gz", "feed.jsonl"), "feed", d.line(), d.fields(),
                d.text(), d.textLine(), d.paragraphs());
    }

    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(ReaderFuzzTest::key).collect(Collectors.toList());
    }

    static String key(Finding f) {
        return f.ruleId() + " " + f.file() + ":" + f.line() + " #" + f.documentIndex() + " " + f.message() + " "
                + f.evidence() + " " + f.related();
    }
}
