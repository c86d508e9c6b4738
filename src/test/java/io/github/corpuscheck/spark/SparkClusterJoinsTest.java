package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.run.RunOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code truncation.prefix-of} and the dated duplicates of undated documents ({@code metadata.missing}) found by the
 * Spark job's joins over the duplicate clusters: the same findings as a local run's, found on the executors.
 */
class SparkClusterJoinsTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.builder("corpus-check-cluster-joins")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static final List<String> HARBOUR = List.of(
            "The harbour board approved a plan on Tuesday to deepen the main channel so that larger container ships can"
                    + " reach the eastern quay without waiting for the tide.",
            "Dredging is to start in the spring and last about eighteen months, the board's chairman told reporters"
                    + " after a meeting that ran well into the evening.",
            "Shipping firms had asked for the work for years, saying that delays at the mouth of the river cost them"
                    + " several days on every round trip to the northern ports.",
            "Residents of the old town remain worried about noise from the dredgers at night and about the mud that"
                    + " will be dumped at sea a few miles off the coast.",
            "The board said it would publish a survey of the sea bed before the work starts and hold two public"
                    + " meetings in the town hall in February and March.",
            "The cost of the project, about ninety million crowns, will be shared between the port, the city and a"
                    + " fund of the national transport ministry.");

    private static final List<String> FARMS = List.of(
            "Farmers in the southern valleys began the grape harvest a week earlier than usual after a hot and dry"
                    + " summer that cut the yield of most of the vineyards.",
            "Growers said the quality of the fruit was good but that the smaller crop would push up the price of"
                    + " the region's white wines for the second year running.",
            "The cooperative that buys most of the grapes expects to press about a fifth less than last year, its"
                    + " director said at the opening of the wine fair on Saturday.",
            "Seasonal workers from abroad were harder to find this year, and several estates brought in machines to"
                    + " pick the grapes on the flatter slopes near the river.");

    private static final List<String> WEATHER = List.of(
            "Heavy snow closed the mountain pass for the third time this winter, and the police turned back lorries"
                    + " at the foot of the road from early on Sunday morning.",
            "Forecasters expect the snow to ease by Tuesday, when ploughs will clear the road and engineers will"
                    + " check the tunnels for damage from the falling rocks.",
            "Hotels in the villages above the pass said most of their guests had chosen to stay on rather than risk"
                    + " the long detour through the valley towns.");

    private static String text(List<String> paragraphs, int count, String... more) {
        List<String> p = new ArrayList<>(paragraphs.subList(0, count));
        p.addAll(List.of(more));
        return String.join("\\n\\n", p);
    }

    private static String line(String id, String date, String text) {
        return "{\"id\":\"" + id + "\"" + (date == null ? "" : ",\"date\":\"" + date + "\"") + ",\"text\":\"" + text
                + "\"}\n";
    }

    @Test
    void prefixesAndDatesOfDuplicatesAreFoundByTheJoinsAsByALocalRun(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String near = text(HARBOUR, 6).replace("ninety million", "ninety-two million");
        Files.writeString(corpus.resolve("a.jsonl"),
                // editions of one story: the full one, one that stops after four paragraphs, one that stops after five
                // with a continuation marker, an undated exact copy and an undated near copy
                line("h-cut", "2024-03-04", text(HARBOUR, 4))
                + line("h-undated", null, text(HARBOUR, 6))
                + line("h-full", "2024-03-05", text(HARBOUR, 6))
                + line("h-more", "2024-03-06", text(HARBOUR, 5, "More")));
        Files.writeString(corpus.resolve("b.jsonl"),
                line("h-near", null, near)
                // a second story: an undated copy first, then the dated full text, then a shorter dated take; a third
                // whose copies are all undated
                + line("f-undated", null, text(FARMS, 4))
                + line("f-full", "2024-09-01", text(FARMS, 4))
                + line("f-short", "2024-09-02", text(FARMS, 3))
                + line("w-1", null, text(WEATHER, 3))
                + line("w-2", null, text(WEATHER, 3)));
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\n");
        RunOutcome local = SparkRuns.local(corpus, settingsFile, dir.resolve("local"));
        SparkRuns.Distributed run = SparkRuns.distributed(spark, corpus, settingsFile, dir.resolve("spark"), 700); // ~ a line a piece
        RunOutcome distributed = run.outcome();
        SparkAnalysis analysis = run.analysis();
        List<String> expected = List.of(
                "a.jsonl:1 truncation.prefix-of h-cut: The text stops at a paragraph that h-undated follows with 2 more"
                        + " paragraphs. [h-undated] ending=…at night and about the mud that will be dumped at sea a few"
                        + " miles off the coast.",
                "a.jsonl:2 metadata.missing h-undated: No date: the required field 'date' is missing; h-cut, a"
                        + " near-duplicate, is dated 2024-03-04. [h-cut] near",
                "a.jsonl:4 truncation.prefix-of h-more: The text stops at a paragraph that h-undated follows with 1 more"
                        + " paragraph. [h-undated] ending=…starts and hold two public meetings in the town hall in"
                        + " February and March.\nMore",
                "b.jsonl:1 metadata.missing h-near: No date: the required field 'date' is missing; h-cut, a"
                        + " near-duplicate, is dated 2024-03-04. [h-cut] near",
                "b.jsonl:2 metadata.missing f-undated: No date: the required field 'date' is missing; f-full, an exact"
                        + " duplicate, is dated 2024-09-01. [f-full] exact",
                "b.jsonl:4 truncation.prefix-of f-short: The text stops at a paragraph that f-undated follows with 1"
                        + " more paragraph. [f-undated] ending=…s than last year, its director said at the opening of the"
                        + " wine fair on Saturday.",
                "b.jsonl:5 metadata.missing w-1: No date: the required field 'date' is missing. []",
                "b.jsonl:6 metadata.missing w-2: No date: the required field 'date' is missing. []");
        assertEquals(expected, compared(local));
        assertEquals(expected, compared(distributed));
        assertEquals(3, analysis.clusterJoins.prefixHits);
        assertEquals(3, analysis.clusterJoins.datedHits);
        // the records of the three clusters' members only: 4 + 3 + 2 + 2 (h-near is in the first)
        assertEquals(10, analysis.clusterJoins.members);
        assertEquals(10, analysis.clusterJoins.records);
        assertEquals(1, analysis.clusterJoins.searches, "the joins searched, once for both checks");
        byte[] report = Files.readAllBytes(dir.resolve("local/report.json"));
        assertEquals(new String(report, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("spark/report.json"), StandardCharsets.UTF_8));
    }

    private static List<String> compared(RunOutcome outcome) {
        List<String> out = new ArrayList<>();
        for (Finding f : outcome.result().findings()) {
            if (f.ruleId().equals("truncation.prefix-of")) {
                out.add(f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.document() + ": " + f.message() + " "
                        + f.related() + " ending=" + f.evidence().get("ending"));
            } else if (f.ruleId().equals("metadata.missing") && "date".equals(f.evidence().get("field"))) {
                Object kind = f.evidence().get("duplicateKind");
                out.add(f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.document() + ": " + f.message() + " "
                        + f.related() + (kind == null ? "" : " " + kind));
            }
        }
        return out;
    }

    private static scala.Tuple2<Integer, byte[]> member(int index, long[] hashes, byte flags, String ending, int day,
            boolean missing) throws java.io.IOException {
        return new scala.Tuple2<>(index, SparkClusterJoins.encode(
                new SparkClusterJoins.ClusterDoc(index % 7, hashes, flags, ending, day, missing)));
    }

    @Test
    void aClusterIsSearchedWithTheFamiliesRulesWhateverTheOrderItsMembersArriveIn() throws Exception {
        int none = io.github.corpuscheck.checks.metadata.DuplicateDates.NO_DATE;
        List<scala.Tuple2<Integer, byte[]>> members = List.of(
                member(40, new long[] {1, 2, 3, 4, 9}, (byte) 2, "…four.\nMore", 19_000, false),
                member(12, new long[] {1, 2, 3, 4, 5}, (byte) 1, "…five.", none, true),
                member(30, new long[] {1, 2}, (byte) 1, "…two.", 19_100, false),
                member(25, new long[] {1, 2, 3, 4, 5}, (byte) -1, null, none, true));
        List<String> hits = new ArrayList<>();
        SparkClusterJoins.cluster(members).forEachRemaining(h -> hits.add(h.toString()));
        // in the cluster's order 12, 25, 30, 40: 30 stops at 2 (12 goes on with 3 more paragraphs), 40's content at 4
        // (12 goes on with 1); 12 and 25 are undated, 30 the first dated member, exact for neither
        assertEquals(List.of(
                "Hit[prefix=true, document=30, other=12, value=3, exact=false, ending=…two.]",
                "Hit[prefix=true, document=40, other=12, value=1, exact=false, ending=…four.\nMore]",
                "Hit[prefix=false, document=12, other=30, value=19100, exact=false, ending=null]",
                "Hit[prefix=false, document=25, other=30, value=19100, exact=false, ending=null]"), hits);
        // an exact copy that is dated
        List<String> exact = new ArrayList<>();
        SparkClusterJoins.cluster(List.of(member(3, new long[] {5, 6}, (byte) 0, null, none, true),
                member(2, new long[] {5, 6}, (byte) 0, null, 19_200, false))).forEachRemaining(h -> exact.add(h.toString()));
        assertEquals(List.of("Hit[prefix=false, document=3, other=2, value=19200, exact=true, ending=null]"), exact);
    }

    @Test
    void aRecordReadsBackAsWritten() throws Exception {
        SparkClusterJoins.ClusterDoc doc = new SparkClusterJoins.ClusterDoc(5, new long[] {-1L, 42L}, (byte) 2,
                "…ends here. ✓", -3, true);
        SparkClusterJoins.ClusterDoc back = SparkClusterJoins.decode(SparkClusterJoins.encode(doc));
        assertEquals(List.of(5, List.of(-1L, 42L), (byte) 2, "…ends here. ✓", -3, true), List.of(back.index(),
                java.util.Arrays.stream(back.hashes()).boxed().toList(), back.flags(), back.ending(), back.epochDay(),
                back.dateMissing()));
        // no ending is kept without a comparable last paragraph, and many paragraphs fit
        SparkClusterJoins.ClusterDoc big = SparkClusterJoins.decode(SparkClusterJoins.encode(
                new SparkClusterJoins.ClusterDoc(0, new long[70_000], (byte) 0, "ignored", 1, false)));
        assertEquals(70_000, big.hashes().length);
        assertEquals(null, big.ending());
    }
}
