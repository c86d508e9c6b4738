package io.github.corpuscheck.maven;

import io.github.corpuscheck.adopt.AdoptionFilter;
import io.github.corpuscheck.adopt.Baseline;
import io.github.corpuscheck.adopt.BaselineFile;
import io.github.corpuscheck.adopt.Suppressions;
import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs every check and writes {@code baselineFile} ({@code corpus-baseline.json}) accepting all current,
 * unsuppressed findings, so the {@code check} goal afterwards fails only on new ones. Commit the file; run this
 * goal again to accept the current state. Reports go to {@code target/corpus/baseline} by default.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCorpusMojo {

    @Override
    protected Set<String> reportedFamilies() {
        return Set.of();
    }

    @Override
    protected String outputSubfolder() {
        return "baseline";
    }

    @Override
    protected CheckResult adopt(CheckResult raw, Suppressions suppressions) throws IOException {
        if (baselineFile == null) {
            throw new IllegalArgumentException("baselineFile is not set.");
        }
        CheckResult unsuppressed = AdoptionFilter.apply(raw, limitList(), suppressions, null);
        Baseline baseline = Baseline.of(unsuppressed.findings());
        BaselineFile.write(baseline, baselineFile.toPath());
        getLog().info("Baseline of " + baseline.entries().size() + " finding(s) written to " + baselineFile
                + ": commit it; from now on check fails only on new findings.");
        return AdoptionFilter.apply(raw, limitList(), suppressions, baseline);
    }
}
