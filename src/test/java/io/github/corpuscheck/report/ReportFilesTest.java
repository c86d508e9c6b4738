package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are replaced whole or not at all: a writer that fails part-way, a report path taken by a folder, or a full
 * disk leave the previous file complete, the other reports are still written, no temporary file stays behind and
 * one log line names what was not updated.
 */
class ReportFilesTest {

    @TempDir
    Path project;

    final List<String> log = new ArrayList<>();

    /** A result with {@code n} findings (about 300 bytes each in report.json). */
    private static CheckResult result(int n) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            findings.add(ReportFixtures.missing().toBuilder().document(i, "feed.jsonl:" + i).at("feed.jsonl", i)
                    .build());
        }
        return ReportFixtures.result(findings, List.of());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes part of report.json into the folder it is given, then fails as a full disk would. */
    static final class FailingJsonWriter implements ReportWriter {
        @Override
        public String format() {
            return "json";
        }

        @Override
        public Path write(CheckResult result, ReportContext context) throws IOException {
            Path file = context.outputDirectory().resolve("report.json");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write("{\n  \"schemaVersion\" : 1,\n  \"tool\" : {".getBytes(StandardCharsets.UTF_8));
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void aWriterFailingPartWayLeavesEveryPreviousReportAsItWas() throws Exception {
        ReportContext context = ReportFixtures.context(project);
        Path out = context.outputDirectory();
        ReportFiles.writeAll(Reports.writersFor("json,sarif"), result(3), context, log::add);
        byte[] previous = Files.readAllBytes(out.resolve("report.json"));
        byte[] previousSarif = Files.readAllBytes(out.resolve("corpus.sarif"));
        assertEquals(List.of("corpus.sarif", "report.json", "timing.json"), names(out));
        assertEquals(List.of(), log);

        List<ReportWriter> writers = List.of(new FailingJsonWriter(), new TimingReportWriter(), new SarifReportWriter(),
                new HtmlReportWriter());
        IOException e = assertThrows(IOException.class,
                () -> ReportFiles.writeAll(writers, result(5), context, log::add));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(out.resolve("report.json")), "the previous report.json");
        new ObjectMapper().readTree(out.resolve("report.json").toFile()); // complete JSON
        // Never a mix of two runs: the SARIF the other writer made is not moved in either.
        assertArrayEquals(previousSarif, Files.readAllBytes(out.resolve("corpus.sarif")), "the previous corpus.sarif");
        assertEquals(List.of("corpus.sarif", "report.json", "timing.json"), names(out),
                "no new report, no temporary file or folder is left");
        assertEquals(List.of("Reports not updated (the previous ones, if any, are kept): json could not be written."),
                log);
    }

    @Test
    void aReportPathTakenByAFolderIsNamedAndNoReportIsReplaced() throws Exception {
        ReportContext context = ReportFixtures.context(project);
        Path out = context.outputDirectory();
        Files.createDirectories(out.resolve("corpus.sarif/inside"));
        IOException e = assertThrows(IOException.class,
                () -> ReportFiles.writeAll(Reports.writersFor("sarif,junit"), result(2), context, log::add));
        assertTrue(e.getMessage().contains("corpus.sarif"), e.toString());
        assertEquals(List.of("corpus.sarif"), names(out));
        assertTrue(Files.isDirectory(out.resolve("corpus.sarif/inside")));
        assertEquals(List.of("Reports not updated (the previous ones, if any, are kept): corpus.sarif could not be"
                + " written."), log);
    }

    @Test
    void onAFullDiskThePreviousReportStaysCompleteAndNoTemporaryFileIsLeft() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(4096).setMaxSize(4L << 20).build())) {
            Path root = fs.getPath("/project");
            ReportContext context = new ReportContext(root.resolve("target/corpus"), root, root.resolve("corpus"), "1");
            Path out = context.outputDirectory();
            ReportFiles.writeAll(Reports.writersFor("json"), result(2000), context, log::add);
            byte[] previous = Files.readAllBytes(out.resolve("report.json"));
            assertTrue(previous.length > 500_000, previous.length + " bytes");
            // Fill the disk up to 64 KB: the next, larger report does not fit, neither beside nor over the old one.
            try (OutputStream filler = Files.newOutputStream(root.resolve("filler"))) {
                byte[] chunk = new byte[4096];
                long free = Files.getFileStore(root).getUnallocatedSpace();
                for (long left = free - (64 << 10); left > 0; left -= chunk.length) {
                    filler.write(chunk);
                }
            }

            IOException e = assertThrows(IOException.class,
                    () -> ReportFiles.writeAll(Reports.writersFor("json"), result(3000), context, log::add));
            assertEquals("out of disk space", e.getMessage());
            assertArrayEquals(previous, Files.readAllBytes(out.resolve("report.json")));
            assertEquals(List.of("report.json", "timing.json"), names(out));
            assertEquals(List.of("Reports not updated (the previous ones, if any, are kept): json, timing could not be"
                    + " written."), log);
        }
    }
}
