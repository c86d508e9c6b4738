package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}: the whole result, byte-identical for the same corpus and configuration. With a cap on the
 * findings it holds ({@code maxReportJsonFindings}) and a run with more findings, it holds the first ones in report
 * order, says how many there are in all under {@code allFindings}, and names the JSON Lines file that holds every
 * finding ({@value #FINDINGS_FILE} beside it, written here, or a list someone else writes: {@link FindingsList}).
 */
public final class JsonReportWriter implements ReportWriter {

    /** The layout of a report that holds every finding: the one written when there is no cap or it is not reached. */
    public static final int SCHEMA_VERSION = 1;
    /**
     * The layout of a report whose findings were capped: version 1 plus {@code allFindings}. A reader that knows only
     * version 1 refuses it instead of taking the inline findings for all of them.
     */
    public static final int CAPPED_SCHEMA_VERSION = 2;
    /** The JSON Lines file beside report.json that holds every finding when report.json holds only the first ones. */
    public static final String FINDINGS_FILE = "findings.jsonl";

    private final int maxInline;
    private final FindingsList elsewhere;

    /** Every finding inside report.json. */
    public JsonReportWriter() {
        this(0, null);
    }

    /**
     * @param maxInline the most findings report.json holds; 0 means all
     * @param elsewhere who writes the complete list when the findings exceed the cap, or {@code null}: this writer,
     *     as {@value #FINDINGS_FILE} beside report.json
     */
    public JsonReportWriter(int maxInline, FindingsList elsewhere) {
        if (maxInline < 0) {
            throw new IllegalArgumentException("maxInline must be at least 0, not " + maxInline);
        }
        this.maxInline = maxInline;
        this.elsewhere = elsewhere;
    }

    /** The complete list of findings, written by someone other than this writer, e.g. the part files of a cluster job. */
    public interface FindingsList {

        /**
         * Where report.json says the list is: relative to report.json's folder, {@code /}-separated. A folder ends
         * with {@code /}; its files named {@code part-*}, in name order, hold the lines one after another.
         */
        String path();

        /** Writes every finding, in report order, one {@link #findingLine} per line (each ended by a line feed). */
        void write(List<Finding> findings) throws IOException;
    }

    /** Whether a result with {@code findings} findings gets only the first {@code maxInline} inside report.json. */
    public static boolean capped(long findings, int maxInline) {
        return maxInline > 0 && findings > maxInline;
    }

    /**
     * Where a result with {@code findings} findings has all of them: {@code report.json}, or, beyond the cap, the
     * complete list report.json names ({@value #FINDINGS_FILE}, or the other writer's path). For the other formats'
     * notes ("all are in ...").
     */
    public String allFindingsIn(int findings) {
        return !capped(findings, maxInline) ? "report.json" : elsewhere != null ? elsewhere.path() : FINDINGS_FILE;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve("report.json");
        List<Finding> findings = result.findings();
        boolean capped = capped(findings.size(), maxInline);
        String listPath = null;
        if (capped) {
            if (elsewhere != null) {
                elsewhere.write(findings);
                listPath = elsewhere.path();
            } else {
                writeLines(findings, context.outputDirectory().resolve(FINDINGS_FILE));
                listPath = FINDINGS_FILE;
            }
        }
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = JsonValues.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", capped ? CAPPED_SCHEMA_VERSION : SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "corpus-maven-plugin");
            g.writeStringField("version", context.toolVersion());
            g.writeEndObject();

            g.writeObjectFieldStart("corpus");
            g.writeStringField("directory", result.corpusLabel());
            g.writeNumberField("files", result.files());
            g.writeNumberField("documents", result.documents());
            g.writeNumberField("bytes", result.bytes());
            g.writeEndObject();

            g.writeObjectFieldStart("summary");
            g.writeFieldName("byRule");
            JsonValues.write(g, result.byRule());
            g.writeNumberField("errors", result.errors());
            g.writeNumberField("warnings", result.warnings());
            g.writeBooleanField("failed", result.failed());
            for (Map.Entry<String, Object> e : result.summary().entrySet()) {
                g.writeFieldName(e.getKey());
                JsonValues.write(g, e.getValue());
            }
            g.writeEndObject();

            g.writeObjectFieldStart("rules");
            for (CheckResult.RuleStatus s : result.rules().values()) {
                g.writeStringField(s.rule().id(), s.severity().label());
            }
            g.writeEndObject();

            g.writeArrayFieldStart("limits");
            for (LimitResult l : result.limits()) {
                g.writeStartObject();
                g.writeStringField("target", l.target());
                g.writeStringField("metric", l.metric());
                writeNumber(g, "value", l.value(), l.metric());
                writeNumber(g, "maximum", l.maximum(), l.metric());
                g.writeBooleanField("passed", l.passed());
                g.writeEndObject();
            }
            g.writeEndArray();

            if (capped) {
                g.writeObjectFieldStart("allFindings");
                g.writeNumberField("total", findings.size());
                g.writeNumberField("inline", maxInline);
                g.writeStringField("path", listPath);
                g.writeEndObject();
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : capped ? findings.subList(0, maxInline) : findings) {
                writeFinding(g, f);
            }
            g.writeEndArray();

            for (ReportSection s : result.sections().values()) {
                g.writeFieldName(s.name());
                JsonValues.write(g, s.json());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return file;
    }

    private static void writeNumber(JsonGenerator g, String name, double v, String metric) throws IOException {
        if (metric.equals("count")) {
            g.writeNumberField(name, (long) v);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory LINES = new com.fasterxml.jackson.core.JsonFactory();

    /** One finding as one line of JSON (no line end): an entry of {@code findings} in report.json, for JSON Lines. */
    public static String findingLine(Finding f) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (JsonGenerator g = LINES.createGenerator(out)) {
            writeFinding(g, f);
        }
        return out.toString();
    }

    /** Every finding, in order, one {@link #findingLine} and a line feed each, UTF-8. */
    static void writeLines(List<Finding> findings, Path file) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            for (Finding f : findings) {
                out.write(findingLine(f));
                out.write('\n');
            }
        }
    }

    static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("document", f.document());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.line());
        g.writeStringField("message", f.message());
        g.writeFieldName("related");
        JsonValues.write(g, f.related());
        g.writeFieldName("relatedLocations");
        JsonValues.write(g, f.relatedLocations());
        g.writeFieldName("evidence");
        JsonValues.write(g, f.evidence());
        g.writeEndObject();
    }
}
