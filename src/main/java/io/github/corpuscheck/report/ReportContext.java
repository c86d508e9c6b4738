package io.github.corpuscheck.report;

import java.nio.file.Path;

/**
 * Where and for whom reports are written.
 *
 * @param outputDirectory the folder reports go to
 * @param baseDirectory the project's base directory (for paths relative to the repository, e.g. in SARIF)
 * @param corpusDirectory the corpus root
 * @param toolVersion the plugin version
 */
public record ReportContext(Path outputDirectory, Path baseDirectory, Path corpusDirectory, String toolVersion) {}
