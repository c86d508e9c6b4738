package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.SettingsException;

/** The settings a goal maps its parameters to, for tests outside this package. */
public final class MojoSettings {

    private MojoSettings() {}

    public static CorpusSettings of(AbstractCorpusMojo mojo) throws SettingsException {
        return mojo.settings();
    }
}
