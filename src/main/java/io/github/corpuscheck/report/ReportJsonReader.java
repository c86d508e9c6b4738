package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a {@code report.json} written by {@link JsonReportWriter} into a {@link CorpusReport}. The sections a page
 * does not show (side-by-side texts, the length histogram, baseline and suppression lists) are skipped unread, so a
 * large report costs little more than its findings. A file that is not such a report is an
 * {@link IllegalArgumentException} naming the file and what is wrong.
 *
 * <p>A report whose findings were capped ({@code allFindings}) is read with its counts, which cover every finding,
 * and the findings inside it; asked for the worst {@code n} findings, the reader also reads the complete JSON Lines
 * list it names, in order, until it has seen the first {@code n} errors and the first {@code n} other findings, and
 * keeps just those: the page's worst findings are those of the whole run, in bounded memory.
 */
public final class ReportJsonReader {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Top-level members read; everything else is skipped. */
    private static final Set<String> READ = Set.of("schemaVersion", "tool", "corpus", "summary", "rules", "limits",
            "allFindings", "findings", "duplicates");

    private ReportJsonReader() {}

    /** The report with the findings inside it; of a capped report, the complete list is not read. */
    public static CorpusReport read(Path file) throws IOException {
        return read(file, 0);
    }

    /**
     * The report, and of a capped one enough of its complete list that {@link CorpusReport#worstFindings} is exact
     * for up to {@code worst} findings.
     */
    public static CorpusReport read(Path file, int worst) throws IOException {
        CorpusReport r = readInline(file);
        if (!r.capped() || worst <= 0) {
            return r;
        }
        List<CorpusReport.FindingRow> further = further(file, r, worst);
        return new CorpusReport(r.toolVersion(), r.corpusDirectory(), r.files(), r.documents(), r.bytes(), r.errors(),
                r.warnings(), r.failed(), r.suppressed(), r.baselined(), r.byRule(), r.severities(), r.limits(),
                r.findings(), r.clusters(), r.findingsTotal(), r.findingsPath(), List.copyOf(further));
    }

    /**
     * The files of a capped report's complete list, in order: the file it names, or the {@code part-*} files of the
     * folder it names (a path ending with {@code /}), by name.
     */
    public static List<Path> findingsFiles(Path reportFile, String findingsPath) throws IOException {
        Path folder = reportFile.toAbsolutePath().getParent();
        Path target = folder.resolve(findingsPath).normalize();
        if (findingsPath.endsWith("/")) {
            if (!Files.isDirectory(target)) {
                throw bad(reportFile, "the folder of its findings '" + findingsPath + "' does not exist");
            }
            try (java.util.stream.Stream<Path> s = Files.list(target)) {
                return s.filter(p -> p.getFileName().toString().startsWith("part-") && Files.isRegularFile(p))
                        .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
        }
        if (!Files.isRegularFile(target)) {
            throw bad(reportFile, "the file of its findings '" + findingsPath + "' does not exist");
        }
        return List.of(target);
    }

    /** After the inline findings: the first {@code worst} errors and first {@code worst} others, in order. */
    private static List<CorpusReport.FindingRow> further(Path file, CorpusReport r, int worst) throws IOException {
        long errors = r.findings().stream().filter(CorpusReport.FindingRow::isError).count();
        long others = r.findings().size() - errors;
        List<CorpusReport.FindingRow> kept = new ArrayList<>();
        long line = 0;
        boolean complete = true;
        read:
        for (Path part : findingsFiles(file, r.findingsPath())) {
            try (java.io.BufferedReader in = Files.newBufferedReader(part, java.nio.charset.StandardCharsets.UTF_8)) {
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    line++;
                    if (line <= r.findings().size()) {
                        continue;
                    }
                    if (errors >= worst && others >= worst) {
                        complete = false;
                        break read;
                    }
                    CorpusReport.FindingRow f = lineFinding(text, file, part, line);
                    if (f.isError() ? errors++ < worst : others++ < worst) {
                        kept.add(f);
                    }
                }
            }
        }
        if (complete && line != r.findingsTotal()) {
            throw bad(file, "its findings list '" + r.findingsPath() + "' holds " + line + " findings, not "
                    + r.findingsTotal() + " (allFindings.total)");
        }
        return kept;
    }

    private static CorpusReport.FindingRow lineFinding(String text, Path file, Path part, long line) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, "line " + line + " of its findings list (" + part.getFileName() + ") is not a JSON object");
            }
            Object v = value(p);
            return finding(cast((Map<?, ?>) v), file);
        } catch (JsonProcessingException e) {
            throw bad(file, "line " + line + " of its findings list (" + part.getFileName() + ") is not valid JSON");
        }
    }

    private static CorpusReport readInline(Path file) throws IOException {
        Map<String, Object> top = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, "it is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (READ.contains(name)) {
                    top.put(name, value(p));
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
            int source = what.indexOf(" (start marker at [Source:");
            what = source < 0 ? what : what.substring(0, source); // Jackson's own location, redacted anyway
            JsonLocation at = e.getLocation();
            throw bad(file, SafeText.oneLine(at == null || at.getLineNr() < 1 ? what
                    : what + " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        return model(top, file);
    }

    private static CorpusReport model(Map<String, Object> top, Path file) {
        Object version = top.get("schemaVersion");
        if (!(version instanceof Long v)) {
            throw bad(file, "it has no schemaVersion (is it a corpus report.json?)");
        }
        if (v != JsonReportWriter.SCHEMA_VERSION && v != JsonReportWriter.CAPPED_SCHEMA_VERSION) {
            throw bad(file, "schemaVersion " + v + " is not known to this plugin (it reads "
                    + JsonReportWriter.SCHEMA_VERSION + " and " + JsonReportWriter.CAPPED_SCHEMA_VERSION + ")");
        }
        long total = -1;
        String findingsPath = null;
        if (v == JsonReportWriter.CAPPED_SCHEMA_VERSION) {
            Map<String, Object> all = object(top, "allFindings", file);
            total = number(all.get("total"), "allFindings.total", file);
            long inline = number(all.get("inline"), "allFindings.inline", file);
            findingsPath = text(all, "path", file);
            if (findingsPath.isEmpty() || findingsPath.startsWith("/") || findingsPath.contains("\\")
                    || findingsPath.contains(":") || List.of(findingsPath.split("/")).contains("..")) {
                throw bad(file, "allFindings.path '" + SafeText.oneLine(findingsPath)
                        + "' is not a relative path inside its folder");
            }
            if (inline != objects(top, "findings", file).size() || total < inline) {
                throw bad(file, "allFindings says " + inline + " of " + total + " findings are inside it, but it holds "
                        + objects(top, "findings", file).size());
            }
        } else if (top.containsKey("allFindings")) {
            throw bad(file, "it has allFindings but schemaVersion " + v);
        }
        Map<String, Object> tool = object(top, "tool", file);
        Map<String, Object> corpus = object(top, "corpus", file);
        Map<String, Object> summary = object(top, "summary", file);
        TreeMap<String, Long> byRule = new TreeMap<>();
        object(summary, "byRule", file).forEach((rule, n) -> byRule.put(rule, number(n, "summary.byRule." + rule, file)));
        Map<String, String> severities = new TreeMap<>();
        Object rules = top.get("rules");
        if (rules instanceof Map<?, ?> m) {
            m.forEach((rule, s) -> severities.put((String) rule, String.valueOf(s)));
        }
        List<CorpusReport.LimitRow> limits = new ArrayList<>();
        for (Map<String, Object> l : objects(top, "limits", file)) {
            limits.add(new CorpusReport.LimitRow(text(l, "target", file), text(l, "metric", file),
                    decimal(l.get("value"), "limits.value", file), decimal(l.get("maximum"), "limits.maximum", file),
                    Boolean.TRUE.equals(l.get("passed"))));
        }
        List<CorpusReport.FindingRow> findings = new ArrayList<>();
        for (Map<String, Object> f : objects(top, "findings", file)) {
            findings.add(finding(f, file));
        }
        List<CorpusReport.Cluster> clusters = new ArrayList<>();
        if (top.get("duplicates") instanceof Map<?, ?> duplicates) {
            for (Map<String, Object> c : objects(cast(duplicates), "clusters", file)) {
                List<String> members = new ArrayList<>();
                Object list = c.get("members");
                if (list instanceof List<?> ms) {
                    for (Object m : ms) {
                        if (m instanceof Map<?, ?> member && member.get("document") instanceof String d) {
                            members.add(d);
                        }
                    }
                }
                clusters.add(new CorpusReport.Cluster(text(c, "representative", file),
                        number(c.get("size"), "duplicates.clusters.size", file),
                        c.get("lowestSimilarity") == null ? Double.NaN
                                : decimal(c.get("lowestSimilarity"), "duplicates.clusters.lowestSimilarity", file),
                        List.copyOf(members)));
            }
        }
        return new CorpusReport(optionalText(tool, "version"), text(corpus, "directory", file),
                number(corpus.get("files"), "corpus.files", file), number(corpus.get("documents"), "corpus.documents", file),
                number(corpus.get("bytes"), "corpus.bytes", file), number(summary.get("errors"), "summary.errors", file),
                number(summary.get("warnings"), "summary.warnings", file), Boolean.TRUE.equals(summary.get("failed")),
                summary.get("suppressed") instanceof Long s ? s : -1, summary.get("baselined") instanceof Long b ? b : -1,
                java.util.Collections.unmodifiableSortedMap(byRule), java.util.Collections.unmodifiableMap(severities),
                List.copyOf(limits), List.copyOf(findings), List.copyOf(clusters),
                total < 0 ? findings.size() : total, findingsPath, List.of());
    }

    private static CorpusReport.FindingRow finding(Map<String, Object> f, Path file) {
        return new CorpusReport.FindingRow(text(f, "rule", file), text(f, "severity", file),
                optionalText(f, "document"), optionalText(f, "file"),
                f.get("line") instanceof Long line ? line : 0, optionalText(f, "message"));
    }

    /** A JSON value as Java: Map (in order), List, String, Long, Double, Boolean or null. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static Map<String, Object> object(Map<String, Object> parent, String name, Path file) {
        if (parent.get(name) instanceof Map<?, ?> m) {
            return cast(m);
        }
        throw bad(file, "it has no object '" + name + "'");
    }

    private static List<Map<String, Object>> objects(Map<String, Object> parent, String name, Path file) {
        Object v = parent.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw bad(file, "'" + name + "' is not an array");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw bad(file, "'" + name + "' holds something that is not an object");
            }
            out.add(cast(m));
        }
        return out;
    }

    private static String text(Map<String, Object> o, String name, Path file) {
        if (o.get(name) instanceof String s) {
            return s;
        }
        throw bad(file, "a member '" + name + "' is missing or not a string");
    }

    private static String optionalText(Map<String, Object> o, String name) {
        return o.get(name) instanceof String s ? s : "";
    }

    private static long number(Object v, String what, Path file) {
        if (v instanceof Long n) {
            return n;
        }
        throw bad(file, "'" + what + "' is missing or not a whole number");
    }

    private static double decimal(Object v, String what, Path file) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw bad(file, "'" + what + "' is missing or not a number");
    }

    private static IllegalArgumentException bad(Path file, String what) {
        return new IllegalArgumentException("Report " + file + " is not usable: " + what
                + ". Run corpus:check again to rewrite it.");
    }
}
