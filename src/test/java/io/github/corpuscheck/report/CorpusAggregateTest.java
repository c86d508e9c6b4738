package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two modules' reports side by side: totals, counts per module, locations from the aggregating folder, the JSON. */
class CorpusAggregateTest {

    @TempDir
    Path dir;

    static final CorpusReport.FindingRow NEAR = new CorpusReport.FindingRow("duplicate.near", "warning", "b2",
            "b2.txt", 1, "Near duplicate of b1.");

    /** module-b: one near-duplicate warning, passed; module-a: the fixture (two errors, a crossed limit). */
    static CorpusAggregate aggregate() {
        CorpusReport b = new CorpusReport("1.2.3", "corpus", 2, 2, 900, 0, 1, false, -1, -1,
                new TreeMap<>(Map.of("duplicate.near", 1L)), Map.of("duplicate.near", "warning"), List.of(),
                List.of(NEAR), List.of(new CorpusReport.Cluster("b1", 2, 0.8123456, List.of("b2"))));
        return new CorpusAggregate("9.9", List.of(new CorpusAggregate.Module("module-b", "b-art", b),
                new CorpusAggregate.Module("module-a", "a-art", ReportJsonReaderTest.expected())));
    }

    @Test
    void modulesAreSortedAndCountedTogether() {
        CorpusAggregate a = aggregate();

        assertEquals(List.of("module-a", "module-b"), a.modules().stream().map(CorpusAggregate.Module::name).toList());
        assertEquals(6, a.files());
        assertEquals(7, a.documents());
        assertEquals(2134, a.bytes());
        assertEquals(2, a.errors());
        assertEquals(2, a.warnings());
        assertEquals(true, a.failed());
        assertEquals(List.of("module-a"), a.failedModules());
        assertEquals(Map.of("duplicate.exact", 1L, "duplicate.near", 1L, "metadata.missing", 1L,
                "truncation.mid-sentence", 1L), a.byRule());
        assertEquals(Map.of("duplicate.exact", Map.of("module-a", 1L), "duplicate.near", Map.of("module-b", 1L),
                "metadata.missing", Map.of("module-a", 1L), "truncation.mid-sentence", Map.of("module-a", 1L)),
                a.byRuleAndModule());
    }

    @Test
    void everyFindingIsLocatedFromTheAggregatingFolder() {
        List<String> locations = aggregate().findings().stream().map(CorpusAggregate.ModuleFinding::location).toList();

        assertEquals(List.of("module-a/src/main/corpus/feed.jsonl:3", "module-a/src/main/corpus/wire/b.txt:1",
                "module-a/src/main/corpus/wire/storm report.txt", "module-b/corpus/b2.txt:1"), locations);
        assertEquals(List.of("module-a/src/main/corpus/feed.jsonl:3", "module-a/src/main/corpus/wire/b.txt:1",
                "module-a/src/main/corpus/wire/storm report.txt"),
                aggregate().worstFindings(3).stream().map(CorpusAggregate.ModuleFinding::location).toList());
        assertEquals(List.of("module-a", "module-b"),
                aggregate().clusters().stream().map(CorpusAggregate.ModuleCluster::module).toList());
    }

    @Test
    void theAggregatingProjectAndAbsoluteCorporaKeepTheirPaths() {
        CorpusReport r = ReportJsonReaderTest.expected();
        CorpusReport outside = new CorpusReport(r.toolVersion(), "/data/corpus", r.files(), r.documents(), r.bytes(),
                r.errors(), r.warnings(), r.failed(), r.suppressed(), r.baselined(), r.byRule(), r.severities(),
                r.limits(), r.findings(), r.clusters());
        CorpusReport root = new CorpusReport(r.toolVersion(), ".", r.files(), r.documents(), r.bytes(), r.errors(),
                r.warnings(), r.failed(), r.suppressed(), r.baselined(), r.byRule(), r.severities(), r.limits(),
                r.findings(), r.clusters());

        assertEquals("src/main/corpus/a.txt", new CorpusAggregate.Module(".", "p", r).path("a.txt"));
        assertEquals("/data/corpus/a.txt", new CorpusAggregate.Module("m", "m", outside).path("a.txt"));
        assertEquals("m/a.txt", new CorpusAggregate.Module("m", "m", root).path("a.txt"));
        assertEquals("a.txt", new CorpusAggregate.Module(".", "p", root).path("a.txt"));
        assertThrows(IllegalArgumentException.class, () -> new CorpusAggregate("1", List.of(
                new CorpusAggregate.Module("m", "x", r), new CorpusAggregate.Module("m", "y", r))));
    }

    @Test
    void theAggregateJsonIsSortedAndStable() throws Exception {
        Path file = dir.resolve("target/corpus/aggregate/report.json");
        AggregateJsonWriter.write(aggregate(), file);
        String first = Files.readString(file);
        // the same reports listed the other way round give the same bytes
        CorpusAggregate a = aggregate();
        AggregateJsonWriter.write(new CorpusAggregate(a.toolVersion(), List.of(a.modules().get(1), a.modules().get(0))),
                file);

        assertEquals(first, Files.readString(file));
        assertEquals("""
                {
                  "schemaVersion": 1,
                  "kind": "aggregate",
                  "tool": {
                    "name": "corpus-maven-plugin",
                    "version": "9.9"
                  },
                  "summary": {
                    "modules": 2,
                    "files": 6,
                    "documents": 7,
                    "bytes": 2134,
                    "errors": 2,
                    "warnings": 2,
                    "failed": true,
                    "failedModules": [
                      "module-a"
                    ],
                    "byRule": {
                      "duplicate.exact": 1,
                      "duplicate.near": 1,
                      "metadata.missing": 1,
                      "truncation.mid-sentence": 1
                    }
                  },
                  "modules": [
                    {
                      "module": "module-a",
                      "artifactId": "a-art",
                      "corpus": "module-a/src/main/corpus",
                      "files": 4,
                      "documents": 5,
                      "bytes": 1234,
                      "errors": 2,
                      "warnings": 1,
                      "failed": true,
                      "byRule": {
                        "duplicate.exact": 1,
                        "metadata.missing": 1,
                        "truncation.mid-sentence": 1
                      },
                      "duplicateClusters": 1,
                      "limits": [
                        {
                          "target": "truncation.*",
                          "metric": "count",
                          "value": 1,
                          "maximum": 0,
                          "passed": false
                        },
                        {
                          "target": "duplicate.*",
                          "metric": "ratio",
                          "value": 0.2,
                          "maximum": 0.5,
                          "passed": true
                        }
                      ]
                    },
                    {
                      "module": "module-b",
                      "artifactId": "b-art",
                      "corpus": "module-b/corpus",
                      "files": 2,
                      "documents": 2,
                      "bytes": 900,
                      "errors": 0,
                      "warnings": 1,
                      "failed": false,
                      "byRule": {
                        "duplicate.near": 1
                      },
                      "duplicateClusters": 1,
                      "limits": [ ]
                    }
                  ],
                  "findings": [
                    {
                      "module": "module-a",
                      "rule": "metadata.missing",
                      "severity": "error",
                      "document": "feed.jsonl:3",
                      "file": "module-a/src/main/corpus/feed.jsonl",
                      "line": 3,
                      "message": "No date."
                    },
                    {
                      "module": "module-a",
                      "rule": "duplicate.exact",
                      "severity": "error",
                      "document": "wire/b.txt",
                      "file": "module-a/src/main/corpus/wire/b.txt",
                      "line": 1,
                      "message": "Exact duplicate of wire/a.txt."
                    },
                    {
                      "module": "module-a",
                      "rule": "truncation.mid-sentence",
                      "severity": "warning",
                      "document": "storm",
                      "file": "module-a/src/main/corpus/wire/storm report.txt",
                      "line": 0,
                      "message": "Stops after: <script>alert('x')</script>"
                    },
                    {
                      "module": "module-b",
                      "rule": "duplicate.near",
                      "severity": "warning",
                      "document": "b2",
                      "file": "module-b/corpus/b2.txt",
                      "line": 1,
                      "message": "Near duplicate of b1."
                    }
                  ]
                }
                """, first);
    }
}
