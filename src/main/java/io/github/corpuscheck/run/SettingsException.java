package io.github.corpuscheck.run;

import java.util.List;

/** Settings that cannot run: every problem found, each naming the setting and the bad value. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public SettingsException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence a problem, in the order the settings are declared. */
    public List<String> problems() {
        return problems;
    }
}
