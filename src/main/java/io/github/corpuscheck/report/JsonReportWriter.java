package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code report.json}: the whole result, byte-identical for the same corpus and configuration. */
public final class JsonReportWriter implements ReportWriter {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve("report.json");
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = JsonValues.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
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

            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
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
