package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.SettingsException;

/** What a goal's parameters become: its run settings and each family's configuration (also for tests outside this package). */
public final class MojoSettings {

    private MojoSettings() {}

    public static CorpusSettings of(AbstractCorpusMojo mojo) throws SettingsException {
        return mojo.settings();
    }

    @SuppressWarnings("unchecked")
    static <T> T config(AbstractCorpusMojo mojo, String family) throws SettingsException {
        return (T) mojo.settings().familyConfig(family);
    }

    /** The one problem the settings have. */
    static String problem(AbstractCorpusMojo mojo) {
        try {
            mojo.settings();
        } catch (SettingsException e) {
            if (e.problems().size() == 1) {
                return e.problems().get(0);
            }
            throw new AssertionError("Not one problem: " + e.problems());
        }
        throw new AssertionError("No problem");
    }
}
