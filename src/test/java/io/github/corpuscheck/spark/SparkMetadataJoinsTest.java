package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.corpuscheck.api.DocumentTable;
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
 * The metadata family's repeated ids, URLs and titles found by the Spark job's joins: the same findings as a local
 * run's, found on the executors; and the pure parts of the joins (groups, the run's indices of the pieces).
 */
class SparkMetadataJoinsTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.builder("corpus-check-metadata-joins")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String line(String id, String url, String title, String text) {
        return "{\"id\":\"" + id + "\",\"date\":\"2024-03-01\",\"url\":\"" + url + "\",\"title\":\"" + title
                + "\",\"text\":\"" + text + "\"}\n";
    }

    private static final String FERRY = "The ferry runs again after the storm, the harbour office said on Friday.";
    private static final String BRIDGE = "The bridge over the river stays closed until Monday for repairs.";
    private static final String RATES = "Rates were held at the meeting of the central bank on Thursday.";
    private static final String MARKETS = "Markets rose on Friday as traders bought shares of shipping firms.";
    private static final String TRADERS = "Markets rose on Friday, traders said, after a quiet week in the city.";

    @Test
    void repeatedIdsUrlsAndTitlesAreFoundByTheJoinsAsByALocalRun(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"),
                line("n-1", "https://example.org/ferry", "Ferry back", FERRY)
                + line("n-2", "https://example.org/ferry", "Ferry  BACK", FERRY)
                + line("n-1", "HTTPS://Example.org/ferry#top", "ferry back", BRIDGE)
                + line("n-3", "https://example.org/rates", "Bridge closed", RATES));
        Files.writeString(corpus.resolve("b.jsonl"),
                line("n-1", "https://example.org/ferry", "Rates held", FERRY)
                + line("n-3", "https://example.org/Rates", "bridge closed", MARKETS)
                + line("N-3", "https://example.org/rates/", "Markets rose", RATES)
                + line("n-4", "https://example.org/./rates", "Rates  held", TRADERS));
        Path settingsFile = dir.resolve("settings.yaml");
        Files.writeString(settingsFile, "reportFormats: [json]\nrules:\n  - {id: metadata.title-repeated, severity: warning}\n");
        RunOutcome local = SparkRuns.local(corpus, settingsFile, dir.resolve("local"));
        SparkRuns.Distributed run = SparkRuns.distributed(spark, corpus, settingsFile, dir.resolve("spark"), 150); // ~ a line a piece
        RunOutcome distributed = run.outcome();
        SparkAnalysis analysis = run.analysis();

        long pieces = 0;
        for (String f : List.of("a.jsonl", "b.jsonl")) {
            pieces += (Files.size(corpus.resolve(f)) + 149) / 150;
        }
        assertEquals(pieces, analysis.pieces, "a.jsonl and b.jsonl read in pieces");
        assertEquals(true, pieces >= 8, "pieces: " + pieces);
        assertEquals(1, analysis.metadata.searches, "the joins searched");
        assertEquals(9, analysis.metadata.pairs);
        List<String> expected = List.of(
                "a.jsonl:3 metadata.duplicate-id n-1: The id 'n-1' is already used by the document at a.jsonl:1. [n-1]",
                "a.jsonl:3 metadata.title-repeated n-1: The same title is on n-1, whose text differs. [n-1]",
                "a.jsonl:3 metadata.url-repeated n-1: The URL 'HTTPS://Example.org/ferry#top' is also on n-1, whose"
                        + " text differs. [n-1] firstValue=https://example.org/ferry",
                "b.jsonl:1 metadata.duplicate-id n-1: The id 'n-1' is already used by the document at a.jsonl:1. [n-1]",
                "b.jsonl:1 metadata.url-repeated n-1: The URL 'https://example.org/ferry' is also on n-1, whose text"
                        + " differs. [n-1] firstValue=HTTPS://Example.org/ferry#top",
                "b.jsonl:2 metadata.duplicate-id n-3: The id 'n-3' is already used by the document at a.jsonl:4. [n-3]",
                "b.jsonl:2 metadata.title-repeated n-3: The same title is on n-3, whose text differs. [n-3]",
                "b.jsonl:4 metadata.title-repeated n-4: The same title is on n-1, whose text differs. [n-1]",
                "b.jsonl:4 metadata.url-repeated n-4: The URL 'https://example.org/./rates' is also on n-3, whose text"
                        + " differs. [n-3] firstValue=https://example.org/rates");
        assertEquals(expected, repeated(local));
        assertEquals(expected, repeated(distributed));
        byte[] report = Files.readAllBytes(dir.resolve("local/report.json"));
        assertEquals(new String(report, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("spark/report.json"), StandardCharsets.UTF_8));
    }

    private static List<String> repeated(RunOutcome outcome) {
        List<String> out = new ArrayList<>();
        for (Finding f : outcome.result().findings()) {
            if (f.ruleId().matches("metadata\\.(duplicate-id|url-repeated|title-repeated)")) {
                Object first = f.evidence().get("firstValue");
                out.add(f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.document() + ": " + f.message() + " "
                        + f.related() + (first == null ? "" : " firstValue=" + first));
            }
        }
        return out;
    }

    private static List<String> hits(SparkMetadataJoins.Key key, SparkMetadataJoins.Member... members) {
        List<String> out = new ArrayList<>();
        SparkMetadataJoins.pairs(key, List.of(members)).forEachRemaining(h -> out.add(h.later() + "->" + h.first()
                + " group " + h.group() + " " + h.value() + " " + h.firstValue()));
        return out;
    }

    @Test
    void aGroupIsPairedWithTheChecksRulesWhateverTheOrderItArrivesIn() {
        long t1 = 11, t2 = 12;
        // ids: exact strings within a key's group (two ids whose keys collide stay apart)
        assertEquals(List.of("6->2 group 2 x null", "9->4 group 2 y null"), hits(new SparkMetadataJoins.Key((byte) 0, 5),
                new SparkMetadataJoins.Member(9, t1, "y"), new SparkMetadataJoins.Member(2, t1, "x"),
                new SparkMetadataJoins.Member(6, t2, "x"), new SparkMetadataJoins.Member(4, t2, "y")));
        // URLs: a pair whose URLs differ once normalised (colliding keys) is dropped, as the check drops it
        assertEquals(List.of("7->3 group 3 https://example.org/a https://EXAMPLE.org/a#x"),
                hits(new SparkMetadataJoins.Key((byte) 1, 5),
                        new SparkMetadataJoins.Member(7, t2, "https://example.org/a"),
                        new SparkMetadataJoins.Member(3, t1, "https://EXAMPLE.org/a#x"),
                        new SparkMetadataJoins.Member(5, t2, "https://example.org/b")));
        // titles: the first earlier document whose text differs
        assertEquals(List.of("5->3 group 3 null null", "7->5 group 3 null null"),
                hits(new SparkMetadataJoins.Key((byte) 2, 5), new SparkMetadataJoins.Member(7, t1, null),
                        new SparkMetadataJoins.Member(5, t2, null), new SparkMetadataJoins.Member(3, t1, null)));
        assertEquals(List.of(), hits(new SparkMetadataJoins.Key((byte) 2, 5), new SparkMetadataJoins.Member(7, t1, null)));
    }

    /** A table of documents by file, in reading order. */
    private static DocumentTable table(String... files) {
        return new DocumentTable() {
            @Override
            public int size() {
                return files.length;
            }

            @Override
            public String id(int index) {
                return "d" + index;
            }

            @Override
            public String file(int index) {
                return files[index];
            }

            @Override
            public int line(int index) {
                return 1;
            }
        };
    }

    @Test
    void piecesGetTheRunsIndicesOrNoneWhenTheyDoNotHoldTheTablesDocuments() {
        DocumentTable t = table("a", "a", "a", "b", "c", "c");
        // a in two pieces (2 + 1), bad.bin whose file the run read itself (no documents of it in the table), b, c
        assertArrayEquals(new int[] {0, 2, -1, 3, 4},
                SparkMetadataJoins.pieceStarts(t, new String[] {"a", "a", null, "b", "c"}, new int[] {2, 1, 0, 1, 2}));
        // b read by the run itself: its document is not in the pieces
        assertNull(SparkMetadataJoins.pieceStarts(t, new String[] {"a", "a", null, "c"}, new int[] {2, 1, 1, 2}));
        // the pieces disagree with the table on a's documents
        assertNull(SparkMetadataJoins.pieceStarts(t, new String[] {"a", "b", "c"}, new int[] {2, 1, 2}));
        // a piece's file is not in the table at all
        assertNull(SparkMetadataJoins.pieceStarts(t, new String[] {"a", "b", "c", "d"}, new int[] {3, 1, 2, 1}));
        // no pieces hold documents, and the table is empty
        assertArrayEquals(new int[] {-1}, SparkMetadataJoins.pieceStarts(table(), new String[] {null}, new int[] {0}));
    }
}
