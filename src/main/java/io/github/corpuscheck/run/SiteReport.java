package io.github.corpuscheck.run;

import io.github.corpuscheck.report.CorpusReport;
import io.github.corpuscheck.report.ReportJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report a site page shows: the {@code report.json} that {@code check} wrote under the settings' output
 * directory, or, when there is none, that of a run made now with the same settings. Such a run writes the reports
 * as {@code check} would but never fails on violations: a site shows a failed gate, it does not stop on it.
 *
 * @param report the report, or {@code null} when there was nothing to check ({@link RunOutcome.Status#SKIPPED})
 * @param file where the report is (or would have been)
 * @param ran whether the check was run now
 * @param message why nothing was checked, or {@code null}
 */
public record SiteReport(CorpusReport report, Path file, boolean ran, String message) {

    /**
     * Reads or makes the report.
     *
     * @throws IllegalArgumentException on an invalid configuration or a report.json that is not usable
     * @throws IllegalStateException when the run could not check (a corpus that was named but is missing, too little
     *     memory), with the run's message
     * @throws IOException when the corpus or the reports could not be read or written
     */
    public static SiteReport load(CorpusSettings settings, RunLog log) throws IOException {
        return load(settings, log, 0);
    }

    /**
     * Reads or makes the report, reading enough of a capped report's complete list of findings that its
     * {@code worst} worst findings are those of the whole run ({@link ReportJsonReader#read(Path, int)}).
     *
     * @throws IllegalArgumentException on an invalid configuration or a report.json that is not usable
     * @throws IllegalStateException when the run could not check, with the run's message
     * @throws IOException when the corpus or the reports could not be read or written
     */
    public static SiteReport load(CorpusSettings settings, RunLog log, int worst) throws IOException {
        Path file = settings.outputDirectory().resolve("report.json");
        if (Files.isRegularFile(file)) {
            return new SiteReport(ReportJsonReader.read(file, worst), file, false, null);
        }
        RunLog.safe(log).info("No " + file + " yet: running the corpus check for the report"
                + " (violations are shown, not failed on).");
        RunOutcome outcome = CorpusRun.execute(settings, log);
        return switch (outcome.status()) {
            case PASSED, FAILED -> new SiteReport(ReportJsonReader.read(file, worst), file, true, null);
            case SKIPPED -> new SiteReport(null, file, true, outcome.message());
            case NO_INPUT, OUT_OF_MEMORY -> throw new IllegalStateException(outcome.message());
        };
    }

    /** Whether there is a report to show, or a corpus to check for one: what a site asks before rendering a page. */
    public static boolean available(CorpusSettings settings) {
        return Files.isRegularFile(settings.outputDirectory().resolve("report.json"))
                || Files.isDirectory(settings.directory()) || !settings.directoryDefaulted();
    }
}
