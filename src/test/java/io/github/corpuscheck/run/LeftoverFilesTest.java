package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed run leaves in the output folder (spill files of tens of MB, a report staging folder, the cache's
 * temporary file) is removed by the next run, with one log line; nothing else is touched.
 */
class LeftoverFilesTest {

    @TempDir
    Path root;

    @Test
    void theNextRunRemovesTemporaryFilesOfAKilledRunAndNothingElse() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "---\ndate: 2024-05-14\n---\nThe harbour board met on Tuesday"
                + " to discuss the new ferry timetable for the winter.\n");
        Path out = Files.createDirectories(root.resolve("target/corpus"));
        FileTime killed = FileTime.from(Instant.now().minusSeconds(600));
        List<String> leftovers = List.of("duplicate-shingles-8123912.tmp", "truncation-endings-771.tmp",
                ".reports-1x9.tmp/corpus.sarif", "cache/analysis.bin.3kq.tmp");
        List<String> kept = List.of("duplicate-shingles-1.txt", "notes.tmp", "my-truncation-endings-2.tmp",
                "cache/other.tmp", "index.html");
        for (String name : Stream.concat(leftovers.stream(), kept.stream()).toList()) {
            Path p = out.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "partial");
            Files.setLastModifiedTime(p, killed);
        }
        Files.setLastModifiedTime(out.resolve(".reports-1x9.tmp"), killed);

        List<String> log = new ArrayList<>();
        RunLog collect = RecordingLog.plain(log);
        CorpusSettings settings = CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("reportFormats", "json").build();
        CorpusRun.execute(settings, collect);
        assertEquals(List.of("Removed 4 temporary file(s) left in " + out + " by an interrupted run."),
                log.stream().filter(l -> l.startsWith("Removed ")).toList());
        for (String name : kept) {
            assertEquals("partial", Files.readString(out.resolve(name)), name);
        }
        // Nothing left of the killed run, nor of this one.
        assertEquals(List.of("cache", "duplicate-shingles-1.txt", "index.html", "my-truncation-endings-2.tmp",
                "notes.tmp", "report.json", "timing.json"), names(out));
        assertEquals(List.of("analysis.bin", "other.tmp"), names(out.resolve("cache")));

        // The next run finds nothing to remove and says nothing about it.
        log.clear();
        CorpusRun.execute(settings, collect);
        assertEquals(List.of(), log.stream().filter(l -> l.startsWith("Removed ")).toList());
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
