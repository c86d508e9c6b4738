package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.cache.CacheFile;
import io.github.corpuscheck.cache.CorpusMemo;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.InputRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document phase of a run for files read elsewhere, e.g. by the workers of a cluster: each document of a file
 * is analysed by every check, as {@link CorpusEngine} analyses it, into the file's {@link CacheFile.Entry} (findings
 * with their effective severity, indices relative to the file, each check's state). A run then replays the entries
 * ({@link CorpusEngine#replaying}) and does the corpus phase. Checks are instances of their own: one analyser per
 * worker, never shared with the run.
 */
public final class FileAnalyzer {

    private final List<CorpusCheck<?>> checks;
    private final Map<String, Severity> severities = new HashMap<>();
    private final CacheFile format;

    public FileAnalyzer(List<CorpusCheck<?>> checks, RuleSettings ruleSettings) {
        this.checks = List.copyOf(checks);
        List<Rule> all = new ArrayList<>(InputRules.ALL);
        checks.forEach(c -> all.addAll(c.rules()));
        Map<String, Rule> rules = new HashMap<>();
        for (Rule r : all) {
            rules.put(r.id(), r);
            severities.put(r.id(), ruleSettings.severityOf(r));
        }
        for (CorpusCheck<?> check : checks) {
            check.enable(rule -> severities.get(rule.id()) != Severity.OFF);
        }
        this.format = new CacheFile(this.checks, rules);
    }

    /** How entries travel as bytes (every check stores its state with its {@link CorpusCheck#stateCodec}). */
    public CacheFile format() {
        return format;
    }

    /** A new entry for a file. */
    public CacheFile.Entry entry(String file) {
        return CacheFile.analysed(file);
    }

    /** A sink for the reader's problems with the file: into the entry, with their effective severity. */
    public FindingSink readerSink(CacheFile.Entry entry) {
        return b -> {
            Finding f = resolve(b);
            if (f != null) {
                entry.readerFindings.add(f);
            }
        };
    }

    /** Analyses one document (its index relative to the file) into the entry. */
    public void analyze(Document doc, CacheFile.Entry entry) {
        List<Finding.Builder> reported = new ArrayList<>();
        FindingSink sink = reported::add;
        DocumentScratch scratch = new DocumentScratch();
        Object[] states = new Object[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            states[i] = checks.get(i).analyze(doc, scratch, sink);
        }
        List<Finding> findings = new ArrayList<>(reported.size());
        for (Finding.Builder b : reported) {
            Finding f = resolve(b);
            if (f != null) {
                findings.add(f);
            }
        }
        entry.docs.add(new CacheFile.Doc(doc.id(), doc.line(), CorpusMemo.documentKey(doc), findings, states));
    }

    private Finding resolve(Finding.Builder b) {
        Severity s = severities.get(b.rule().id());
        if (s == null) {
            throw new IllegalStateException("Rule not declared by any check: " + b.rule().id());
        }
        return s == Severity.OFF ? null : b.severity(s).build();
    }
}
