package io.github.corpuscheck.run;

import java.util.ArrayList;
import java.util.List;

/** A run log for tests: every line, prefixed by its level ({@code info}, {@code warn}, {@code error}). */
public final class RecordingLog implements RunLog {

    private final List<String> lines;

    public RecordingLog() {
        this(new ArrayList<>());
    }

    /** A log that adds its lines to {@code lines}. */
    public RecordingLog(List<String> lines) {
        this.lines = lines;
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public void info(String line) {
        lines.add("info " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("warn " + line);
    }

    @Override
    public void error(String line) {
        lines.add("error " + line);
    }
}
