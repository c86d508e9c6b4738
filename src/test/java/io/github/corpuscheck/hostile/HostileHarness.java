package io.github.corpuscheck.hostile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOutcome;
import io.github.corpuscheck.run.SettingsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Runs a hostile case through {@link CorpusRun} the way a front end does (all report formats, cache on), twice: cold,
 * then warm from the cache; checks the goals every case shares and collects problems instead of stopping at the
 * first, so one failing case shows everything that is wrong with it.
 *
 * <p>The shared goals: the run ends in time; it throws nothing; nothing under the corpus is created, changed or
 * deleted; every report file it writes is complete (JSON and SARIF parse, the JUnit XML parses, the HTML page is
 * closed, the CSV has whole rows) and valid UTF-8; no temporary file is left beside them; {@link HostileCorpora#SECRET}
 * (text outside the corpus) is in no output file and no log line; no log line and no Markdown line carries a raw
 * control character or a CI workflow command from the corpus; the warm report.json is byte-identical to the cold one.
 */
final class HostileHarness {

    static final String FORMATS = "json,html,sarif,junit,markdown,csv,codeclimate";
    static final List<String> REPORT_FILES = List.of("report.json", "timing.json", "index.html", "corpus.sarif",
            "TEST-corpus.xml", "summary.md", "duplicates.csv", "gl-code-quality-report.json");
    /**
     * GitHub Actions workflow commands: a log line that starts with one of these (after blanks) would be executed;
     * the same text inside a line is only text. Corpus text reaches a line only after the finding's {@code [rule]}.
     */
    static final Pattern WORKFLOW_COMMAND = Pattern.compile(
            "(?m)^[ \\t]*::(error|warning|notice|debug|group|endgroup|add-mask|set-output|set-env|add-path|stop-commands|save-state|echo)\\b");

    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private HostileHarness() {}

    /** One log line as a front end gets it. */
    record LogLine(String level, String text) {}

    /** One execution of the run. */
    static final class Run {
        final String label;
        SettingsException settingsError;
        Throwable thrown;
        RunOutcome outcome;
        final List<LogLine> log = new ArrayList<>();
        byte[] reportJson;
        JsonNode report;
        String markdown;
        String html;
        String csv;
        long millis;

        Run(String label) {
            this.label = label;
        }
    }

    /** A case's two runs and the problems found; {@link #assertNoProblems} fails with all of them. */
    static final class Result {
        final HostileCorpora.Generated generated;
        final Path output;
        Run cold;
        Run warm;
        final List<String> problems = new ArrayList<>();

        Result(HostileCorpora.Generated generated, Path output) {
            this.generated = generated;
            this.output = output;
        }

        void problem(String text) {
            problems.add(text);
        }

        void check(boolean ok, String text) {
            if (!ok) {
                problems.add(text);
            }
        }

        /** The cold run's findings in report.json (empty when it wrote none). */
        List<JsonNode> findings() {
            JsonNode report = cold == null ? null : cold.report;
            if (report == null || !report.has("findings")) {
                return List.of();
            }
            return StreamSupport.stream(report.get("findings").spliterator(), false).toList();
        }

        Stream<JsonNode> findings(String rule) {
            return findings().stream().filter(f -> rule.equals(f.path("rule").asText()));
        }

        Stream<JsonNode> findings(String rule, String file) {
            return findings(rule).filter(f -> file.equals(f.path("file").asText(null)));
        }

        /** A finding of {@code rule} about {@code file}. */
        void expectFinding(String rule, String file) {
            check(findings(rule, file).findAny().isPresent(), "expected a " + rule + " finding for "
                    + TreeSnapshot.printable(file) + "; the findings for it: " + describe(file));
        }

        /** A finding of {@code rule} about {@code file} at {@code line}. */
        void expectFinding(String rule, String file, int line) {
            check(findings(rule, file).anyMatch(f -> f.path("line").asInt() == line), "expected a " + rule
                    + " finding for " + TreeSnapshot.printable(file) + ":" + line + "; the findings for it: "
                    + describe(file));
        }

        void expectNoFinding(String rule, String file) {
            check(findings(rule, file).findAny().isEmpty(), "expected no " + rule + " finding for "
                    + TreeSnapshot.printable(file) + "; found: " + describe(file));
        }

        void expectNoFinding(String rule) {
            List<String> found = findings(rule).map(HostileHarness::brief).limit(10).toList();
            check(found.isEmpty(), "expected no " + rule + " finding; found: " + found);
        }

        /** Some finding names this document id (the cases leave documents undated so each gets one). */
        void expectDocument(String id) {
            check(findings().stream().anyMatch(f -> id.equals(f.path("document").asText(null))),
                    "expected a document with id '" + TreeSnapshot.printable(id) + "' (a finding naming it)");
        }

        void expectNoDocument(String id) {
            check(findings().stream().noneMatch(f -> id.equals(f.path("document").asText(null))),
                    "expected no document with id '" + TreeSnapshot.printable(id) + "'");
        }

        /** report.json counts this many documents. */
        void expectDocuments(int n) {
            int actual = cold == null || cold.report == null ? -1 : cold.report.path("corpus").path("documents").asInt(-1);
            check(actual == n, "expected " + n + " documents, report.json counts " + actual);
        }

        void expectStatus(RunOutcome.Status... allowed) {
            RunOutcome.Status s = cold == null || cold.outcome == null ? null : cold.outcome.status();
            check(s != null && Arrays.asList(allowed).contains(s), "expected status " + Arrays.toString(allowed)
                    + ", got " + s + (cold != null && cold.outcome != null ? " (" + cold.outcome.message() + ")" : ""));
        }

        String describe(String file) {
            List<String> about = findings().stream().filter(f -> file.equals(f.path("file").asText(null)))
                    .map(HostileHarness::brief).limit(10).toList();
            return about.isEmpty() ? "none" : about.toString();
        }

        void assertNoProblems() {
            if (!problems.isEmpty()) {
                StringBuilder sb = new StringBuilder("Hostile case '" + generated.name + "': " + problems.size()
                        + " problem(s)");
                if (!generated.skipped.isEmpty()) {
                    sb.append(" (the platform did not allow: ").append(generated.skipped).append(')');
                }
                for (String p : problems) {
                    sb.append("\n  - ").append(p);
                }
                throw new AssertionError(sb.toString());
            }
        }
    }

    static String brief(JsonNode f) {
        return f.path("rule").asText() + " " + TreeSnapshot.printable(f.path("file").asText()) + ":"
                + f.path("line").asInt() + " " + TreeSnapshot.printable(f.path("message").asText());
    }

    /** The suite's settings for a case: every report format, cache on, a fixed maxDate, long console listings. */
    static Map<String, Object> settings(HostileCorpora.Generated g) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("directory", "corpus");
        s.put("reportFormats", FORMATS);
        s.put("cache", true);
        s.put("maxDate", "2030-12-31");
        s.put("maxConsoleFindings", 1000);
        s.putAll(g.settings);
        return s;
    }

    /** Runs the case cold then warm with nothing in between. */
    static Result coldThenWarm(HostileCorpora.Generated g, Duration limit) throws Exception {
        return coldThenWarm(g, limit, out -> {});
    }

    interface Between {
        void run(Path outputDirectory) throws IOException;
    }

    /** Runs the case cold, then {@code between} on the output folder, then warm; checks the shared goals. */
    static Result coldThenWarm(HostileCorpora.Generated g, Duration limit, Between between) throws Exception {
        Path out = outputDirectory(g);
        Result r = new Result(g, out);
        Path excluded = out.startsWith(g.corpus) ? out : null;
        long t0 = System.nanoTime();
        TreeSnapshot before = TreeSnapshot.of(g.corpus, excluded);
        long t1 = System.nanoTime();
        r.cold = HangGuard.within(limit, g.name + " (cold run)", () -> runOnce(g, "cold"));
        long t2 = System.nanoTime();
        checkRun(r, r.cold);
        between.run(out);
        long t3 = System.nanoTime();
        r.warm = HangGuard.within(limit, g.name + " (warm run)", () -> runOnce(g, "warm"));
        long t4 = System.nanoTime();
        checkRun(r, r.warm);
        long t5 = System.nanoTime();
        List<String> changed = before.differences(TreeSnapshot.of(g.corpus, excluded));
        System.out.printf("hostile case %s: cold %d ms, warm %d ms; snapshots %d ms, output checks %d ms%n", g.name,
                (t2 - t1) / 1_000_000, (t4 - t3) / 1_000_000, (t1 - t0 + System.nanoTime() - t5) / 1_000_000,
                (t3 - t2 + t5 - t4) / 1_000_000);
        r.check(changed.isEmpty(), "the corpus changed during the runs:\n      " + String.join("\n      ", changed));
        if (r.cold.reportJson != null || r.warm.reportJson != null) {
            r.check(r.cold.reportJson != null && r.warm.reportJson != null
                    && Arrays.equals(r.cold.reportJson, r.warm.reportJson),
                    "report.json differs between the cold and the warm run" + firstDifference(r.cold.reportJson,
                            r.warm.reportJson));
        }
        return r;
    }

    static Path outputDirectory(HostileCorpora.Generated g) {
        Object set = g.settings.get("outputDirectory");
        return set != null ? Path.of(set.toString()) : g.project.resolve("target/corpus");
    }

    static Run runOnce(HostileCorpora.Generated g, String label) throws IOException {
        Run run = new Run(label);
        Path out = outputDirectory(g);
        // Each run starts without the previous run's reports (but with its cache), so a report file not written by
        // this run cannot pass for one that was.
        for (String f : REPORT_FILES) {
            Files.deleteIfExists(out.resolve(f));
        }
        CorpusSettings settings;
        try {
            settings = CorpusSettings.builder(g.project).toolVersion("hostile-suite").setAll(settings(g)).build();
        } catch (SettingsException e) {
            run.settingsError = e;
            return run;
        }
        RunLog log = new RunLog() {
            @Override
            public void info(String line) {
                run.log.add(new LogLine("info", line));
            }

            @Override
            public void warn(String line) {
                run.log.add(new LogLine("warn", line));
            }

            @Override
            public void error(String line) {
                run.log.add(new LogLine("error", line));
            }
        };
        long start = System.nanoTime();
        try {
            run.outcome = CorpusRun.execute(settings, log);
        } catch (Throwable e) {
            run.thrown = e;
        }
        run.millis = (System.nanoTime() - start) / 1_000_000;
        Path report = out.resolve("report.json");
        if (Files.isRegularFile(report)) {
            run.reportJson = Files.readAllBytes(report);
        }
        return run;
    }

    /** The goals every run must meet. */
    static void checkRun(Result r, Run run) throws IOException {
        String tag = "[" + run.label + "] ";
        if (run.settingsError != null) {
            r.problem(tag + "the settings were refused: " + run.settingsError.getMessage());
            return;
        }
        if (run.thrown != null) {
            r.problem(tag + "the run threw " + stackOf(run.thrown));
        }
        Path out = r.output;
        boolean checked = run.outcome != null && run.outcome.reportDirectory() != null;
        for (String name : REPORT_FILES) {
            Path f = out.resolve(name);
            if (!Files.isRegularFile(f)) {
                r.check(!checked, tag + name + " was not written");
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                r.problem(tag + name + " is not valid UTF-8 (" + e + ")");
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            complete(r, tag, name, bytes, text, run);
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String rel = out.relativize(p).toString();
                if (rel.endsWith(".tmp") || rel.contains(".tmp.") || rel.endsWith(".part")) {
                    r.problem(tag + "a temporary file was left in the output folder: " + rel);
                }
                if (contains(p, HostileCorpora.SECRET)) {
                    r.problem(tag + "text from outside the corpus is in " + rel);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no output at all
        }
        for (LogLine l : run.log) {
            if (l.text().contains(HostileCorpora.SECRET)) {
                r.problem(tag + "text from outside the corpus is in a log line: " + TreeSnapshot.printable(l.text()));
            }
            String bad = controlCharacter(l.text(), false);
            if (bad != null) {
                r.problem(tag + "a log line holds the raw control character " + bad + ": "
                        + TreeSnapshot.printable(l.text()));
            }
            Matcher m = WORKFLOW_COMMAND.matcher(l.text());
            if (m.find()) {
                r.problem(tag + "a log line holds the workflow command '" + m.group() + "': "
                        + TreeSnapshot.printable(l.text()));
            }
        }
        if (run.markdown != null) {
            String bad = controlCharacter(run.markdown, true);
            if (bad != null) {
                r.problem(tag + "summary.md holds the raw control character " + bad);
            }
            Matcher m = WORKFLOW_COMMAND.matcher(run.markdown);
            if (m.find()) {
                r.problem(tag + "summary.md holds the workflow command '" + m.group() + "'");
            }
        }
    }

    /** Each report file parses or is visibly whole. */
    private static void complete(Result r, String tag, String name, byte[] bytes, String text, Run run) {
        try {
            switch (name) {
                case "report.json" -> run.report = parseJson(bytes);
                case "timing.json", "corpus.sarif", "gl-code-quality-report.json" -> validateJson(bytes);
                case "TEST-corpus.xml" -> {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
                }
                case "index.html" -> {
                    run.html = text;
                    r.check(text.startsWith("<!DOCTYPE html>") && text.stripTrailing().endsWith("</html>"),
                            tag + "index.html is not a whole page");
                }
                case "summary.md" -> {
                    run.markdown = text;
                    r.check(text.startsWith("## "), tag + "summary.md does not start with its heading");
                }
                case "duplicates.csv" -> {
                    run.csv = text;
                    List<List<String>> rows = Csv.parse(text);
                    r.check(!rows.isEmpty() && rows.get(0).get(0).equals("document"), tag + "duplicates.csv has no header");
                    int width = rows.isEmpty() ? 0 : rows.get(0).size();
                    r.check(rows.stream().allMatch(row -> row.size() == width), tag + "duplicates.csv has rows of "
                            + "another width than its header");
                }
                default -> throw new IllegalStateException(name);
            }
        } catch (Exception e) {
            r.problem(tag + name + " is not complete or not valid: " + e);
        }
    }

    /** Reads every token (strict: duplicate keys and trailing content fail) without building a tree. */
    static void validateJson(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (p.nextToken() == null) {
                throw new IOException("empty");
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new IOException("content after the JSON value");
            }
        }
    }

    static JsonNode parseJson(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            return JSON.readTree(p);
        }
    }

    /**
     * The first raw control character in {@code s} (C0 but tab — and line feed when {@code lineFeedOk} —, DEL, C1),
     * as {@code U+XXXX}, or null.
     */
    static String controlCharacter(String s, boolean lineFeedOk) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && !(lineFeedOk && c == '\n')) || (c >= 0x7F && c <= 0x9F);
            if (control) {
                return String.format("U+%04X at %d", (int) c, i);
            }
        }
        return null;
    }

    /** Whether the file holds the (ASCII) needle: byte for byte, whatever the file's encoding. */
    static boolean contains(Path file, String needle) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle);
    }

    static String stackOf(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
    }

    private static String firstDifference(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return " (one of them is missing)";
        }
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return " at byte " + i + ":\n      cold: " + TreeSnapshot.printable(new String(a, from,
                Math.min(a.length, i + 120) - from, StandardCharsets.UTF_8)) + "\n      warm: "
                + TreeSnapshot.printable(new String(b, from, Math.min(b.length, i + 120) - from, StandardCharsets.UTF_8));
    }

    /** Lines of the cold run's log that satisfy {@code p}. */
    static List<LogLine> logLines(Run run, Predicate<LogLine> p) {
        return run.log.stream().filter(p).toList();
    }

    static final Set<RunOutcome.Status> CHECKED = Set.of(RunOutcome.Status.PASSED, RunOutcome.Status.FAILED);

    /** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static final class Csv {
        private Csv() {}

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    any = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    any = true;
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    any = false;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    // CRLF row end: the LF ends it
                } else {
                    field.append(c);
                    any = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            if (any || field.length() > 0) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
