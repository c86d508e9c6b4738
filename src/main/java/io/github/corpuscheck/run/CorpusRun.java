package io.github.corpuscheck.run;

import io.github.corpuscheck.adopt.AdoptionFilter;
import io.github.corpuscheck.adopt.Baseline;
import io.github.corpuscheck.adopt.BaselineFile;
import io.github.corpuscheck.adopt.IgnoreField;
import io.github.corpuscheck.adopt.Suppressions;
import io.github.corpuscheck.adopt.SuppressionsFile;
import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.cache.CacheSettings;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.internal.AtomicFiles;
import io.github.corpuscheck.internal.SpillFile;
import io.github.corpuscheck.report.ConsoleSummary;
import io.github.corpuscheck.report.JsonReportWriter;
import io.github.corpuscheck.report.ProgressLog;
import io.github.corpuscheck.report.ReportContext;
import io.github.corpuscheck.report.ReportFiles;
import io.github.corpuscheck.report.Reports;
import io.github.corpuscheck.report.SourceRoot;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One run, the same for every front end: read the corpus, run every family's checks, apply suppressions and the
 * baseline, evaluate the limits, write the reports and say whether the gate holds. Front ends only build the
 * {@link CorpusSettings}, route the {@link RunLog} and turn the {@link RunOutcome} into their own way of failing.
 */
public final class CorpusRun {

    private final CorpusSettings settings;
    private final RunLog log;
    /** The heap this run may use: {@link Runtime#maxMemory()}, or a test's value. */
    private final long maxMemory;
    /** What the run is doing (for a message when the heap runs out); {@code null} while the engine runs. */
    private String phase;
    private CorpusEngine engine;
    /** The corpus as listed, and the estimate: what an out-of-memory message says. */
    private int listedFiles;
    private long listedBytes;
    private long estimatedHeap;
    /** The monotonic clock of the log's progress and phase lines (nanoseconds); a test's fixed clock. */
    private final java.util.function.LongSupplier nanoClock;

    public CorpusRun(CorpusSettings settings, RunLog log) {
        this(settings, log, Runtime.getRuntime().maxMemory());
    }

    /**
     * The document phase done elsewhere, e.g. by the workers of a cluster: given the reader options and the listed
     * corpus, returns each file's analysed entry ({@link io.github.corpuscheck.engine.FileAnalyzer}); files without
     * one are read by the run itself.
     */
    @FunctionalInterface
    public interface Analysis {
        Map<String, io.github.corpuscheck.cache.CacheFile.Entry> analyse(ReaderOptions options,
                CorpusReader.Listing listing) throws IOException;

        /**
         * Results published into the corpus phase's context before its first check finishes, by type: e.g. the
         * cluster's own implementation of a search a check would otherwise do in this process. Called after
         * {@link #analyse}; none by default.
         */
        default Map<Class<?>, Object> services() {
            return Map.of();
        }

        /** The corpus when it is not the folder {@link CorpusSettings#directory()} of this machine; else {@code null}. */
        default Input input() {
            return null;
        }
    }

    /**
     * A corpus that is not a folder of this machine (e.g. in a Hadoop file system), as the run sees it: listed with
     * the settings' includes and excludes, and a source through which the run reads the files without an analysed
     * entry and re-reads documents for the corpus phase.
     */
    public interface Input {

        /** Why there is no corpus to check there (e.g. no such path), or {@code null}. */
        String missing() throws IOException;

        /** The corpus's files, in reading order. */
        CorpusReader.Listing listing() throws IOException;

        /** What the run reads the listed corpus through. */
        io.github.corpuscheck.source.CorpusSource source();

        /** The corpus as reports name it. */
        String label();
    }

    /** Where the document phase runs: {@code null} for this process. */
    private Analysis analysis;

    /** A run whose document phase is done by {@code analysis} (no incremental cache); the corpus phase runs here. */
    public CorpusRun(CorpusSettings settings, RunLog log, Analysis analysis) {
        this(settings, log);
        this.analysis = analysis;
    }

    /** Who writes the complete list of findings when report.json holds only the first ones; {@code null}: the run. */
    private JsonReportWriter.FindingsList findingsList;

    /**
     * Has {@code list} write the complete list of findings, and report.json name it, when the findings exceed
     * {@code maxReportJsonFindings} (instead of {@code findings.jsonl} beside report.json). Returns this run.
     */
    public CorpusRun findingsListedBy(JsonReportWriter.FindingsList list) {
        this.findingsList = list;
        return this;
    }

    /** A run that takes {@code maxMemory} bytes for the heap it may use (tests of the memory estimate). */
    CorpusRun(CorpusSettings settings, RunLog log, long maxMemory) {
        this(settings, log, maxMemory, System::nanoTime);
    }

    /** A run whose log lines are timed by {@code nanoClock} (tests of the exact log). */
    CorpusRun(CorpusSettings settings, RunLog log, long maxMemory, java.util.function.LongSupplier nanoClock) {
        this.settings = settings;
        this.log = RunLog.safe(log);
        this.maxMemory = maxMemory;
        this.nanoClock = nanoClock;
    }

    /** Runs the settings' goal; I/O failures that stop the whole run (not one bad file) are thrown. */
    public static RunOutcome execute(CorpusSettings settings, RunLog log) throws IOException {
        return new CorpusRun(settings, log).execute();
    }

    /**
     * Runs the settings' goal. A heap too small for the corpus is an outcome, not an exception: estimated before
     * reading, or an {@link OutOfMemoryError} caught here, at the run's boundary, once everything the run built is
     * unreachable.
     */
    public RunOutcome execute() throws IOException {
        try {
            return run();
        } catch (OutOfMemoryError e) {
            String where = phase != null ? phase : engine.phase() + (engine.file() == null ? "" : " (reading "
                    + engine.file() + ")");
            String msg = "Out of memory while " + where + ": this Java may use at most "
                    + MemoryEstimate.size(maxMemory) + " of heap, too little for this corpus ("
                    + String.format(Locale.ROOT, "%,d", listedFiles) + (listedFiles == 1 ? " file, " : " files, ")
                    + MemoryEstimate.size(listedBytes) + "). " + MemoryEstimate.advice(estimatedHeap, maxMemory);
            return new RunOutcome(RunOutcome.Status.OUT_OF_MEMORY, msg, null, null);
        }
    }

    private RunOutcome run() throws IOException {
        long started = System.currentTimeMillis();
        long startNanos = nanoClock.getAsLong();
        phase = "listing the corpus";
        Path corpus = settings.directory();
        Input input = analysis == null ? null : analysis.input();
        String missing = input == null ? null : input.missing();
        if (missing != null) {
            return new RunOutcome(RunOutcome.Status.NO_INPUT, missing, null, null);
        }
        if (input == null && !Files.isDirectory(corpus)) {
            if (settings.directoryDefaulted()) {
                String msg = "No corpus at " + corpus + " (set the directory to check another folder); skipping.";
                log.info(msg);
                return new RunOutcome(RunOutcome.Status.SKIPPED, msg, null, null);
            }
            return new RunOutcome(RunOutcome.Status.NO_INPUT,
                    "Corpus directory " + corpus + " does not exist or is not a directory.", null, null);
        }
        ReaderOptions readerOptions = input != null ? settings.readerOptions() : leaveOutOwnFiles(corpus);
        CorpusReader reader = new CorpusReader(readerOptions);
        CorpusReader.Listing listing = input != null ? input.listing() : reader.listing();
        String corpusLabel = input != null ? input.label() : label(settings.projectDirectory(), corpus);
        listing.unmatchedPatterns().forEach(log::warn);
        if (listing.files().isEmpty()) {
            String msg = "Corpus directory " + (input != null ? corpusLabel : corpus)
                    + " holds no file matching the includes.";
            if (settings.directoryDefaulted()) {
                log.info(msg + " Skipping.");
                return new RunOutcome(RunOutcome.Status.SKIPPED, msg, null, null);
            }
            return new RunOutcome(RunOutcome.Status.NO_INPUT, msg, null, null);
        }
        Path out = settings.outputDirectory();
        Path root = settings.projectDirectory();
        List<Suppressions.Exclusion> exclusions = exclusions(root); // a bad suppressions file fails before the work
        removeLeftovers(out, started);
        CacheSettings cache = analysis == null ? cacheSettings(out) : null;
        MemoryEstimate estimate = MemoryEstimate.of(listing, corpus, readerOptions.maxFileSize(),
                cache != null, cache == null ? 0 : sizeOf(cache.file()), settings.threads());
        listedFiles = listing.files().size();
        listedBytes = estimate.bytes();
        estimatedHeap = estimate.heap();
        long totalBytes = 0;
        for (long size : listing.sizes()) {
            totalBytes += size;
        }
        log.info(ProgressLog.announce(corpusLabel, listedFiles, totalBytes,
                listing.jsonLines().isEmpty() ? listedFiles : -1));
        if (estimate.tooLargeFor(maxMemory)) {
            return new RunOutcome(RunOutcome.Status.OUT_OF_MEMORY, estimate.message(maxMemory), null, null);
        }
        Map<String, io.github.corpuscheck.cache.CacheFile.Entry> analysed =
                analysis == null ? null : analysis.analyse(readerOptions, listing);
        listing = null;
        ProgressLog progress = new ProgressLog(log::info, totalBytes, nanoClock);
        List<CorpusCheck<?>> checks = new ArrayList<>(createChecks(settings, out));
        IgnoreField ignores = new IgnoreField();
        checks.add(ignores);
        CheckRequest request = new CheckRequest(input != null ? input.source() : reader, corpusLabel, checks,
                settings.ruleSettings(),
                settings.limits(), settings.goal().families(), settings.threads(), progress);
        engine = analysed != null ? CorpusEngine.replaying(analysed, analysis.services()) : new CorpusEngine(cache);
        phase = null; // the engine's
        CheckResult raw = engine.run(request);
        phase = "applying suppressions and the baseline";
        CheckResult result = adopt(raw, ignores.suppressions(exclusions));
        // The findings are logged before the reports are written, so a report that cannot be written loses none.
        for (ConsoleSummary.Line line : ConsoleSummary.lines(result, settings.maxConsoleFindings())) {
            if (line.level() == Severity.ERROR) {
                log.error(line.text());
            } else if (line.level() == Severity.WARNING) {
                log.warn(line.text());
            } else {
                log.info(line.text());
            }
        }
        phase = "writing the reports";
        progress.phaseStarted("reports");
        SourceRoot sourceRoot = SourceRoot.resolve(settings.sarifRoot(), root, corpus);
        String rootNote = sourceRoot.note(corpus);
        if (rootNote != null && writesRepositoryPaths(settings.reportFormats())) {
            log.info(rootNote);
        }
        ReportContext context = new ReportContext(out, root, corpus, settings.toolVersion(),
                (what, e) -> log.warn(what + ": " + IoProblems.describe(e) + "; going on without it."),
                sourceRoot, sourceRoot.category(settings.goal().id(), corpus),
                new ReportContext.Presentation(settings.projectName(), settings.sourceLinkTemplate(), null));
        JsonReportWriter json = new JsonReportWriter(settings.maxReportJsonFindings(), findingsList);
        ReportFiles.writeAll(Reports.writersFor(settings.reportFormats(), json), result, context, log::warn);
        progress.phaseEnded(null);
        findingsListNote(result, json, out);
        String failure = ConsoleSummary.failureMessage(result, out.resolve("report.json").toString());
        if (result.documents() == 0 && !settings.allowEmpty()) {
            failure = nothingRead(result) + (failure == null ? "" : " " + failure);
        }
        String reports = out + (Files.isRegularFile(out.resolve("index.html")) ? " (index.html, report.json)"
                : " (report.json)");
        for (ConsoleSummary.Line line : ConsoleSummary.closing(result, failure != null,
                (nanoClock.getAsLong() - startNanos) / 1_000_000, reports)) {
            if (line.level() == Severity.ERROR) {
                log.error(line.text());
            } else {
                log.info(line.text());
            }
        }
        return new RunOutcome(failure == null ? RunOutcome.Status.PASSED : RunOutcome.Status.FAILED, failure, result,
                out);
    }

    /**
     * Says where all findings are when report.json holds only the first ones; otherwise removes a findings list an
     * earlier capped run left beside report.json, so that the two always come from the same run.
     */
    private void findingsListNote(CheckResult result, JsonReportWriter json, Path out) {
        int findings = result.findings().size();
        if (JsonReportWriter.capped(findings, settings.maxReportJsonFindings())) {
            log.info(String.format(Locale.ROOT, "report.json holds the first %,d of %,d findings (maxReportJsonFindings);"
                    + " all are in %s.", settings.maxReportJsonFindings(), findings,
                    out.resolve(json.allFindingsIn(findings))));
        } else if (findingsList == null) {
            try {
                Files.deleteIfExists(out.resolve(JsonReportWriter.FINDINGS_FILE));
            } catch (IOException e) {
                log.warn("Could not remove the findings list of an earlier run: " + IoProblems.describe(e));
            }
        }
    }

    /** Whether one of the formats names files by their path in the repository (SARIF, Code Quality). */
    private static boolean writesRepositoryPaths(String formats) {
        for (String f : formats.split(",")) {
            String name = f.trim().toLowerCase(Locale.ROOT);
            if (name.equals("sarif") || name.equals("codeclimate")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a corpus whose files gave no document fails: how many files, and the input findings that say why, e.g.
     * {@code No document could be read from 3 files (input.binary 2, input.empty-file 1): ...}
     */
    private static String nothingRead(CheckResult result) {
        SortedMap<String, Set<String>> filesByRule = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.ruleId().startsWith("input.")) {
                filesByRule.computeIfAbsent(f.ruleId(), k -> new TreeSet<>()).add(String.valueOf(f.file()));
            }
        }
        StringBuilder why = new StringBuilder();
        filesByRule.forEach((rule, files) -> why.append(why.length() == 0 ? "" : ", ").append(rule).append(' ')
                .append(files.size()));
        int files = result.files();
        return "No document could be read from " + files + (files == 1 ? " file" : " files")
                + (why.length() == 0 ? "" : " (" + why + ")")
                + ": check the directory, includes and inputFormat, or set allowEmpty to accept an empty corpus.";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The reader options, leaving out of the corpus this run's own files when they lie inside it (the output
     * directory, the baseline file, the suppressions file), said once in the log: otherwise a second run reads its
     * own reports ({@code summary.md}) as articles.
     */
    private ReaderOptions leaveOutOwnFiles(Path corpus) {
        Map<String, Path> own = new LinkedHashMap<>();
        own.put("the output directory", settings.outputDirectory());
        own.put("the baseline file", settings.baselineFile());
        Path suppressions = settings.suppressionsFile();
        Path conventional = settings.projectDirectory().resolve("corpus-suppressions.txt");
        own.put("the suppressions file", suppressions != null ? suppressions
                : Files.isRegularFile(conventional) ? conventional : null);
        Path corpusReal = ReaderOptions.realPath(corpus);
        List<Path> inside = new ArrayList<>();
        List<String> named = new ArrayList<>();
        own.forEach((what, path) -> {
            if (path == null) {
                return;
            }
            Path real = ReaderOptions.realPath(path);
            if (real.startsWith(corpusReal) && !real.equals(corpusReal) && !inside.contains(real)) {
                inside.add(real);
                named.add(what + " " + corpusReal.relativize(real).toString().replace(java.io.File.separatorChar, '/'));
            }
        });
        if (!inside.isEmpty()) {
            log.info("Left out of the corpus because they lie inside it: " + String.join(", ", named) + ".");
        }
        return settings.readerOptions().excluding(inside);
    }

    /** New instances of every family's checks, in run order, configured by the settings. */
    public static List<CorpusCheck<?>> createChecks(CorpusSettings settings, Path workDirectory) {
        List<CorpusCheck<?>> checks = new ArrayList<>();
        CheckEnvironment env = new CheckEnvironment(workDirectory, settings.projectDirectory());
        for (CheckProvider<?> p : settings.registry().providers()) {
            checks.addAll(create(p, settings.familyConfig(p.family()), env));
        }
        return checks;
    }

    @SuppressWarnings("unchecked")
    private static <C> List<CorpusCheck<?>> create(CheckProvider<C> provider, Object config, CheckEnvironment env) {
        return provider.create((C) config, env);
    }

    /** Suppressions, then the baseline: read when it exists, or written first by the baseline goal. */
    private CheckResult adopt(CheckResult raw, Suppressions suppressions) throws IOException {
        Path file = settings.baselineFile();
        Baseline baseline = null;
        if (settings.goal() == Goal.BASELINE) {
            CheckResult unsuppressed = AdoptionFilter.apply(raw, settings.limits(), suppressions, null);
            baseline = Baseline.of(unsuppressed.findings());
            BaselineFile.write(baseline, file);
            log.info("Baseline of " + baseline.entries().size() + " finding(s) written to " + file
                    + ": commit it; from now on check fails only on new findings.");
        } else if (file != null && Files.isRegularFile(file)) {
            baseline = BaselineFile.read(file);
            log.info("Using baseline " + file + " (" + baseline.entries().size() + " accepted findings).");
        }
        return AdoptionFilter.apply(raw, settings.limits(), suppressions, baseline);
    }

    /**
     * The suppressions file's lines, their rule patterns checked against the known rules.
     *
     * @throws IllegalArgumentException naming the file, line and pattern of a bad line
     */
    private List<Suppressions.Exclusion> exclusions(Path root) throws IOException {
        Path file = settings.suppressionsFile();
        List<String> ruleIds = settings.registry().knownRuleIds();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("suppressionsFile " + file + " does not exist.");
            }
            return SuppressionsFile.read(file, ruleIds);
        }
        Path conventional = root.resolve("corpus-suppressions.txt");
        return Files.isRegularFile(conventional) ? SuppressionsFile.read(conventional, ruleIds) : List.of();
    }

    /**
     * Removes the temporary files a killed run left in the output folder: spill files of the checks, report
     * staging folders, the cache's temporary file; only those names, only from before this run. One log line.
     */
    private void removeLeftovers(Path out, long now) {
        List<String> prefixes = new ArrayList<>(SpillFile.PREFIXES);
        prefixes.add(ReportFiles.STAGING_PREFIX);
        int removed = AtomicFiles.removeLeftovers(out, now, prefixes)
                + AtomicFiles.removeLeftovers(out.resolve(CACHE_FOLDER), now, List.of(CACHE_FILE + "."));
        if (removed > 0) {
            log.info("Removed " + removed + " temporary file(s) left in " + out + " by an interrupted run.");
        }
    }

    private static final String CACHE_FOLDER = "cache", CACHE_FILE = "analysis.bin";

    /** The incremental cache of this run, or {@code null} when switched off. */
    private CacheSettings cacheSettings(Path out) {
        if (!settings.cache()) {
            return null;
        }
        String fingerprint = "corpus-maven-plugin " + settings.toolVersion() + " " + codeIdentity() + "\n"
                + settings.fingerprint();
        return new CacheSettings(out.resolve(CACHE_FOLDER).resolve(CACHE_FILE), fingerprint, log::info);
    }

    /**
     * Size and modification time of the engine's own jar (or classes folder): a SNAPSHOT rebuilt with other check
     * logic keeps its version, and must not reuse results cached by the previous build.
     */
    private static String codeIdentity() {
        try {
            Path code = Path.of(CorpusRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown-build";
        }
    }

    /** The corpus as reports name it: relative to the project folder when inside it. */
    static String label(Path root, Path corpus) {
        Path abs = corpus.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        String s = abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "." : s.replace('\\', '/');
    }
}
