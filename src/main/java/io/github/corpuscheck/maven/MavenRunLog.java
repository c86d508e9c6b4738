package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.RunLog;
import org.apache.maven.plugin.logging.Log;

/** A run's log lines in Maven's log. */
record MavenRunLog(Log log) implements RunLog {
    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }
}
