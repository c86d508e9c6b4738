package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.Goal;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reports only the metadata family (plus input problems), with the same parameters, limits and report formats as
 * {@code check}; whatever else it needs is computed internally. Reports go to {@code target/corpus/metadata} by default.
 */
@Mojo(name = "metadata", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class MetadataMojo extends AbstractCorpusMojo {

    @Override
    protected Goal goal() {
        return Goal.METADATA;
    }
}
