package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.report.JsonReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * A search published into the corpus phase's context ({@link RepeatedFieldSearch}) gives the same findings as the
 * check's own search; without one, or when it declines, the check searches itself.
 */
class RepeatedFieldSearchTest {

    private static final RuleSettings TITLES_ON = new RuleSettings(Map.of("metadata.title-repeated", Severity.WARNING));
    private static final MetadataConfig CONFIG = MetadataConfig.builder().maxDate(LocalDate.parse("2030-01-01")).build();

    /** Repeated ids on the same and on other texts, URLs equal once normalised, titles in other case and spacing. */
    static ListSource corpus() {
        return new ListSource()
                .addIn("a.jsonl", 1, "s-1", "The ferry runs again.", "date", "2023-09-04", "url",
                        "https://example.org/ferry", "title", "Ferry back")
                .addIn("a.jsonl", 2, "s-2", "The ferry runs again.", "date", "2023-09-04", "url",
                        "https://example.org/ferry", "title", "Ferry  BACK")
                .addIn("a.jsonl", 3, "s-1", "The bridge is closed.", "date", "2023-09-04", "url",
                        "HTTPS://Example.org/ferry#top", "title", "ferry back")
                .addIn("b.jsonl", 1, "s-1", "The ferry runs again.", "date", "2023-09-04", "url",
                        "https://example.org/ferry", "title", "Bridge closed")
                .addIn("b.jsonl", 2, "s-2", "Rates are held.", "date", "2023-09-04", "url",
                        "https://example.org/rates", "title", "bridge closed")
                .addIn("b.jsonl", 3, "S-1", "Rates are held.", "date", "2023-09-04", "url",
                        "https://example.org/Rates", "title", "Rates held")
                .addIn("b.jsonl", 4, "s-3", "Markets rise.", "date", "2023-09-04", "url", "not a url");
    }

    /**
     * A search over the documents as a cluster does it: group by the check's keys, pair with its rules. Counts its
     * calls.
     */
    static final class InMemorySearch implements RepeatedFieldSearch {
        final List<Document> docs;
        int searches;

        InMemorySearch(List<Document> docs) {
            this.docs = docs;
        }

        @Override
        public Optional<Found> search(DocumentTable documents) {
            searches++;
            assertEquals(docs.size(), documents.size());
            ToLongFunction<Document> text = d -> RepeatedFields.key(d.text().strip());
            List<Pair> ids = new ArrayList<>();
            for (int[] g : groups(d -> RepeatedFields.key(d.id()))) {
                String[] values = new String[g.length];
                for (int k = 0; k < g.length; k++) {
                    values[k] = docs.get(g[k]).id();
                }
                RepeatedFields.idPairs(g, values).forEach(p -> ids.add(new Pair(p[0], p[1], g[0], docs.get(p[0]).id(), null)));
            }
            List<Pair> urls = new ArrayList<>();
            for (int[] g : groups(d -> {
                String n = RepeatedFields.normalisedUrl(RepeatedFields.urlAsRead(d));
                return n == null ? 0L : RepeatedFields.key(n);
            })) {
                for (int[] p : RepeatedFields.pairsOnOtherTexts(g, texts(g, text))) {
                    String later = RepeatedFields.urlAsRead(docs.get(p[0]));
                    String first = RepeatedFields.urlAsRead(docs.get(p[1]));
                    if (RepeatedFields.sameUrl(later, first)) {
                        urls.add(new Pair(p[0], p[1], g[0], later, first));
                    }
                }
            }
            List<Pair> titles = new ArrayList<>();
            for (int[] g : groups(d -> d.field("title") == null ? 0L : RepeatedFields.titleKey(d.field("title").strip()))) {
                RepeatedFields.pairsOnOtherTexts(g, texts(g, text)).forEach(p -> titles.add(new Pair(p[0], p[1], g[0], null, null)));
            }
            return Optional.of(new Found(sorted(ids), sorted(urls), sorted(titles)));
        }

        private static List<Pair> sorted(List<Pair> pairs) {
            List<Pair> out = new ArrayList<>(pairs);
            out.sort(ORDER);
            return out;
        }

        private long[] texts(int[] group, ToLongFunction<Document> text) {
            long[] out = new long[group.length];
            for (int k = 0; k < group.length; k++) {
                out[k] = text.applyAsLong(docs.get(group[k]));
            }
            return out;
        }

        private List<int[]> groups(ToLongFunction<Document> key) {
            Map<Long, List<Integer>> byKey = new LinkedHashMap<>();
            for (Document d : docs) {
                long k = key.applyAsLong(d);
                if (k != 0L) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(d.index());
                }
            }
            return byKey.values().stream().filter(g -> g.size() > 1)
                    .map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
        }
    }

    private static CheckResult run(ListSource src, Map<Class<?>, Object> services) throws Exception {
        CorpusEngine engine = services == null ? new CorpusEngine() : CorpusEngine.replaying(Map.of(), services);
        return engine.run(new CheckRequest(src, "mem", List.of(new MetadataCheck(CONFIG)), TITLES_ON, null, null, 2, null));
    }

    private static List<String> lines(CheckResult r) {
        return r.findings().stream().map(f -> {
            try {
                return JsonReportWriter.findingLine(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> summary(CheckResult r, Function<Finding, String> what) {
        return r.findings().stream().filter(f -> f.ruleId().matches("metadata\\.(duplicate-id|url-repeated|title-repeated)"))
                .map(what).toList();
    }

    @Test
    void aPublishedSearchGivesTheChecksOwnFindings() throws Exception {
        CheckResult local = run(corpus(), null);
        ListSource src = corpus();
        InMemorySearch search = new InMemorySearch(src.docs);
        CheckResult searched = run(src, Map.of(RepeatedFieldSearch.class, search));
        assertEquals(1, search.searches);
        assertEquals(lines(local), lines(searched));
        assertEquals(List.of(
                "metadata.duplicate-id|s-1|a.jsonl:3|The id 's-1' is already used by the document at a.jsonl:1.|[s-1]",
                "metadata.title-repeated|s-1|a.jsonl:3|The same title is on s-1, whose text differs.|[s-1]",
                "metadata.url-repeated|s-1|a.jsonl:3|The URL 'HTTPS://Example.org/ferry#top' is also on s-1, whose text differs.|[s-1]",
                "metadata.duplicate-id|s-1|b.jsonl:1|The id 's-1' is already used by the document at a.jsonl:1.|[s-1]",
                "metadata.url-repeated|s-1|b.jsonl:1|The URL 'https://example.org/ferry' is also on s-1, whose text differs.|[s-1]",
                "metadata.duplicate-id|s-2|b.jsonl:2|The id 's-2' is already used by the document at a.jsonl:2.|[s-2]",
                "metadata.title-repeated|s-2|b.jsonl:2|The same title is on s-1, whose text differs.|[s-1]"),
                summary(searched, f -> f.ruleId() + "|" + f.document() + "|" + f.file() + ":" + f.line() + "|"
                        + f.message() + "|" + f.related()));
        Finding url = searched.findings().stream().filter(f -> f.ruleId().equals("metadata.url-repeated")).findFirst()
                .orElseThrow();
        assertEquals("https://example.org/ferry", url.evidence().get("firstValue"));
    }

    @Test
    void theCheckReportsWhatTheSearchFound() throws Exception {
        ListSource src = corpus();
        RepeatedFieldSearch.Found found = new RepeatedFieldSearch.Found(
                List.of(new RepeatedFieldSearch.Pair(6, 4, 4, "s-2", null)),
                List.of(new RepeatedFieldSearch.Pair(5, 0, 0, "https://example.org/Rates", "https://example.org/ferry")),
                List.of());
        CheckResult r = run(src, Map.of(RepeatedFieldSearch.class, (RepeatedFieldSearch) t -> Optional.of(found)));
        assertEquals(List.of(
                "metadata.url-repeated|S-1|{field=url, value=https://example.org/Rates, firstDocument=s-1,"
                        + " firstValue=https://example.org/ferry}",
                "metadata.duplicate-id|s-3|{field=id, value=s-2, firstFile=b.jsonl, firstLine=2}"),
                summary(r, f -> f.ruleId() + "|" + f.document() + "|" + f.evidence()));
    }

    @Test
    void aSearchThatDeclinesLeavesTheSearchToTheCheck() throws Exception {
        CheckResult local = run(corpus(), null);
        int[] calls = {0};
        RepeatedFieldSearch declines = t -> {
            calls[0]++;
            return Optional.empty();
        };
        CheckResult r = run(corpus(), Map.of(RepeatedFieldSearch.class, declines));
        assertEquals(1, calls[0]);
        assertEquals(lines(local), lines(r));
        assertEquals(7, summary(r, Finding::ruleId).size());
    }
}
