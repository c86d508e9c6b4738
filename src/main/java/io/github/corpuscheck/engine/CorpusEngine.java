package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.cache.CacheFile;
import io.github.corpuscheck.cache.CacheSettings;
import io.github.corpuscheck.cache.CorpusMemo;
import io.github.corpuscheck.cache.IncrementalCache;
import io.github.corpuscheck.gate.LimitEvaluator;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.internal.Tasks;
import io.github.corpuscheck.source.CorpusSource;
import io.github.corpuscheck.source.InputRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Runs the checks over a corpus. The engine thread reads documents and hands them in batches to worker threads
 * for analysis; results are collected strictly in reading order, so the outcome does not depend on the number of
 * threads or on scheduling. Only compact per-document state outlives a batch.
 */
public final class CorpusEngine {

    static final int BATCH_SIZE = 64;

    /** Orders findings for reports: file, line, rule, document, message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.document() == null ? "" : f.document())
            .thenComparing(Finding::message);

    private final CacheSettings cacheSettings;
    /** What the current (or last) run is doing, for a message when it fails: see {@link #phase()}. */
    private volatile String phase = "starting";
    /** The corpus-relative file the current run is reading, or {@code null}. */
    private volatile String file;

    /** An engine without incremental cache. */
    public CorpusEngine() {
        this((CacheSettings) null);
    }

    /** An engine that keeps per-document results in an incremental cache; {@code null} for none. */
    public CorpusEngine(CacheSettings cacheSettings) {
        this.cacheSettings = cacheSettings;
        this.analysed = null;
        this.services = Map.of();
    }

    /** Results of the document phase done elsewhere ({@link FileAnalyzer}), by corpus file; else {@code null}. */
    private final Map<String, CacheFile.Entry> analysed;

    /** Results published into the corpus phase's context before the first check finishes (by type). */
    private final Map<Class<?>, Object> services;

    private CorpusEngine(Map<String, CacheFile.Entry> analysed, Map<Class<?>, Object> services) {
        this.cacheSettings = null;
        this.analysed = analysed;
        this.services = Map.copyOf(services);
    }

    /**
     * An engine whose document phase was done elsewhere, e.g. by the workers of a cluster: the files of
     * {@code analysed} are replayed from their entries, as unchanged files are from the incremental cache, and only
     * the corpus phase (and files without an entry) runs here.
     */
    public static CorpusEngine replaying(Map<String, CacheFile.Entry> analysed) {
        return replaying(analysed, Map.of());
    }

    /**
     * As {@link #replaying(Map)}, with {@code services} published into the corpus phase's context before the first
     * check finishes ({@link io.github.corpuscheck.api.CorpusContext#result}): e.g. a cluster's implementation of
     * work a check would otherwise do here.
     */
    public static CorpusEngine replaying(Map<String, CacheFile.Entry> analysed, Map<Class<?>, Object> services) {
        return new CorpusEngine(java.util.Objects.requireNonNull(analysed, "analysed"), services);
    }

    /**
     * What the current or last run was doing: {@code reading the incremental cache}, {@code reading and analysing
     * documents}, {@code the corpus phase of DuplicateCheck}, {@code writing the incremental cache}, {@code done}.
     * Read after a run failed (e.g. ran out of memory) to say where.
     */
    public String phase() {
        return phase;
    }

    /** The corpus-relative file being read when the run was reading and analysing documents, or {@code null}. */
    public String file() {
        return phase.startsWith("reading and") ? file : null;
    }

    /**
     * Every check instance that started a run. A check keeps per-run state (collected documents, the corpus phase's
     * results), so an instance serves exactly one run; its {@link io.github.corpuscheck.api.CheckProvider} makes
     * new ones. Weak, so finished checks are not kept alive.
     */
    private static final Map<CorpusCheck<?>, Boolean> USED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Runs the request's checks over its corpus.
     *
     * @throws IllegalStateException if a check instance already served a run
     */
    public CheckResult run(CheckRequest request) throws IOException {
        for (CorpusCheck<?> check : request.checks()) {
            if (USED.putIfAbsent(check, Boolean.TRUE) != null) {
                throw new IllegalStateException("The check " + check.getClass().getSimpleName()
                        + " already served a run; a check instance serves one run: make a new one for each run.");
            }
        }
        long start = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        phase = "starting";
        file = null;
        Run run = new Run(request, f -> file = f);
        for (CorpusCheck<?> check : request.checks()) {
            check.enable(rule -> run.severities.get(rule.id()) != Severity.OFF);
        }
        if (analysed != null) {
            run.cache = IncrementalCache.replaying(analysed);
        } else if (cacheSettings != null) {
            phase = "reading the incremental cache";
            run.cache = IncrementalCache.open(cacheSettings, request.checks(), run.rules);
            timings.put("cache:read", millisSince(start));
        }
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "corpus-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            run.pool = pool;
            long t0 = System.nanoTime();
            phase = "reading and analysing documents";
            run.phaseStarted("reading and analysis");
            run.readAndAnalyze();
            run.phaseEnded(String.format(java.util.Locale.ROOT, "%,d documents", run.analysed));
            timings.put("read+analyze", millisSince(t0));
            boolean finished = false;
            try {
                services.forEach(run.published::put);
                run.phaseStarted("cross-document checks");
                for (CorpusCheck<?> check : request.checks()) {
                    long t = System.nanoTime();
                    phase = "the corpus phase of " + check.getClass().getSimpleName();
                    check.finish(run, run.directSink);
                    run.endStep();
                    timings.put("finish:" + check.getClass().getSimpleName(), millisSince(t));
                }
                run.phaseEnded(null);
                finished = true;
            } finally { // after the corpus phase, so the memo holds what it used; even when a check failed
                if (run.cache != null) {
                    long t1 = System.nanoTime();
                    if (finished) { // else the phase keeps naming the check that failed
                        phase = "writing the incremental cache";
                    }
                    run.cache.save();
                    timings.put("cache:write", millisSince(t1));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        timings.put("engine", millisSince(start));
        phase = "done";
        return run.result(timings);
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /** State of one run; also the checks' view of the corpus in their finish step. */
    private static final class Run implements CorpusContext {
        private final CheckRequest request;
        private final Map<String, Severity> severities = new HashMap<>();
        final Map<String, Rule> rules = new TreeMap<>();
        private final DocumentTableBuilder table = new DocumentTableBuilder();
        private final FindingStore store = new FindingStore();
        private final Map<Class<?>, Object> published = new HashMap<>();
        private final SortedMap<String, Object> summary = new TreeMap<>();
        private final SortedMap<String, ReportSection> sections = new TreeMap<>();
        private final FindingSink directSink = b -> add(b, store);
        private ExecutorService pool;

        /** Told the corpus-relative path of each file before it is read. */
        private final Consumer<String> reading;

        Run(CheckRequest request, Consumer<String> reading) {
            this.request = request;
            this.reading = reading;
            List<Rule> all = new ArrayList<>(InputRules.ALL);
            request.checks().forEach(c -> all.addAll(c.rules()));
            for (Rule r : all) {
                Rule previous = rules.put(r.id(), r);
                if (previous != null && previous != r && !previous.equals(r)) {
                    throw new IllegalStateException("Rule defined twice: " + r.id());
                }
                severities.put(r.id(), request.ruleSettings().severityOf(r));
            }
        }

        /** Builds the finding with its effective severity; rules switched off are dropped. */
        private Finding resolve(Finding.Builder b) {
            Severity s = severities.get(b.rule().id());
            if (s == null) {
                throw new IllegalStateException("Rule not declared by any check: " + b.rule().id());
            }
            return s == Severity.OFF ? null : b.severity(s).build();
        }

        /** The findings of these builders whose rules are not off; an immutable empty list when there are none. */
        private List<Finding> resolveAll(List<Finding.Builder> builders) {
            if (builders.isEmpty()) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>(builders.size());
            for (Finding.Builder b : builders) {
                Finding f = resolve(b);
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        }

        private void add(Finding.Builder b, FindingStore target) {
            Finding f = resolve(b);
            if (f != null) {
                target.add(f);
            }
        }

        /**
         * One document's analysis: its local findings and each check's state. {@code entry} is the cache entry of
         * its file (or {@code null}); {@code replayed} when it came from the cache rather than from analysis.
         */
        private record Analysis(Document doc, int index, long key, List<Finding> findings, Object[] states,
                CacheFile.Entry entry, boolean replayed) {}

        private final ArrayDeque<Future<List<Analysis>>> inFlight = new ArrayDeque<>();
        private final List<Document> batch = new ArrayList<>(BATCH_SIZE);
        private final List<CacheFile.Entry> batchEntries = new ArrayList<>(BATCH_SIZE);
        private long analysed;
        /** The incremental cache, or {@code null} when off (or switched off during this run). */
        IncrementalCache cache;
        /** The cache entry of the file being read, collecting its documents; {@code null} when not caching it. */
        private CacheFile.Entry current;

        void readAndAnalyze() throws IOException {
            DocumentConsumer consumer = doc -> {
                table.add(doc.index(), doc.id(), doc.file(), doc.line());
                batch.add(doc);
                batchEntries.add(current);
                if (batch.size() == BATCH_SIZE) {
                    submitBatch();
                }
            };
            // Reader findings are tied to reading order too: they go straight to the store (and the file's entry).
            FindingSink readerSink = b -> {
                Finding f = resolve(b);
                if (f != null) {
                    store.add(f);
                    if (current != null) {
                        current.readerFindings.add(IncrementalCache.rebase(f, -current.firstIndex));
                    }
                }
            };
            if (cache == null) {
                // A gate that reads every file: it only follows which file is being read.
                request.source().read(consumer, directSink, (file, path, size, firstIndex) -> {
                    reading.accept(file);
                    return null;
                });
            } else if (!request.source().read(consumer, readerSink, this::gate)) {
                cache = null; // this source cannot skip files
            }
            reading.accept(null);
            submitBatch();
            drain(0);
        }

        /** Asked before each file: replays a cached file's documents, or opens an entry for a file to be read. */
        private int[] gate(String file, Path path, long size, int firstIndex) {
            reading.accept(file);
            CacheFile.Entry hit = cache.lookup(file, path, size);
            if (hit == null) {
                current = cache.fresh(file, path, size, firstIndex);
                return null;
            }
            current = null;
            submitBatch(); // documents read before this file are collected first
            for (Finding f : hit.readerFindings) {
                store.add(IncrementalCache.rebase(f, firstIndex));
            }
            int[] lines = new int[hit.docs.size()];
            List<Analysis> replay = new ArrayList<>(lines.length);
            for (int k = 0; k < lines.length; k++) {
                CacheFile.Doc d = hit.docs.get(k);
                int index = firstIndex + k;
                lines[k] = d.line();
                table.add(index, d.id(), file, d.line());
                List<Finding> findings = new ArrayList<>(d.findings().size());
                for (Finding f : d.findings()) {
                    findings.add(IncrementalCache.rebase(f, firstIndex));
                }
                replay.add(new Analysis(null, index, d.key(), findings, d.states(), hit, true));
                if (replay.size() == BATCH_SIZE || k == lines.length - 1) {
                    inFlight.add(CompletableFuture.completedFuture(List.copyOf(replay)));
                    replay.clear();
                    drain(request.threads() * 2);
                }
            }
            return lines;
        }

        private void submitBatch() {
            if (batch.isEmpty()) {
                return;
            }
            List<Document> docs = new ArrayList<>(batch);
            List<CacheFile.Entry> entries = new ArrayList<>(batchEntries);
            batch.clear();
            batchEntries.clear();
            List<CorpusCheck<?>> checks = request.checks();
            inFlight.add(pool.submit(() -> analyzeBatch(docs, entries, checks)));
            drain(request.threads() * 2);
        }

        /** Collects finished batches until fewer than {@code keep} are in flight. */
        private void drain(int keep) {
            while (!inFlight.isEmpty() && inFlight.size() >= Math.max(keep, 1)) {
                analysed += collect(inFlight.poll(), request.checks());
                progress(analysed);
            }
        }

        private void progress(long done) {
            if (request.progress() != null) {
                request.progress().documents(done, request.source().bytesRead());
            }
        }

        /** Whether a check named a step of its corpus phase that is not over yet. */
        private boolean inStep;

        void phaseStarted(String name) {
            if (request.progress() != null) {
                request.progress().phaseStarted(name);
            }
        }

        void phaseEnded(String outcome) {
            if (request.progress() != null) {
                request.progress().phaseEnded(outcome);
            }
        }

        /** Ends the step a check named, if any. */
        void endStep() {
            if (inStep) {
                inStep = false;
                phaseEnded(null);
            }
        }

        @Override
        public void phase(String name) {
            endStep();
            inStep = true;
            phaseStarted(name);
        }

        private List<Analysis> analyzeBatch(List<Document> docs, List<CacheFile.Entry> entries,
                List<CorpusCheck<?>> checks) {
            List<Analysis> out = new ArrayList<>(docs.size());
            // Checks only hand their findings over; they are resolved after the document's checks, in one place, so
            // the JIT does not compile finding construction into every check's reporting sites.
            List<Finding.Builder> reported = new ArrayList<>();
            FindingSink sink = reported::add;
            for (int d = 0; d < docs.size(); d++) {
                Document doc = docs.get(d);
                DocumentScratch scratch = new DocumentScratch();
                Object[] states = new Object[checks.size()];
                for (int i = 0; i < checks.size(); i++) {
                    states[i] = checks.get(i).analyze(doc, scratch, sink);
                }
                List<Finding> local = resolveAll(reported);
                reported.clear();
                // Only documents of cached files get a content key: only they can be found in the memo again.
                long key = entries.get(d) == null ? 0 : CorpusMemo.documentKey(doc);
                out.add(new Analysis(doc, doc.index(), key, local, states, entries.get(d), false));
            }
            return out;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private int collect(Future<List<Analysis>> future, List<CorpusCheck<?>> checks) {
            List<Analysis> analyses = Tasks.await(future, "checking the corpus");
            for (Analysis a : analyses) {
                a.findings().forEach(store::add);
                for (int i = 0; i < checks.size(); i++) {
                    ((CorpusCheck) checks.get(i)).collect(a.index(), a.states()[i]);
                }
                if (a.entry() != null) {
                    cache.memo().setDocumentKey(a.index(), a.key());
                    if (!a.replayed()) {
                        a.entry().addDocument(a.doc(), a.key(), a.findings(), a.states());
                    }
                }
            }
            return analyses.size();
        }

        CheckResult result(Map<String, Long> timings) {
            List<Finding> reported = new ArrayList<>();
            for (Finding f : store.all()) {
                if (request.reports(f.rule().family())) {
                    reported.add(f);
                }
            }
            reported.sort(REPORT_ORDER);
            SortedMap<String, Integer> byRule = new TreeMap<>();
            reported.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
            List<LimitResult> limitResults = LimitEvaluator.evaluate(request.limits(), reported, table.size());
            SortedMap<String, CheckResult.RuleStatus> statuses = new TreeMap<>();
            rules.forEach((id, r) -> {
                if (request.reports(r.family())) {
                    statuses.put(id, new CheckResult.RuleStatus(r, severities.get(id)));
                }
            });
            CorpusSource src = request.source();
            return new CheckResult(request.corpusLabel(), table.size(), src.files(), src.bytes(), statuses, List.copyOf(reported),
                    byRule, summary, sections, limitResults, timings);
        }

        // ---- CorpusContext ----

        @Override
        public DocumentTable documents() {
            return table;
        }

        @Override
        public int errorCount(int documentIndex) {
            return store.errorCount(documentIndex);
        }

        @Override
        public <T> void publish(Class<T> type, T value) {
            published.put(type, value);
        }

        @Override
        public <T> Optional<T> result(Class<T> type) {
            return Optional.ofNullable(type.cast(published.get(type)));
        }

        @Override
        public <T> void rereadInParallel(BitSet wanted, java.util.function.Function<Document, T> work,
                java.util.function.ObjIntConsumer<T> results) throws IOException {
            ParallelReread.run(this, wanted, work, results);
        }

        @Override
        public void reread(BitSet wanted, DocumentConsumer consumer) throws IOException {
            if (!wanted.isEmpty()) {
                request.source().reread(wanted, consumer);
            }
        }

        @Override
        public CorpusMemo memo() {
            return cache == null ? CorpusMemo.OFF : cache.memo();
        }

        @Override
        public int amend(int documentIndex, Rule rule, UnaryOperator<Finding.Builder> change) {
            return store.amend(documentIndex, rule, change);
        }

        @Override
        public void summary(String key, Object value) {
            summary.put(key, value);
        }

        @Override
        public void section(ReportSection section) {
            sections.put(section.name(), section);
        }

        @Override
        public ExecutorService executor() {
            return pool;
        }

        @Override
        public int threads() {
            return request.threads();
        }
    }
}
