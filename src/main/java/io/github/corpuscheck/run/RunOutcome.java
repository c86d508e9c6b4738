package io.github.corpuscheck.run;

import io.github.corpuscheck.engine.CheckResult;
import java.nio.file.Path;

/**
 * How a run ended.
 *
 * @param status the verdict
 * @param message why: the gate's failure (or a corpus that gave no document), the missing corpus, the lack of memory,
 *     or the reason for skipping; {@code null} when passed
 * @param result the checked result (after suppressions and baseline), or {@code null} when nothing was checked
 * @param reportDirectory where the reports are, or {@code null} when none were written
 */
public record RunOutcome(Status status, String message, CheckResult result, Path reportDirectory) {

    /** The verdict of a run. */
    public enum Status {
        /** Checked: no error finding, no crossed limit. */
        PASSED,
        /**
         * Checked: an error finding or a crossed limit; or files were found but none gave a document (unless
         * {@code allowEmpty}).
         */
        FAILED,
        /** Nothing to check, and that is fine: the default corpus folder is missing or holds no matching file. */
        SKIPPED,
        /** The corpus the user named is missing or holds no matching file. */
        NO_INPUT,
        /**
         * The Java heap is too small for the corpus: estimated before reading (nothing was checked), or the run ran
         * out of memory (its reports are incomplete or missing). The message says where and how to give Java more.
         */
        OUT_OF_MEMORY
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /**
     * The exit code of a command-line front end (the command line, the Spark job), after logging why: 0 passed or
     * skipped (or failed with {@code failOnViolation} off, said as a warning), 1 the gate failed, 2 no input or too
     * little memory.
     */
    public int exitCode(boolean failOnViolation, RunLog log) {
        return switch (status) {
            case PASSED, SKIPPED -> 0;
            case NO_INPUT, OUT_OF_MEMORY -> {
                log.error(message);
                yield 2;
            }
            case FAILED -> {
                if (failOnViolation) {
                    log.error(message);
                    yield 1;
                }
                log.warn(message + " (failOnViolation=false: exit code 0)");
                yield 0;
            }
        };
    }
}
