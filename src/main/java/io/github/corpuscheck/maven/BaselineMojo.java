package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.Goal;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs every check and writes {@code baselineFile} ({@code corpus-baseline.json}) accepting all current,
 * unsuppressed findings, so the {@code check} goal afterwards fails only on new ones. Commit the file; run this
 * goal again to accept the current state. Reports go to {@code target/corpus/baseline} by default.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCorpusMojo {

    @Override
    protected Goal goal() {
        return Goal.BASELINE;
    }
}
