package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.run.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** How a run's outcome ends a goal: which exception, or a warning. */
class OutcomeMappingTest {

    private static RunOutcome outcome(RunOutcome.Status status, String message) {
        return new RunOutcome(status, message, null, null);
    }

    @Test
    void tooLittleMemoryFailsTheGoalAsAnExecutionErrorWhateverFailOnViolation() {
        String msg = "Not enough memory for this corpus: ... MAVEN_OPTS=-Xmx1g ...";
        for (boolean failOnViolation : List.of(true, false)) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> AbstractCorpusMojo.conclude(
                    outcome(RunOutcome.Status.OUT_OF_MEMORY, msg), failOnViolation, new SystemStreamLog()));
            assertEquals(msg, e.getMessage());
        }
    }

    @Test
    void aFailedGateFailsTheBuildOrWarns() throws Exception {
        RunOutcome failed = outcome(RunOutcome.Status.FAILED, "No document could be read from 1 file.");
        assertEquals("No document could be read from 1 file.", assertThrows(MojoFailureException.class,
                () -> AbstractCorpusMojo.conclude(failed, true, new SystemStreamLog())).getMessage());
        List<String> warnings = new ArrayList<>();
        AbstractCorpusMojo.conclude(failed, false, new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        assertEquals(List.of("No document could be read from 1 file. (failOnViolation=false: not failing the build)"),
                warnings);
        AbstractCorpusMojo.conclude(outcome(RunOutcome.Status.PASSED, null), true, new SystemStreamLog());
        AbstractCorpusMojo.conclude(outcome(RunOutcome.Status.SKIPPED, "skipped"), true, new SystemStreamLog());
    }
}
