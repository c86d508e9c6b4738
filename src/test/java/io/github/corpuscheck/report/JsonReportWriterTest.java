package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.BaselineSection;
import io.github.corpuscheck.api.DuplicateClustersSection;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.api.SharedParagraphsSection.MarkedParagraph;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.api.SuppressedSection;
import io.github.corpuscheck.engine.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    @TempDir
    Path project;

    /** The published layout of every section, written from the typed sections, by name after the findings. */
    @Test
    void writesEachSectionUnderItsNameInTheSchemaLayout() throws Exception {
        DuplicateClustersSection clusters = new DuplicateClustersSection(List.of(new DuplicateClustersSection.Cluster("wire/a.txt",
                List.of(new DuplicateClustersSection.Member("wire/b.txt", "duplicate.near", 0.5656, 0.6803, 0.7703, 10)))));
        SharedParagraphsSection pairs = new SharedParagraphsSection(List.of(new SharedParagraphsSection.Pair("b", "a",
                List.of(new MarkedParagraph("Same.", true)),
                List.of(new MarkedParagraph("Same!", true), new MarkedParagraph("Other.", false)))));
        BaselineSection baseline = new BaselineSection(1, List.of(new BaselineSection.Baselined(ReportFixtures.exact(), "fb")),
                List.of(new BaselineSection.Fixed("metadata.missing", "gone.txt", "fg")));
        SuppressedSection suppressed = new SuppressedSection(List.of(
                new SuppressedSection.Suppressed(ReportFixtures.missing(), "corpus-ignore: metadata.*")));
        CheckResult r = ReportFixtures.withSections(ReportFixtures.result(List.of(), List.of()),
                suppressed, ReportFixtures.histogram(), clusters, pairs, baseline);

        Path file = new JsonReportWriter().write(r, ReportFixtures.context(project));
        String json = Files.readString(file);
        assertEquals("""
                  "baseline": {
                    "fingerprintVersion": 1,
                    "baselined": [
                      {
                        "rule": "duplicate.exact",
                        "severity": "error",
                        "document": "wire/b.txt",
                        "file": "wire/b.txt",
                        "line": 1,
                        "message": "Exact duplicate of wire/a.txt.",
                        "fingerprint": "fb"
                      }
                    ],
                    "fixed": [
                      {
                        "rule": "metadata.missing",
                        "document": "gone.txt",
                        "fingerprint": "fg"
                      }
                    ]
                  },
                  "duplicatePairs": [
                    {
                      "member": "b",
                      "representative": "a",
                      "memberParagraphs": [
                        {
                          "text": "Same.",
                          "shared": true
                        }
                      ],
                      "representativeParagraphs": [
                        {
                          "text": "Same!",
                          "shared": true
                        },
                        {
                          "text": "Other.",
                          "shared": false
                        }
                      ]
                    }
                  ],
                  "duplicates": {
                    "clusters": [
                      {
                        "id": "wire/a.txt",
                        "representative": "wire/a.txt",
                        "size": 2,
                        "lowestSimilarity": 0.5656,
                        "members": [
                          {
                            "document": "wire/b.txt",
                            "rule": "duplicate.near",
                            "jaccard": 0.5656,
                            "containmentOfDocument": 0.6803,
                            "containmentOfRepresentative": 0.7703,
                            "sharedParagraphs": 10
                          }
                        ]
                      }
                    ]
                  },
                  "lengthHistogram": {
                    "0": 1,
                    "1-49": 3,
                    "50-99": 1
                  },
                  "suppressed": [
                    {
                      "rule": "metadata.missing",
                      "severity": "error",
                      "document": "feed.jsonl:3",
                      "file": "feed.jsonl",
                      "line": 3,
                      "message": "No date.",
                      "reason": "corpus-ignore: metadata.*"
                    }
                  ]
                }
                """, json.substring(json.indexOf("  \"baseline\": {")));
    }

    /** An unpaired surrogate (written by Jackson as a lone \\ud800 escape) becomes U+FFFD; a pair stays as it was. */
    @Test
    void unpairedSurrogatesBecomeReplacementCharactersAndPairsStay() throws Exception {
        Finding f = Finding.builder(ReportFixtures.MISSING).severity(Severity.ERROR).document(0, "a\uD800")
                .at("a.jsonl", 1).message("Pair \uD83D\uDE00, lone \uDC00.").evidence("k\uDBFF", List.of("v\uD800")).build();
        Path file = new JsonReportWriter().write(ReportFixtures.result(List.of(f), List.of()), ReportFixtures.context(project));
        String json = Files.readString(file);
        assertTrue(json.contains("""
                      "document": "a\uFFFD",
                      "file": "a.jsonl",
                      "line": 1,
                      "message": "Pair \\uD83D\\uDE00, lone \uFFFD.",
                      "related": [ ],
                      "relatedLocations": [ ],
                      "evidence": {
                        "k\uFFFD": [
                          "v\uFFFD"
                        ]
                      }
                """), json);
    }
}
