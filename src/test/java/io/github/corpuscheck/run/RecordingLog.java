package io.github.corpuscheck.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A run log for tests: every line, prefixed by its level ({@code info}, {@code warn}, {@code error}) unless made with
 * {@link #plain}.
 */
public final class RecordingLog implements RunLog {

    private final List<String> lines;
    private final boolean levels;

    public RecordingLog() {
        this(new ArrayList<>());
    }

    /** A log that adds its lines, with their level, to {@code lines}. */
    public RecordingLog(List<String> lines) {
        this(lines, true);
    }

    private RecordingLog(List<String> lines, boolean levels) {
        this.lines = lines;
        this.levels = levels;
    }

    /** A log that adds its lines to {@code lines} as they are, without their level. */
    public static RecordingLog plain(List<String> lines) {
        return new RecordingLog(lines, false);
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public void info(String line) {
        lines.add(levels ? "info " + line : line);
    }

    @Override
    public void warn(String line) {
        lines.add(levels ? "warn " + line : line);
    }

    @Override
    public void error(String line) {
        lines.add(levels ? "error " + line : line);
    }
}
