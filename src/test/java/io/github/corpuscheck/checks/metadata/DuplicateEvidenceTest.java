package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.CorpusPhaseCheck;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dates of duplicates, from a {@link DuplicateResults} that a stand-in check publishes before metadata finishes. */
class DuplicateEvidenceTest {

    /** Publishes fixed clusters (representative -> members) and per-document paragraph hashes. */
    static final class FakeDuplicates extends CorpusPhaseCheck implements DuplicateResults {
        final Map<Integer, int[]> clusters = new LinkedHashMap<>();
        final Map<Integer, long[]> paragraphs = new LinkedHashMap<>();

        FakeDuplicates cluster(long[] hashes, int... members) {
            clusters.put(members[0], members);
            for (int m : members) {
                paragraphs.put(m, hashes);
            }
            return this;
        }

        FakeDuplicates paragraphs(int doc, long... hashes) {
            paragraphs.put(doc, hashes);
            return this;
        }

        @Override
        public void finish(CorpusContext context, FindingSink sink) {
            context.publish(DuplicateResults.class, this);
        }

        @Override
        public int representativeOf(int documentIndex) {
            for (int[] members : clusters.values()) {
                for (int m : members) {
                    if (m == documentIndex) {
                        return members[0];
                    }
                }
            }
            return -1;
        }

        @Override
        public int[] membersOf(int representativeIndex) {
            return clusters.get(representativeIndex);
        }

        @Override
        public long[] paragraphHashes(int documentIndex) {
            return paragraphs.getOrDefault(documentIndex, new long[0]);
        }
    }

    /** Two editions of one story (the longer undated), a pair of exact copies, an undated story with no duplicate. */
    static ListSource corpus() {
        return new ListSource()
                .add("000_edition.txt", "The mayor opened the new bridge.\nTraffic will flow from Monday.\nREAD MORE: Other news")
                .add("002_edition.txt", "OSLO, Sept 4, 2023 (AFP) \u2013 The mayor opened the new bridge.", "date", "2023-09-04")
                .add("copy-a.txt", "Snow closed the pass.", "title", "Pass closed")
                .add("copy-b.txt", "Snow closed the pass.", "date", "2023-09-05")
                .add("alone.txt", "Nothing like it anywhere.");
    }

    static CheckResult run(FakeDuplicates dups, MetadataConfig cfg) throws Exception {
        return run(dups, cfg, null);
    }

    /** With services published into the corpus phase's context, as a run on a cluster publishes its searches. */
    static CheckResult run(FakeDuplicates dups, MetadataConfig cfg, Map<Class<?>, Object> services) throws Exception {
        List<CorpusCheck<?>> checks = dups == null ? List.of(new MetadataCheck(cfg)) : List.of(dups, new MetadataCheck(cfg));
        CorpusEngine engine = services == null ? new CorpusEngine() : CorpusEngine.replaying(Map.of(), services);
        return engine.run(new CheckRequest(corpus(), "mem", checks, null, null, null, 2, null));
    }

    static Finding missing(CheckResult r, String doc, String field) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals("metadata.missing") && f.document().equals(doc) && f.evidence().get("field").equals(field))
                .findFirst().orElseThrow();
    }

    @Test
    void undatedDocumentNamesItsDatedDuplicate() throws Exception {
        FakeDuplicates dups = new FakeDuplicates()
                .cluster(null, 0, 1).paragraphs(0, 11, 12).paragraphs(1, 11)
                .cluster(new long[] {7}, 2, 3);
        CheckResult r = run(dups, MetadataConfig.builder().requiredFields(List.of("date", "title")).build());

        Finding near = missing(r, "000_edition.txt", "date");
        assertEquals("No date: the required field 'date' is missing; 002_edition.txt, a near-duplicate, is dated 2023-09-04.",
                near.message());
        assertEquals("002_edition.txt, a near-duplicate, is dated 2023-09-04", near.evidence().get("duplicateDated"));
        assertEquals("near", near.evidence().get("duplicateKind"));
        assertEquals("2023-09-04", near.evidence().get("duplicateDate"));
        assertEquals(List.of(new Location("002_edition.txt", 1)), near.relatedLocations());

        Finding exact = missing(r, "copy-a.txt", "date");
        assertEquals("No date: the required field 'date' is missing; copy-b.txt, an exact duplicate, is dated 2023-09-05.",
                exact.message());
        assertEquals("exact", exact.evidence().get("duplicateKind"));

        // Other missing fields of the same documents keep their plain message.
        assertEquals("No title: the required field 'title' is missing.", missing(r, "000_edition.txt", "title").message());
        assertEquals(List.of(), missing(r, "000_edition.txt", "title").related());
        // No duplicate: plain message.
        assertEquals("No date: the required field 'date' is missing.", missing(r, "alone.txt", "date").message());
        assertEquals(Map.of("field", "date"), missing(r, "alone.txt", "date").evidence());
    }

    @Test
    void quietWithoutDuplicateResultsOrWithoutADatedMember() throws Exception {
        CheckResult none = run(null, MetadataConfig.defaults());
        assertEquals("No date: the required field 'date' is missing.", missing(none, "000_edition.txt", "date").message());

        // The only other member (alone.txt) has no date either.
        FakeDuplicates undated = new FakeDuplicates().cluster(new long[] {1}, 0, 4);
        CheckResult r = run(undated, MetadataConfig.defaults());
        assertEquals(Map.of("field", "date"), missing(r, "000_edition.txt", "date").evidence());
        assertEquals(3, r.byRule().get("metadata.missing"));
    }

    /** The documents' dates as the corpus has them (epoch days), and whether the date field is missing. */
    private static final int[] DAYS = {DuplicateDates.NO_DATE, 19_604, DuplicateDates.NO_DATE, 19_605,
        DuplicateDates.NO_DATE};

    /** A search as a cluster does it: each cluster's members with their dates and hashes, the shared rules. */
    static final class ClusterSearch implements DuplicateDateSearch {
        int searches;

        @Override
        public java.util.Optional<List<Dated>> datedDuplicates(io.github.corpuscheck.api.DocumentTable documents,
                DuplicateResults clusters) {
            searches++;
            List<Dated> out = new java.util.ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                int rep = clusters.representativeOf(i);
                if (DAYS[i] != DuplicateDates.NO_DATE || rep < 0) {
                    continue;
                }
                int[] members = clusters.membersOf(rep);
                int[] days = new int[members.length];
                int self = -1;
                for (int k = 0; k < members.length; k++) {
                    days[k] = DAYS[members[k]];
                    self = members[k] == i ? k : self;
                }
                int first = DuplicateDates.firstDated(self, days);
                if (first >= 0) {
                    out.add(new Dated(i, members[first], days[first], DuplicateDates.exact(
                            clusters.paragraphHashes(i), clusters.paragraphHashes(members[first]))));
                }
            }
            return java.util.Optional.of(out);
        }
    }

    private static List<String> lines(CheckResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "|" + f.document() + "|" + f.message() + "|" + f.evidence()
                + "|" + f.relatedLocations()).toList();
    }

    private static FakeDuplicates clusters() {
        return new FakeDuplicates().cluster(null, 0, 1).paragraphs(0, 11, 12).paragraphs(1, 11)
                .cluster(new long[] {7}, 2, 3);
    }

    @Test
    void aPublishedSearchGivesTheChecksOwnFindings() throws Exception {
        MetadataConfig cfg = MetadataConfig.builder().requiredFields(List.of("date", "title")).build();
        CheckResult local = run(clusters(), cfg);
        ClusterSearch search = new ClusterSearch();
        CheckResult searched = run(clusters(), cfg, Map.of(DuplicateDateSearch.class, search));
        assertEquals(1, search.searches);
        assertEquals(lines(local), lines(searched));
        assertEquals("exact", missing(searched, "copy-a.txt", "date").evidence().get("duplicateKind"));
    }

    @Test
    void theCheckAmendsWhatTheSearchFoundAndSearchesItselfWhenItDeclines() throws Exception {
        // a search that names alone.txt's dated duplicate, found elsewhere: the check takes its word
        DuplicateDateSearch found = (t, c) -> java.util.Optional.of(List.of(
                new DuplicateDateSearch.Dated(4, 3, 19_700, true)));
        CheckResult r = run(clusters(), MetadataConfig.defaults(), Map.of(DuplicateDateSearch.class, found));
        assertEquals("No date: the required field 'date' is missing; copy-b.txt, an exact duplicate, is dated 2023-12-09.",
                missing(r, "alone.txt", "date").message());
        assertEquals(Map.of("field", "date"), missing(r, "000_edition.txt", "date").evidence());

        int[] calls = {0};
        DuplicateDateSearch declines = (t, c) -> {
            calls[0]++;
            return java.util.Optional.empty();
        };
        CheckResult own = run(clusters(), MetadataConfig.defaults(), Map.of(DuplicateDateSearch.class, declines));
        assertEquals(1, calls[0]);
        assertEquals(lines(run(clusters(), MetadataConfig.defaults())), lines(own));
        assertEquals("near", missing(own, "000_edition.txt", "date").evidence().get("duplicateKind"));
    }
}
