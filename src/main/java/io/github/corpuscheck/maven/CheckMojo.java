package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.Goal;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs every check family over the corpus and fails the build on an error finding or a crossed limit: the gate.
 * Works with or without a project: {@code mvn io.github.corpuscheck:corpus-maven-plugin:check -Dcorpus.directory=DIR}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractCorpusMojo {

    @Override
    protected Goal goal() {
        return Goal.CHECK;
    }
}
