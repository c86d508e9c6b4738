package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.Goal;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reports only the duplicate family (plus input problems), with the same parameters, limits and report formats as
 * {@code check}; whatever else it needs is computed internally. Reports go to {@code target/corpus/duplicates} by default.
 */
@Mojo(name = "duplicates", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class DuplicatesMojo extends AbstractCorpusMojo {

    @Override
    protected Goal goal() {
        return Goal.DUPLICATES;
    }
}
