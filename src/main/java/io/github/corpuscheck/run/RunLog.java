package io.github.corpuscheck.run;

/** Where a run's log lines go: Maven's log, the terminal, a test. */
public interface RunLog {

    void info(String line);

    void warn(String line);

    void error(String line);

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
