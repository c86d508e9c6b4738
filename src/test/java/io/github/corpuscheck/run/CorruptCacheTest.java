package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged incremental cache is never trusted: whatever byte of a real cache file is changed, the next run logs one
 * line saying why the cache is ignored, reads every file, and writes a report.json byte-identical to a run without
 * cache; a truncated file and a file claiming a huge length do the same, and nothing is thrown.
 */
class CorruptCacheTest {

    @TempDir
    Path root;

    Path cache;
    Path report;
    int files;

    private static final String STORY = "The harbour board met on Tuesday to discuss the new ferry timetable for the"
            + " winter season.\n\nMembers agreed that the early crossing would move to six in the morning from the"
            + " first of November, and that the late crossing would stay at ten.\n";

    @BeforeEach
    void corpus() throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        // metadata.missing (no date), a duplicate pair with memo values, a truncated text, reader findings.
        Files.writeString(corpus.resolve("a.txt"), "---\ndate: 2024-05-14\ntitle: Ferry\n---\n" + STORY);
        Files.writeString(corpus.resolve("b.txt"), "---\ndate: 2024-05-15\ntitle: Ferry again\n---\n" + STORY
                + "\nA spokesman said the board would review the timetable in spring.\n");
        Files.writeString(corpus.resolve("no-date.txt"), "---\ntitle: Undated\n---\nThe library on Mill Street will"
                + " close for repairs from Monday, the council said in a statement on its website.\n");
        Files.writeString(corpus.resolve("cut.txt"), "---\ndate: 2024-05-16\n---\nThe county fair will open its"
                + " gates on Saturday with a parade of tractors and\n");
        Files.writeString(corpus.resolve("feed.jsonl"), """
                {"id": "f-1", "date": "2024-02-01", "title": "Mill", "text": "The old mill by the river reopened on Thursday after a long restoration paid for by the town."}
                {"id": "f-2", "title": "No date here", "text": "Visitors can see the wheel turn again every afternoon from next week."}
                {"id": "broken", "text": "no closing brace"
                """);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path f : s.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
                files++;
            }
        }
        cache = root.resolve("target/corpus/cache/analysis.bin");
        report = root.resolve("target/corpus/report.json");
    }

    private CorpusSettings settings(boolean cached) throws Exception {
        return CorpusSettings.builder(root).set("directory", "corpus").set("maxDate", "2025-01-01")
                .set("reportFormats", "json").set("cache", cached).build();
    }

    /** One run; returns its log. */
    private List<String> run(boolean cached) throws Exception {
        List<String> lines = new ArrayList<>();
        RunOutcome outcome = CorpusRun.execute(settings(cached), RecordingLog.plain(lines));
        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        return lines;
    }

    private static List<String> cacheLines(List<String> log) {
        return log.stream().filter(l -> l.contains("ncremental cache")).toList();
    }

    private String coldLine() {
        return "Incremental cache: 0 of " + files + " files unchanged, " + files + " read.";
    }

    @Test
    void everyChangedByteOfTheCacheMakesAColdRunWithOneLogLine() throws Exception {
        run(false);
        byte[] cold = Files.readAllBytes(report);
        String text = new String(cold, StandardCharsets.UTF_8);
        for (String rule : List.of("metadata.missing", "duplicate.near", "truncation.mid-sentence", "input.malformed",
                "input.binary")) {
            assertTrue(text.contains("\"" + rule + "\""), "the corpus fires " + rule);
        }
        run(true);
        byte[] good = Files.readAllBytes(cache);
        List<String> warm = run(true);
        assertArrayEquals(cold, Files.readAllBytes(report));
        assertTrue(cacheLines(warm).get(0).startsWith("Incremental cache: " + files + " of " + files
                + " files unchanged, 0 read."), warm.toString());

        // Flipped to their complement: the magic, the format, every block's length and checksum, the length before
        // every stored file name, document id and rule id, and the severity after each rule id; every length also
        // with the high bit of its value set (a claim of a gigabyte); then every 32nd byte.
        TreeSet<Integer> fields = new TreeSet<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int i = 0; i < 8; i++) {
            fields.add(i);
        }
        int blocks = 0;
        for (int at = 8; at + 4 <= good.length; blocks++) {
            int length = ByteBuffer.wrap(good, at, 4).getInt();
            if (length < 0 || at + 12L + length > good.length) {
                break; // not this format's framing: checked below, after the flips
            }
            lengths.add(at);
            for (int i = 0; i < 4; i++) {
                fields.add(at + i);
            }
            for (int i = 0; i < 8; i++) {
                fields.add(at + 4 + length + i);
            }
            at += 4 + length + 8;
        }
        int severities = 0;
        for (String s : List.of("a.txt", "b.txt", "no-date.txt", "cut.txt", "feed.jsonl", "binary.txt", "f-1", "f-2",
                "metadata.missing", "duplicate.near", "truncation.mid-sentence", "input.malformed", "input.binary")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (int i = 4; i + b.length < good.length; i++) {
                if (Arrays.equals(good, i, i + b.length, b, 0, b.length)
                        && ByteBuffer.wrap(good, i - 4, 4).getInt() == b.length) {
                    for (int k = 1; k <= 4; k++) {
                        fields.add(i - k);
                    }
                    lengths.add(i - 4);
                    if (s.contains(".") && !s.contains(".txt") && !s.contains(".jsonl")) {
                        fields.add(i + b.length);
                        severities += s.equals("metadata.missing") ? 1 : 0;
                    }
                }
            }
        }
        List<int[]> flips = new ArrayList<>();
        for (int i : fields) {
            flips.add(new int[] {i, 0xff});
        }
        for (int i : lengths) {
            flips.add(new int[] {i, 0x40});
        }
        for (int i = 0; i < good.length; i += 32) {
            if (!fields.contains(i)) {
                flips.add(new int[] {i, 0xff});
            }
        }
        List<String> wrong = new ArrayList<>();
        TreeSet<String> reasons = new TreeSet<>();
        for (int[] flip : flips) {
            byte[] bad = good.clone();
            bad[flip[0]] ^= (byte) flip[1];
            Files.write(cache, bad);
            List<String> log;
            try {
                log = run(true);
            } catch (Exception | Error e) {
                wrong.add("byte " + flip[0] + " ^ " + flip[1] + ": " + e);
                continue;
            }
            List<String> lines = cacheLines(log);
            String why = lines.isEmpty() ? "" : lines.get(0);
            if (!Arrays.equals(cold, Files.readAllBytes(report)) || lines.size() != 2
                    || !lines.get(1).startsWith(coldLine())
                    || !(why.startsWith("Ignoring corrupt incremental cache " + cache + " (")
                            || why.equals("Incremental cache " + cache + " was written by another plugin version or"
                                    + " configuration: checking every file."))) {
                wrong.add("byte " + flip[0] + " ^ " + flip[1] + ": " + lines);
            }
            reasons.add(why.replace(cache.toString(), "CACHE").replaceAll("-?\\d+", "N"));
        }
        assertEquals(List.of(), wrong);
        assertEquals(files + 3, blocks, "the header, one block per file, the memo, the end");
        assertEquals(2, severities, "the severities of both metadata.missing findings are flipped");
        assertTrue(flips.size() >= 300, flips.size() + " flips of " + good.length + " bytes");
        // The checksums catch a change wherever it is; the magic and the format are checked before them.
        assertEquals(List.of(
                        "Ignoring corrupt incremental cache CACHE (block N at byte N claims N bytes; N at most are possible): checking every file.",
                        "Ignoring corrupt incremental cache CACHE (block N at byte N fails its checksum): checking every file.",
                        "Ignoring corrupt incremental cache CACHE (not an incremental cache file): checking every file.",
                        "Incremental cache CACHE was written by another plugin version or configuration: checking every file."),
                List.copyOf(reasons));
    }

    @Test
    void aTruncatedCacheOrOneClaimingAHugeLengthMakesAColdRun() throws Exception {
        run(false);
        byte[] cold = Files.readAllBytes(report);
        run(true);
        byte[] good = Files.readAllBytes(cache);
        Map<String, byte[]> damaged = new java.util.LinkedHashMap<>();
        damaged.put("the file ends at byte 8 without its end block", Arrays.copyOf(good, 8));
        damaged.put("only 5 bytes", Arrays.copyOf(good, 5));
        damaged.put("the file ends at byte " + (good.length - 1) + " without its end block",
                Arrays.copyOf(good, good.length - 1));
        // The end block cut off: the file ends where a block starts.
        damaged.put("the file ends at byte " + (good.length - 12) + " without its end block",
                Arrays.copyOf(good, good.length - 12));
        damaged.put("bytes after the end block at byte " + good.length, Arrays.copyOf(good, good.length + 3));
        // The first block claims 2 GB.
        byte[] huge = good.clone();
        ByteBuffer.wrap(huge).putInt(8, Integer.MAX_VALUE);
        damaged.put("block 0 at byte 8 claims 2147483647 bytes; " + Math.min(65536, good.length - 8 - 12)
                + " at most are possible", huge);
        // A file of nothing but a header and a huge claim.
        damaged.put("block 0 at byte 8 claims 2147483647 bytes; 0 at most are possible",
                ByteBuffer.allocate(20).put(good, 0, 8).putInt(Integer.MAX_VALUE).array());
        for (Map.Entry<String, byte[]> e : damaged.entrySet()) {
            Files.write(cache, e.getValue());
            List<String> lines = cacheLines(run(true));
            assertEquals("Ignoring corrupt incremental cache " + cache + " (" + e.getKey() + "): checking every file.",
                    lines.get(0));
            assertTrue(lines.get(1).startsWith(coldLine()), lines.toString());
            assertEquals(2, lines.size(), lines.toString());
            assertArrayEquals(cold, Files.readAllBytes(report), e.getKey());
        }
        // Rewritten by the last run: the next one takes every file from it.
        assertTrue(cacheLines(run(true)).get(0).startsWith("Incremental cache: " + files + " of " + files));
    }
}
