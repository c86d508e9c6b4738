package io.github.corpuscheck.report;

import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.LengthHistogramSection;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A small hand-made result with one finding of each kind the writers treat differently. */
public final class ReportFixtures {

    static final Rule EXACT = new Rule("duplicate.exact", Severity.ERROR,
            "The text is identical to its cluster's representative after normalisation.");
    public static final Rule MISSING = new Rule("metadata.missing", Severity.ERROR, "A required metadata field is absent or blank.");
    static final Rule MID = new Rule("truncation.mid-sentence", Severity.WARNING,
            "The text stops in the middle of a sentence. Often a cut-off feed.");
    public static final Rule QUIET = new Rule("boilerplate.trailer", Severity.OFF, "A trailer line.");

    public static final String SCRIPT = "<script>alert('x')</script>";

    private ReportFixtures() {}

    public static Finding exact() {
        return Finding.builder(EXACT).severity(Severity.ERROR).document(1, "wire/b.txt").at("wire/b.txt", 1)
                .message("Exact duplicate of wire/a.txt.").related("wire/a.txt", new Location("wire/a.txt", 1)).build();
    }

    public static Finding missing() {
        return Finding.builder(MISSING).severity(Severity.ERROR).document(3, "feed.jsonl:3").at("feed.jsonl", 3)
                .message("No date.").evidence("field", "date").build();
    }

    public static Finding mid() {
        return Finding.builder(MID).severity(Severity.WARNING).document(4, "storm").at("wire/storm report.txt", 0)
                .message("Stops after: " + SCRIPT).evidence("lastWords", "ends with " + SCRIPT).evidence("chars", 812).build();
    }

    public static CheckResult result() {
        return result(List.of(missing(), exact(), mid()), List.of(
                new LimitResult("truncation.*", "count", 1, 0, false),
                new LimitResult("duplicate.*", "ratio", 0.2, 0.5, true)));
    }

    public static CheckResult result(List<Finding> findings, List<LimitResult> limits) {
        SortedMap<String, CheckResult.RuleStatus> rules = new TreeMap<>();
        for (Rule r : List.of(EXACT, MISSING, MID, QUIET)) {
            rules.put(r.id(), new CheckResult.RuleStatus(r, r.defaultSeverity()));
        }
        SortedMap<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        SortedMap<String, Object> summary = new TreeMap<>(Map.of("duplicateClusters", 1));
        return new CheckResult("src/main/corpus", 5, 4, 1234, rules, findings, byRule, summary,
                sections(clusters(), histogram()), limits, Map.of("engine", 10L));
    }

    /** wire/b.txt, an exact copy of wire/a.txt. */
    public static DuplicateClustersSection clusters() {
        return new DuplicateClustersSection(List.of(new DuplicateClustersSection.Cluster("wire/a.txt",
                List.of(new DuplicateClustersSection.Member("wire/b.txt", EXACT.id(), 1.0, 1.0, 1.0, 3)))));
    }

    public static LengthHistogramSection histogram() {
        return new LengthHistogramSection(List.of(new LengthHistogramSection.Bucket("0", 1),
                new LengthHistogramSection.Bucket("1-49", 3), new LengthHistogramSection.Bucket("50-99", 1)));
    }

    /** Sections by name, as a result holds them. */
    public static SortedMap<String, ReportSection> sections(ReportSection... sections) {
        SortedMap<String, ReportSection> out = new TreeMap<>();
        for (ReportSection s : sections) {
            out.put(s.name(), s);
        }
        return out;
    }

    /** {@code base} with these sections instead of its own. */
    public static CheckResult withSections(CheckResult base, ReportSection... sections) {
        return new CheckResult(base.corpusLabel(), base.documents(), base.files(), base.bytes(), base.rules(),
                base.findings(), base.byRule(), base.summary(), sections(sections), base.limits(), base.timings());
    }

    public static ReportContext context(Path project) {
        return new ReportContext(project.resolve("target/corpus"), project, project.resolve("src/main/corpus"), "1.2.3");
    }
}
