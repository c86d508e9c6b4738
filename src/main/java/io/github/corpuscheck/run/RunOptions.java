package io.github.corpuscheck.run;

import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import java.util.List;

/** The settings of the run itself (input, reports, gate, adoption, cache), beside those the families declare. */
public final class RunOptions {

    private RunOptions() {}

    public static final String DIRECTORY = "directory";
    public static final String OUTPUT_DIRECTORY = "outputDirectory";
    public static final String BASELINE_FILE = "baselineFile";
    public static final String SARIF_ROOT = "sarifRoot";
    public static final String MAX_REPORT_JSON_FINDINGS = "maxReportJsonFindings";

    /**
     * The most worker threads a run takes. Analysis is CPU-bound and each thread keeps two batches of documents in
     * flight, so more threads than cores only cost memory; a fixed bound keeps a configuration valid on every machine.
     */
    public static final int MAX_THREADS = 256;

    /** The logical fields with a {@code <name>Field} shortcut for {@code fields/<name>}. */
    public static final List<String> FIELD_SHORTCUTS =
            List.of("id", "text", "title", "date", "dateline", "source", "url", "language", "author");

    public static final List<Option> ALL = List.of(
            Option.of(DIRECTORY, Kind.PATH, null,
                    "The corpus folder (default src/main/corpus of the project; skipped when that is missing)."),
            Option.of("includes", Kind.LIST, null,
                    "Ant-style globs of the files to read (default **/*.txt, **/*.md, **/*.jsonl, **/*.jsonl.gz, **/*.ndjson)."),
            Option.of("excludes", Kind.LIST, null, "Ant-style globs of files to leave out."),
            Option.of("useDefaultExcludes", Kind.BOOLEAN, "true",
                    "Leave out Maven's default excludes as its file sets do: .git/, the other version-control folders, editor backups, .DS_Store."),
            Option.of("inputFormat", Kind.TEXT, "auto", "How files are read: auto (by extension), text or jsonl."),
            Option.of("encoding", Kind.TEXT, "UTF-8", "Encoding of the corpus files."),
            Option.of("fields", Kind.MAP, null,
                    "Where logical fields are in JSON Lines objects: a key or a JSON Pointer per field.").structured(),
            field("id"), field("text"), field("title"), field("date"), field("dateline"), field("source"),
            field("url"), field("language"), field("author"),
            Option.of("maxFileSize", Kind.LONG, "67108864",
                    "Text files larger than this many bytes are reported (input.too-large) and skipped."),
            Option.of("maxLineSize", Kind.LONG, "67108864",
                    "JSON Lines lines longer than this many bytes are reported (input.too-large) and skipped without being held in memory."),
            Option.of("followLinksOutside", Kind.BOOLEAN, "false",
                    "Read through symbolic links whose target lies outside the corpus folder (by default they are reported as input.outside-corpus and not read)."),
            Option.of(OUTPUT_DIRECTORY, Kind.PATH, null,
                    "Where reports go (default target/corpus, or target/corpus/<goal> for a single-family goal).")
                    .reportOnly(),
            Option.of("reportFormats", Kind.LIST, "json,html",
                    "Report formats: json, html, sarif, junit, markdown, csv, codeclimate (report.json is always written).")
                    .reportOnly(),
            Option.of(SARIF_ROOT, Kind.PATH, null,
                    "The folder SARIF and GitLab Code Quality paths are relative to (default the root of the git "
                            + "repository holding the project, else the project folder).")
                    .reportOnly(),
            Option.of("sourceLinkTemplate", Kind.TEXT, null,
                    "Link of a finding to its file and line in the repository's web view, e.g. "
                            + "https://github.com/org/repo/blob/{revision}/{path}#L{line} (default: from GitHub's or "
                            + "GitLab's CI variables when set); HTML report only.").reportOnly(),
            Option.of("failOnViolation", Kind.BOOLEAN, "true",
                    "Fail on an error finding or a crossed limit; false only reports.").reportOnly(),
            Option.of("allowEmpty", Kind.BOOLEAN, "false",
                    "Pass when files were found but none gave a document (all empty, binary or unreadable); by default "
                            + "that fails like a crossed limit.").reportOnly(),
            Option.of("maxConsoleFindings", Kind.INTEGER, "20",
                    "How many findings of each rule are printed in the log (all are in the reports).").reportOnly(),
            Option.of(MAX_REPORT_JSON_FINDINGS, Kind.INTEGER, "0",
                    "At most this many findings inside report.json (the first in report order); when there are more, "
                            + "all are written as JSON Lines to findings.jsonl beside it and report.json says so. "
                            + "0 means no cap.").reportOnly(),
            Option.of("threads", Kind.INTEGER, "0",
                    "Worker threads for analysis, 1 to " + MAX_THREADS + "; 0 means one per core. Results do not depend "
                            + "on it.").reportOnly(),
            Option.of("rules", Kind.RECORDS, null,
                    "Severity overrides: {id: rule id, family.* or *, severity: error, warning or off}.").structured(),
            Option.of("limits", Kind.RECORDS, null,
                    "Thresholds: {rule: rule id, family.* or *, maximumCount: N, maximumRatio: 0..1}.").structured()
                    .reportOnly(),
            Option.of(BASELINE_FILE, Kind.PATH, "corpus-baseline.json",
                    "Accepted findings: check fails only on findings not in it; the baseline goal writes it.")
                    .reportOnly(),
            Option.of("suppressionsFile", Kind.PATH, null,
                    "Lines 'rule-pattern: glob, glob' exempting documents from rules (default corpus-suppressions.txt when it exists).")
                    .reportOnly(),
            Option.of("cache", Kind.BOOLEAN, "true",
                    "Keep per-document results in <outputDirectory>/cache so the next run reads only changed files.")
                    .reportOnly());

    private static Option field(String name) {
        return Option.of(name + "Field", Kind.TEXT, null, "Shortcut for fields/" + name + ".");
    }
}
