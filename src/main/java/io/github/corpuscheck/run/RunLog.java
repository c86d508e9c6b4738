package io.github.corpuscheck.run;

import io.github.corpuscheck.internal.SafeText;

/** Where a run's log lines go: Maven's log, the terminal, a test. */
public interface RunLog {

    void info(String line);

    void warn(String line);

    void error(String line);

    /**
     * {@code log} with every line made safe for a build log ({@link SafeText#logLine}): control characters from
     * corpus ids and file names escaped, so one line stays one line, and no CI runner's command at a line's start.
     */
    static RunLog safe(RunLog log) {
        if (log instanceof Safe) {
            return log;
        }
        return new Safe(log);
    }

    /** See {@link #safe}. */
    record Safe(RunLog log) implements RunLog {
        @Override
        public void info(String line) {
            log.info(SafeText.logLine(line));
        }

        @Override
        public void warn(String line) {
            log.warn(SafeText.logLine(line));
        }

        @Override
        public void error(String line) {
            log.error(SafeText.logLine(line));
        }
    }

    /** Drops every line. */
    RunLog SILENT = new RunLog() {
        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}

        @Override
        public void error(String line) {}
    };
}
