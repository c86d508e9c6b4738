package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.run.CheckSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance figures on the shared data (skipped when ../shared is absent): the seeds and Reuters-21578, read by the
 * plugin's own reader. Prints the counts it asserts.
 */
class MetadataMeasurementTest {

    static Path shared(String sub) {
        for (String base : List.of("../shared")) {
            Path p = Path.of(base, sub);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    static List<Finding> metadata(CheckResult r) {
        return r.findings().stream().filter(f -> f.rule().family().equals("metadata")).toList();
    }

    @Test
    void seedsWithTheStandardSuite() throws Exception {
        Path seeds = shared("seeds");
        assumeTrue(seeds != null, "shared seeds not present");
        CheckResult r = new CorpusEngine().run(new CheckRequest(MetadataFixtureTest.reader(seeds, "*.txt"), "seeds",
                CheckSuite.standard(MetadataConfig.defaults(), DuplicateConfig.defaults(), TruncationConfig.defaults(),
                        BoilerplateConfig.defaults()),
                null, null, null, 2, null));
        List<Finding> meta = metadata(r);
        meta.forEach(f -> System.out.println("seeds: " + f + " " + f.evidence()));
        assertEquals(1, meta.size());
        assertEquals("metadata.missing", meta.get(0).ruleId());
        assertEquals("000_07b1de2b178fda24.txt", meta.get(0).document());
        assertEquals("date", meta.get(0).evidence().get("field"));
        // The real duplicate check publishes the pair as near-duplicates: the dated edition is named.
        assertEquals("No date: the required field 'date' is missing; 002_0ccf2b6c9cd7d587.txt, a near-duplicate, is dated"
                + " 2023-09-04.", meta.get(0).message());
        assertEquals(List.of("002_0ccf2b6c9cd7d587.txt"), meta.get(0).related());
    }

    @Test
    void seedsWithThePairPublishedAsNearDuplicates() throws Exception {
        Path seeds = shared("seeds");
        assumeTrue(seeds != null, "shared seeds not present");
        List<CorpusCheck<?>> checks = List.of(
                new DuplicateEvidenceTest.FakeDuplicates().cluster(null, 0, 1).paragraphs(0, 1, 2).paragraphs(1, 1),
                new MetadataCheck(MetadataConfig.defaults()));
        CheckResult r = new CorpusEngine().run(new CheckRequest(MetadataFixtureTest.reader(seeds, "*.txt"), "seeds", checks,
                null, null, null, 2, null));
        List<Finding> meta = metadata(r);
        assertEquals(1, meta.size());
        assertEquals("No date: the required field 'date' is missing; 002_0ccf2b6c9cd7d587.txt, a near-duplicate, is dated"
                + " 2023-09-04.", meta.get(0).message());
        assertEquals("002_0ccf2b6c9cd7d587.txt, a near-duplicate, is dated 2023-09-04", meta.get(0).evidence().get("duplicateDated"));
    }

    @Test
    void reuters() throws Exception {
        Path dir = shared("corpora/reuters21578");
        assumeTrue(dir != null, "shared Reuters data not present");
        RuleSettings titlesOn = new RuleSettings(Map.of("metadata.title-repeated", Severity.WARNING,
                "metadata.title-case", Severity.WARNING));
        CheckResult r = new CorpusEngine().run(new CheckRequest(MetadataFixtureTest.reader(dir, "*.jsonl.gz"), "reuters",
                List.of(new MetadataCheck(MetadataConfig.builder().maxDate(LocalDate.parse("2026-11-25")).build())), titlesOn,
                null, null, 2, null));
        System.out.println("reuters: documents " + r.documents() + " " + r.byRule() + " timings " + r.timings());
        List<Finding> meta = metadata(r);

        List<Finding> invalid = byRule(meta, "metadata.invalid");
        assertEquals(List.of("17192"), invalid.stream().map(Finding::document).toList());
        assertEquals("31-MAR-1987 605:12:19.12", invalid.get(0).evidence().get("value"));
        assertEquals(328, byRule(meta, "metadata.noisy").size());
        assertEquals(0, byRule(meta, "metadata.missing").size());
        assertEquals(0, byRule(meta, "metadata.out-of-range").size());

        Map<Long, Long> gaps = byRule(meta, "metadata.inconsistent").stream()
                .collect(Collectors.groupingBy(f -> (Long) f.evidence().get("gapDays"), TreeMap::new, Collectors.counting()));
        System.out.println("reuters: inconsistent by gap in days " + gaps);
        long over7 = gaps.entrySet().stream().filter(e -> e.getKey() > 7).mapToLong(Map.Entry::getValue).sum();
        long from3to7 = gaps.entrySet().stream().filter(e -> e.getKey() >= 3 && e.getKey() <= 7).mapToLong(Map.Entry::getValue).sum();
        assertEquals(21, over7);
        assertEquals(19, from3to7);
        assertEquals(40, byRule(meta, "metadata.inconsistent").size());

        List<Finding> unreadable = byRule(meta, "metadata.dateline-unreadable");
        System.out.println("reuters: unreadable " + unreadable.stream().map(f -> f.document() + "=" + f.evidence().get("unreadable")).toList());
        assertEquals(25, unreadable.size());
        assertEquals(0, byRule(meta, "metadata.duplicate-id").size());
    }

    /** How the datelines of Reuters read: dated (by gap to the date field), unreadable, without any date. */
    @Test
    void reutersDatelineShapes() throws Exception {
        Path dir = shared("corpora/reuters21578");
        assumeTrue(dir != null, "shared Reuters data not present");
        DatelineParser parser = new DatelineParser();
        DateParser dates = new DateParser(DateParser.DEFAULT_PATTERNS);
        Map<String, Integer> kinds = new TreeMap<>();
        Map<Long, Integer> gaps = new TreeMap<>();
        MetadataFixtureTest.reader(dir, "*.jsonl.gz").read(d -> {
            Dateline dl = parser.fromField(d.field("dateline"));
            if (dl == null) {
                kinds.merge("absent", 1, Integer::sum);
            } else if (dl.unreadable() != null) {
                kinds.merge("unreadable", 1, Integer::sum);
            } else if (!dl.hasDate()) {
                kinds.merge(dl.text().contains(",") ? "place, no date" : "no comma, no date", 1, Integer::sum);
            } else {
                kinds.merge("dated", 1, Integer::sum);
                LocalDate date = dates.parse(d.field("date")).date();
                if (date != null) {
                    gaps.merge(Math.abs(dl.dateNear(date).toEpochDay() - date.toEpochDay()), 1, Integer::sum);
                }
            }
        }, b -> { });
        System.out.println("reuters datelines: " + kinds + " gaps " + gaps);
        assertEquals(25, kinds.get("unreadable"));
    }

    static List<Finding> byRule(List<Finding> fs, String rule) {
        return fs.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }
}
