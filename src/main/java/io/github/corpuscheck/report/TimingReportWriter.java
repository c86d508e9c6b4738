package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code timing.json}: wall times and throughput, kept out of {@code report.json} so that stays deterministic. */
public final class TimingReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "timing";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve("timing.json");
        long engine = Math.max(1, result.engineMillis());
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = JsonValues.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("documents", result.documents());
            g.writeNumberField("bytes", result.bytes());
            g.writeNumberField("engineMillis", result.engineMillis());
            g.writeNumberField("documentsPerSecond", Math.round(result.documents() * 1000.0 / engine));
            g.writeNumberField("megabytesPerSecond", Math.round(result.bytes() / 1048.576 / engine * 100) / 100.0);
            g.writeObjectFieldStart("phasesMillis");
            for (Map.Entry<String, Long> e : result.timings().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return file;
    }
}
