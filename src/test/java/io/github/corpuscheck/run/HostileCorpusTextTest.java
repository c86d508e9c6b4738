package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.report.HostileText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run prints and writes stays well-formed and inert whatever the corpus holds. */
class HostileCorpusTextTest {

    @TempDir
    Path root;

    static final String STORY = "The harbour board met on Tuesday to discuss the new ferry timetable for the winter. "
            + "Members agreed that the early crossing would move to six in the morning from the first of November.";

    private CorpusSettings settings() throws SettingsException {
        return CorpusSettings.builder(root).set("directory", "corpus").set("cache", false)
                .set("reportFormats", "json,html,sarif,junit,markdown,csv").build();
    }

    /** JSON escapes of lone surrogates, high and low, in id, title and text; a proper pair stays as it is. */
    @Test
    void loneSurrogatesBecomeReplacementCharactersAndAnEncodingFinding() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        String text = "lone \\ud800 surrogate. " + STORY + " End \\udfff";
        Files.writeString(corpus.resolve("a.jsonl"),
                "{\"id\":\"a\\ud800\",\"title\":\"t\\udc00 title\",\"text\":\"" + text + "\"}\n"
                        + "{\"id\":\"b\\udbff\",\"title\":\"pair \\ud83d\\ude00\",\"text\":\"" + text + "\"}\n");
        RecordingLog log = new RecordingLog();
        RunOutcome outcome = CorpusRun.execute(settings(), log);
        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        Path out = root.resolve("target/corpus");
        List<String> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("TEST-corpus.xml", "corpus.sarif", "duplicates.csv", "index.html", "report.json",
                "summary.md", "timing.json"), written);
        for (String name : written) {
            if (name.equals("timing.json")) {
                continue;
            }
            String content = strictUtf8(out.resolve(name));
            assertTrue(content.contains("a\uFFFD"), name);
            assertTrue(surrogateEscapesArePaired(content), name + " holds an unpaired surrogate escape");
        }
        String message = "Line 1 has 4 unpaired UTF-16 surrogate escapes (in id, text, title); each was read as U+FFFD.";
        String report = strictUtf8(out.resolve("report.json"));
        assertTrue(report.contains("""
                      "rule": "input.encoding",
                      "severity": "error",
                      "document": "a\uFFFD",
                      "file": "a.jsonl",
                      "line": 1,
                      "message": "%s",
                      "related": [ ],
                      "relatedLocations": [ ],
                      "evidence": {
                        "reason": "unpaired-surrogate",
                        "fields": [
                          "id",
                          "text",
                          "title"
                        ],
                        "invalidSequences": 4
                      }
                """.formatted(message)), report);
        // The proper pair in b's title is kept; b's id has its lone high surrogate replaced.
        assertTrue(report.contains("\"Line 2 has 3 unpaired UTF-16 surrogate escapes (in id, text); each was read as U+FFFD.\""),
                report);
        assertTrue(log.lines().contains("error [input.encoding] a.jsonl:1 (a\uFFFD) " + message), log.lines().toString());
        assertTrue(strictUtf8(out.resolve("duplicates.csv")).contains("b\uFFFD,a\uFFFD,a\uFFFD,duplicate.exact,"));
    }

    /** CR/LF, workflow commands and ANSI escapes in ids and file names reach the log escaped, one finding a line. */
    @Test
    void controlCharactersInIdsAndFileNamesAreEscapedInTheLog() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"),
                "{\"id\":\"" + HostileText.FORGED_ID.replace("\n", "\\n") + "\",\"text\":\"\"}\n"
                        + "{\"id\":\"\\u001b[31mred\\u001b[0m\\u0085\\u2028\\u009b\\u007f\",\"text\":\" \"}\n");
        Files.writeString(corpus.resolve(HostileText.FORGED_FILE), "");
        RecordingLog log = new RecordingLog();
        CorpusRun.execute(settings(), log);
        for (String line : log.lines()) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029),
                    line);
            assertFalse(line.substring(line.indexOf(' ') + 1).stripLeading().startsWith("::"), line);
        }
        assertTrue(log.lines().contains("warn [input.missing-text] a.jsonl:1 (ok\\n::error file=README.md,line=1::forged"
                + "\\n::stop-commands::x) The document's text is blank."), log.lines().toString());
        assertTrue(log.lines().contains("warn [input.missing-text] a.jsonl:2 (\\u001b[31mred\\u001b[0m\\u0085\\u2028\\u009b"
                + "\\u007f) The document's text is blank."), log.lines().toString());
        assertTrue(log.lines().contains("warn [input.empty-file] b\\r\\n[INFO] BUILD SUCCESS.txt:1 The file is empty (0 bytes)."),
                log.lines().toString());
    }

    /** Every JSON escape of a high surrogate is followed by one of a low surrogate, and no low one stands alone. */
    static boolean surrogateEscapesArePaired(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([dD][89a-fA-F][0-9a-fA-F]{2})").matcher(s);
        int expectLowAt = -1;
        while (m.find()) {
            boolean high = Character.isHighSurrogate((char) Integer.parseInt(m.group(1), 16));
            if (expectLowAt >= 0 && (high || m.start() != expectLowAt)) {
                return false;
            }
            if (expectLowAt < 0 && !high) {
                return false;
            }
            expectLowAt = high ? m.end() : -1;
        }
        return expectLowAt < 0;
    }

    private static String strictUtf8(Path file) throws Exception {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }
}
