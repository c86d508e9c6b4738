package io.github.corpuscheck.report;

import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.nio.file.Path;

/** One report format. Writers must be deterministic: timings go only to {@code timing.json}. */
public interface ReportWriter {

    /** The name users list in {@code reportFormats}, e.g. {@code json}. */
    String format();

    /** Writes the report and returns the file written. */
    Path write(CheckResult result, ReportContext context) throws IOException;
}
