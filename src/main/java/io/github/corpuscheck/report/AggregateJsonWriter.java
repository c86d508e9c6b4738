package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The aggregate {@code report.json} of a multi-module build (schema in docs/reports.md): totals, one entry per module
 * with its counts and limits, and every finding with its module and its file from the aggregating project's folder.
 * Deterministic: modules sorted by name, findings in module order, no times.
 */
public final class AggregateJsonWriter {

    public static final int SCHEMA_VERSION = 1;

    private AggregateJsonWriter() {}

    /** Writes through a temporary file moved into place, so a failed write leaves the previous file. */
    public static void write(CorpusAggregate aggregate, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = JsonValues.prettyGenerator(out)) {
                write(g, aggregate);
                g.writeRaw('\n');
            }
        });
    }

    private static void write(JsonGenerator g, CorpusAggregate a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("kind", "aggregate");
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "corpus-maven-plugin");
        g.writeStringField("version", a.toolVersion());
        g.writeEndObject();

        g.writeObjectFieldStart("summary");
        g.writeNumberField("modules", a.modules().size());
        g.writeNumberField("files", a.files());
        g.writeNumberField("documents", a.documents());
        g.writeNumberField("bytes", a.bytes());
        g.writeNumberField("errors", a.errors());
        g.writeNumberField("warnings", a.warnings());
        g.writeBooleanField("failed", a.failed());
        g.writeArrayFieldStart("failedModules");
        for (String m : a.failedModules()) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeFieldName("byRule");
        JsonValues.write(g, a.byRule());
        g.writeEndObject();

        g.writeArrayFieldStart("modules");
        for (CorpusAggregate.Module m : a.modules()) {
            CorpusReport r = m.report();
            g.writeStartObject();
            g.writeStringField("module", m.name());
            g.writeStringField("artifactId", m.artifactId());
            g.writeStringField("corpus", m.corpusPath());
            g.writeNumberField("files", r.files());
            g.writeNumberField("documents", r.documents());
            g.writeNumberField("bytes", r.bytes());
            g.writeNumberField("errors", r.errors());
            g.writeNumberField("warnings", r.warnings());
            g.writeBooleanField("failed", r.failed());
            g.writeFieldName("byRule");
            JsonValues.write(g, r.byRule());
            g.writeNumberField("duplicateClusters", r.clusters().size());
            if (r.capped()) {
                g.writeObjectFieldStart("allFindings");
                g.writeNumberField("total", r.findingsTotal());
                g.writeNumberField("inline", r.findings().size());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("limits");
            for (CorpusReport.LimitRow l : r.limits()) {
                g.writeStartObject();
                g.writeStringField("target", l.target());
                g.writeStringField("metric", l.metric());
                number(g, "value", l.value(), l.metric());
                number(g, "maximum", l.maximum(), l.metric());
                g.writeBooleanField("passed", l.passed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("findings");
        for (CorpusAggregate.ModuleFinding mf : a.findings()) {
            CorpusReport.FindingRow f = mf.finding();
            g.writeStartObject();
            g.writeStringField("module", mf.module());
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity());
            g.writeStringField("document", f.document());
            g.writeStringField("file", mf.path());
            g.writeNumberField("line", f.line());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v, String metric) throws IOException {
        if (metric.equals("count")) {
            g.writeNumberField(name, (long) v);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
