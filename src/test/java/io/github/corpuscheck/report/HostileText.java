package io.github.corpuscheck.report;

/** Corpus text that tries to pass for log lines or CI commands. */
public final class HostileText {

    /** An id that would print a GitHub Actions error annotation and switch workflow commands off. */
    public static final String FORGED_ID = "ok\n::error file=README.md,line=1::forged\n::stop-commands::x";
    /** A file name that would print a forged Maven line. */
    public static final String FORGED_FILE = "b\r\n[INFO] BUILD SUCCESS.txt";

    private HostileText() {}
}
