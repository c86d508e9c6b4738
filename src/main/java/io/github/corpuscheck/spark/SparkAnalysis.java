package io.github.corpuscheck.spark;

import io.github.corpuscheck.adopt.IgnoreField;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.cache.CacheFile;
import io.github.corpuscheck.checks.duplicate.DistributedDuplicates;
import io.github.corpuscheck.checks.duplicate.DuplicateCheck;
import io.github.corpuscheck.checks.metadata.DuplicateDateSearch;
import io.github.corpuscheck.checks.metadata.DuplicateDates;
import io.github.corpuscheck.checks.metadata.RepeatedFieldSearch;
import io.github.corpuscheck.checks.truncation.PrefixSearch;
import io.github.corpuscheck.checks.truncation.Prefixes;
import io.github.corpuscheck.engine.FileAnalyzer;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.SparkSession;

/**
 * The document phase of a run on a Spark cluster. The listed corpus is cut into pieces (whole files; large plain JSON
 * Lines files into ranges of lines), the pieces are spread over the executors, and each executor reads its pieces
 * with the corpus reader and analyses every document with its own instances of the same checks
 * ({@link FileAnalyzer}, in {@code mapPartitions}). Each piece comes back as the bytes of its file's entry: findings
 * and each check's per-document state written with the check's own {@link io.github.corpuscheck.api.StateCodec}.
 * The driver joins the pieces of each file, and the run replays them and does the corpus phase.
 *
 * <p>Files whose pieces disagree with a whole-file read (binary data in the head, a read error, no content at all)
 * get no entry: the run reads them itself, so their findings are exactly those of a local run.
 */
final class SparkAnalysis implements CorpusRun.Analysis {

    /** Plain JSON Lines files larger than this are read in pieces of about this size. */
    static final long DEFAULT_PIECE_BYTES = 32L << 20;

    private final SparkSession spark;
    private final JobSettings job;
    private final long pieceBytes;
    /** The corpus when it is not a folder of this machine (read through Hadoop); {@code null} for a local folder. */
    private final HadoopInput remote;
    /** The driver's view of a remote corpus; {@code null} for a local folder. */
    private final RemoteCorpus input;
    /** A corpus of Parquet files, read by Spark; else {@code null}. */
    private final ParquetPieces parquet;
    /** What the last analysis did, for the log and for measurements. */
    int pieces;
    int splitFiles;
    long resultBytes;
    long millis;

    SparkAnalysis(SparkSession spark, JobSettings job, long pieceBytes) {
        this.spark = spark;
        this.job = job;
        this.pieceBytes = pieceBytes;
        this.remote = null;
        this.input = null;
        this.parquet = null;
    }

    /**
     * The analysis of a corpus read through Hadoop ({@code hdfs:}, {@code s3a:}...): listed, read by the executors
     * and mirrored for the driver's own reads through {@link org.apache.hadoop.fs.FileSystem} only; a Parquet corpus
     * ({@code parquet}) is read by Spark.
     */
    SparkAnalysis(SparkSession spark, JobSettings job, long pieceBytes, HadoopInput remote, boolean parquet)
            throws IOException {
        this.spark = spark;
        this.job = job;
        this.pieceBytes = pieceBytes;
        this.remote = remote;
        this.parquet = parquet ? new ParquetPieces(spark, remote, pieceBytes) : null;
        ReaderOptions options = job.settings().readerOptions();
        this.input = new RemoteCorpus(remote, options, parquet ? this.parquet::materialise : remote::fetch);
    }

    @Override
    public CorpusRun.Input input() {
        return input;
    }

    /** Files the driver fetched from a remote corpus for its own reads; -1 for a local folder. */
    int fetchedByDriver() {
        return input == null ? -1 : input.fetched;
    }

    /** Bytes the driver's fetched files took in its mirror. */
    long fetchedBytesByDriver() {
        return input == null ? 0 : input.fetchedBytes;
    }

    /** One piece of the corpus: bytes {@code [start, end)} of a file ({@code end < 0}: the whole file). */
    record Piece(int order, int fileIndex, String file, long size, long start, long end, int linesBefore)
            implements Serializable {}

    /**
     * An executor's result for a piece: the reader's findings (an entry without documents, as bytes), the file that
     * holds its documents' entry (Parquet rows; {@code null} when the entry travels with the piece's output), their
     * number, and what the read met.
     */
    record Result(int order, byte[] head, String docsFile, long docsBytes, int documents, boolean content,
            boolean binary, boolean failed) implements Serializable {}

    /**
     * What an executor keeps of a piece: its result, its entry (brought to the driver by {@link PieceStream}), what the
     * duplicate family's corpus phase needs of each of its documents with text (indices relative to the piece,
     * {@link SparkDuplicates}), the fields the metadata family compares across documents ({@link SparkMetadataJoins})
     * and what the prefix and date joins over the clusters need of each document ({@link SparkClusterJoins}).
     */
    record PieceOutput(int order, Result result, byte[] entry, byte[] duplicates,
            List<SparkMetadataJoins.DocFields> metadata, byte[] clusterDocs) implements Serializable {}

    /** Where a Parquet run's executors leave their pieces' entries for the driver; removed by {@link #close}. */
    private Path staging;

    /** The pieces' outputs, kept on the executors for the corpus phase's searches; released by {@link #close}. */
    private JavaRDD<PieceOutput> outputs;
    private SparkDuplicates duplicates;
    /** The prefix and date joins over the duplicate clusters ({@code null} without the duplicate check). */
    SparkClusterJoins clusterJoins;

    @Override
    public Map<String, CacheFile.Entry> analyse(ReaderOptions options, CorpusReader.Listing listing) throws IOException {
        long started = System.nanoTime();
        if (parquet != null) {
            ParquetPieces.Analysed a = parquet.analyse(job, listing);
            pieces = a.plan().size();
            resultBytes = a.resultBytes();
            staging = a.staging();
            Path work = Files.createTempDirectory("corpus-spark");
            try {
                millis = (System.nanoTime() - started) / 1_000_000;
                return join(a.plan(), a.results(),
                        new FileAnalyzer(checks(job, work), job.settings().ruleSettings()).format(),
                        order -> readPiece(a.results()[order].docsFile()));
            } finally {
                deleteTree(work);
            }
        }
        CorpusReader reader = new CorpusReader(options);
        HadoopInput hadoop = remote;
        List<Piece> plan = new ArrayList<>();
        List<Piece> counted = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            String file = listing.files().get(i);
            long size = listing.sizes()[i];
            if (size > pieceBytes && (hadoop == null ? reader.splittable(file)
                    : reader.splittable(file, () -> hadoop.open(file)))) {
                splitFiles++;
                for (long start = 0; start < size; start += pieceBytes) {
                    Piece p = new Piece(plan.size(), i, file, size, start, Math.min(size, start + pieceBytes), 0);
                    plan.add(p);
                    counted.add(p);
                }
            } else {
                plan.add(new Piece(plan.size(), i, file, size, 0, -1, 0));
            }
        }
        pieces = plan.size();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // one piece a partition: each stored output is a piece's (tens of MB), whatever the corpus
        int slices = Math.max(1, plan.size());
        if (!counted.isEmpty()) {
            plan = withLinesBefore(jsc, job, hadoop, plan, counted);
        }
        JobSettings settings = job;
        outputs = jsc.parallelize(plan, slices)
                .mapPartitions((Iterator<Piece> it) -> analysePieces(settings, hadoop, it));
        // on the executors' disks: the outputs (the exact shingle sets above all) would crowd their heaps
        outputs.persist(StorageLevel.DISK_ONLY());
        List<Result> results = outputs.map(PieceOutput::result).collect();
        Result[] byOrder = new Result[plan.size()];
        int[] documents = new int[plan.size()];
        for (Result r : results) {
            byOrder[r.order()] = r;
            documents[r.order()] = r.documents();
            resultBytes += r.head().length + r.docsBytes();
        }
        Path work = Files.createTempDirectory("corpus-spark");
        try {
            millis = (System.nanoTime() - started) / 1_000_000;
            Map<String, CacheFile.Entry> entries = join(plan, byOrder,
                    new FileAnalyzer(checks(job, work), job.settings().ruleSettings()).format(), new PieceStream(outputs)::entry);
            // each piece's file (when the run replays it from the pieces): where its documents are in the run
            String[] pieceFiles = new String[plan.size()];
            for (Piece p : plan) {
                pieceFiles[p.order()] = entries.containsKey(p.file()) ? p.file() : null;
            }
            if (hasDuplicateCheck(job)) {
                duplicates = new SparkDuplicates(spark, outputs, pieceFiles, documents);
            }
            metadata = new SparkMetadataJoins(outputs.flatMap(o -> o.metadata().iterator()), pieceFiles, documents);
            if (duplicates != null) { // prefix and date joins
                clusterJoins = new SparkClusterJoins(jsc, outputs, pieceFiles, documents);
            }
            return entries;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The pieces, each with the number of lines that start before it: a pass over the split files counts the line
     * ends of every piece, in parallel.
     */
    private static List<Piece> withLinesBefore(JavaSparkContext jsc, JobSettings job, HadoopInput hadoop,
            List<Piece> plan, List<Piece> counted) {
        List<long[]> counts = jsc.parallelize(counted, Math.min(counted.size(), jsc.defaultParallelism() * 4))
                .mapPartitions((Iterator<Piece> it) -> {
                    CorpusReader reader = new CorpusReader(job.settings().readerOptions());
                    List<long[]> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Piece p = it.next();
                        long from = Math.max(0, p.start() - 1);
                        out.add(new long[] {p.order(), hadoop == null ? reader.countLineEnds(p.file(), from,
                                p.end() - 1) : hadoop.countLineEnds(p.file(), from, p.end() - 1)});
                    }
                    return out.iterator();
                })
                .collect();
        Map<Integer, Long> byOrder = new HashMap<>();
        counts.forEach(c -> byOrder.put((int) c[0], c[1]));
        List<Piece> out = new ArrayList<>(plan.size());
        long lines = 0;
        int file = -1;
        for (Piece p : plan) {
            if (p.end() < 0) {
                out.add(p);
                continue;
            }
            if (p.fileIndex() != file) {
                file = p.fileIndex();
                lines = 0;
            }
            // lines starting before the piece: the first line, and one after each line end before byte start - 1
            int before = p.start() == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, 1 + lines);
            out.add(new Piece(p.order(), p.fileIndex(), p.file(), p.size(), p.start(), p.end(), before));
            lines += byOrder.get(p.order());
        }
        return out;
    }

    /** The joins of the metadata family's repeated fields over the pieces' records. */
    SparkMetadataJoins metadata;

    @Override
    public Map<Class<?>, Object> services() {
        Map<Class<?>, Object> services = new HashMap<>();
        if (duplicates != null) {
            services.put(DistributedDuplicates.Search.class, duplicates);
        }
        if (metadata != null) {
            services.put(RepeatedFieldSearch.class, metadata);
        }
        if (clusterJoins != null) { // prefix and date joins
            services.put(PrefixSearch.class, clusterJoins);
            services.put(DuplicateDateSearch.class, clusterJoins);
        }
        return services;
    }

    /** What the duplicate search on the executors did, or {@code null} when the run did it itself. */
    SparkDuplicates.Metrics duplicateMetrics() {
        return duplicates == null ? null : duplicates.metrics;
    }

    /** Whether the run was offered the search on the executors. */
    boolean offeredDuplicateSearch() {
        return duplicates != null;
    }

    private static boolean hasDuplicateCheck(JobSettings job) {
        Path none = Path.of("");
        return CorpusRun.createChecks(job.settings(), none).stream().anyMatch(c -> c instanceof DuplicateCheck);
    }

    /** Releases the pieces' outputs, removes the Parquet pieces' files and the driver's mirror of a remote corpus. */
    void close() {
        if (outputs != null) {
            outputs.unpersist(false);
        }
        if (staging != null) {
            deleteTree(staging);
        }
        if (input != null) {
            input.close();
        }
    }

    private static Iterator<PieceOutput> analysePieces(JobSettings job, HadoopInput hadoop, Iterator<Piece> pieces)
            throws IOException {
        CorpusSettings settings = job.settings();
        Path work = Files.createTempDirectory("corpus-spark");
        // a remote corpus: each piece is copied under this folder first, and read there with the same readers
        Path local = hadoop == null ? null : Files.createDirectories(work.resolve("input"));
        CorpusReader reader = new CorpusReader(hadoop == null ? settings.readerOptions()
                : settings.readerOptions().withDirectory(local));
        List<CorpusCheck<?>> checks = checks(job, work);
        FileAnalyzer analyzer = new FileAnalyzer(checks, settings.ruleSettings());
        int duplicateState = -1;
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i) instanceof DuplicateCheck) {
                duplicateState = i;
            }
        }
        int dupState = duplicateState;
        // One piece at a time: Spark stores each output as it comes, so a task never holds more than one piece's.
        return new Iterator<>() {
            private boolean done;

            @Override
            public boolean hasNext() {
                boolean more = pieces.hasNext();
                if (!more && !done) {
                    done = true;
                    deleteTree(work);
                }
                return more;
            }

            @Override
            public PieceOutput next() {
                try {
                    return analysePiece(pieces.next(), reader, analyzer, dupState, hadoop, local);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static PieceOutput analysePiece(Piece p, CorpusReader reader, FileAnalyzer analyzer, int duplicateState,
            HadoopInput hadoop, Path local) throws IOException {
        CacheFile.Entry entry = analyzer.entry(p.file());
        List<SparkMetadataJoins.DocFields> metadata = new ArrayList<>();
        DocumentConsumer analyse = doc -> {
            analyzer.analyze(doc, entry);
            // the document's record for the metadata joins, from the states its analysis just left
            int index = entry.docs.size() - 1;
            SparkMetadataJoins.DocFields fields = SparkMetadataJoins.fields(doc, entry.docs.get(index).states(),
                    p.order(), index);
            if (fields != null) {
                metadata.add(fields);
            }
        };
        int documents;
        boolean content = true, binary = false, failed = false;
        boolean bySize = p.end() < 0 && reader.judgedBySize(p.file(), p.size()); // not opened: not copied
        Path copy = hadoop == null || bySize ? null : copy(hadoop, p, local);
        if (hadoop != null && copy == null && !bySize) {
            documents = 0;
            failed = true; // the driver reads the file itself and reports the problem
        } else if (p.end() < 0) {
            documents = reader.readFile(p.file(), p.size(), analyse, analyzer.readerSink(entry));
        } else {
            CorpusReader.Piece read = reader.readLines(p.file(), p.start(), p.end(), p.linesBefore(),
                    analyse, analyzer.readerSink(entry));
            documents = read.documents();
            content = read.content();
            binary = read.binary();
            failed = read.failed();
        }
        if (copy != null) {
            Files.deleteIfExists(copy);
        }
        CacheFile.Entry head = analyzer.entry(p.file());
        head.readerFindings.addAll(entry.readerFindings);
        entry.readerFindings.clear();
        List<DistributedDuplicates.Doc> dups = new ArrayList<>();
        List<SparkClusterJoins.ClusterDoc> clusterDocs = new ArrayList<>();
        if (duplicateState >= 0) {
            for (int k = 0; k < entry.docs.size(); k++) {
                CacheFile.Doc d = entry.docs.get(k);
                DistributedDuplicates.Doc doc = DistributedDuplicates.doc(k, d.id(), d.states()[duplicateState]);
                if (doc != null) {
                    dups.add(doc);
                }
                // prefix and date joins: the paragraph hashes, truncation flags and ending, date of every document
                DuplicateDates.DateState date = DuplicateDates.dateIn(d.states());
                clusterDocs.add(new SparkClusterJoins.ClusterDoc(k, doc == null ? new long[0] : doc.paragraphHashes(),
                        Prefixes.flagsIn(d.states()), Prefixes.endingIn(d.states()),
                        date == null ? DuplicateDates.NO_DATE : date.epochDay(), date != null && date.missing()));
                // The exact shingle sets stay here: the driver needs them only when it searches itself, and
                // then it reads the documents again.
                d.states()[duplicateState] = DistributedDuplicates.withoutExact(d.states()[duplicateState]);
            }
        }
        byte[] bytes = analyzer.format().encode(entry);
        return new PieceOutput(p.order(), new Result(p.order(), analyzer.format().encode(head), null, bytes.length,
                documents, content, binary, failed), bytes, DuplicateRows.encode(dups), metadata,
                SparkClusterJoins.encode(clusterDocs));
    }

    /**
     * The piece of a remote corpus copied under {@code local} (the whole file, or the bytes its lines span), or
     * {@code null} when it cannot be copied: then the piece is not usable, and the driver reads the file itself and
     * reports the problem.
     */
    private static Path copy(HadoopInput hadoop, Piece p, Path local) {
        try {
            return p.end() < 0 ? hadoop.fetch(p.file(), local) : hadoop.fetchRange(p.file(), p.start(), p.end(), local);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(local.resolve(p.file()));
            } catch (IOException | RuntimeException ignored) {
                // the temporary folder goes at the end
            }
            return null;
        }
    }

    /** A piece's result: its reader findings apart, its documents' entry written to {@code docs}. */
    static Result result(FileAnalyzer analyzer, int order, String file, CacheFile.Entry entry, Path docs,
            int documents, boolean content, boolean binary, boolean failed) throws IOException {
        CacheFile.Entry head = analyzer.entry(file);
        head.readerFindings.addAll(entry.readerFindings);
        entry.readerFindings.clear();
        byte[] bytes = analyzer.format().encode(entry);
        Files.write(docs, bytes);
        return new Result(order, analyzer.format().encode(head), docs.toString(), bytes.length, documents, content,
                binary, failed);
    }

    /** The entry a Parquet run's executor wrote to a file. */
    private static byte[] readPiece(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read the results of a piece of the corpus", e);
        }
    }

    /** The checks of a run, configured as the driver's are. */
    static List<CorpusCheck<?>> checks(JobSettings job, Path work) {
        List<CorpusCheck<?>> checks = new ArrayList<>(CorpusRun.createChecks(job.settings(), work));
        checks.add(new IgnoreField()); // last, as the run adds it
        return checks;
    }

    /** Each file's entry, its pieces joined in order; no entry for files the run must read itself. */
    static Map<String, CacheFile.Entry> join(List<Piece> plan, Result[] results, CacheFile format,
            java.util.function.IntFunction<byte[]> pieceEntries)
            throws IOException {
        Map<String, CacheFile.Entry> entries = new LinkedHashMap<>();
        int i = 0;
        while (i < plan.size()) {
            int from = i;
            int file = plan.get(i).fileIndex();
            while (i < plan.size() && plan.get(i).fileIndex() == file) {
                i++;
            }
            boolean content = false, usable = true;
            for (int k = from; k < i; k++) {
                Result r = results[k];
                content |= r.content();
                usable &= !r.binary() && !r.failed();
            }
            if (!usable || !content) {
                continue; // the run reads this file itself and reports what is wrong with it
            }
            List<Result> parts = new ArrayList<>();
            for (int k = from; k < i; k++) {
                parts.add(results[k]);
            }
            CacheFile.Entry joined = CacheFile.analysed(plan.get(from).file(), new PieceDocs(parts, format, pieceEntries));
            int offset = 0;
            for (Result r : parts) {
                int moved = offset;
                format.decode(r.head()).readerFindings.forEach(f -> joined.readerFindings.add(
                        io.github.corpuscheck.cache.IncrementalCache.rebase(f, moved)));
                offset += r.documents();
            }
            entries.put(plan.get(from).file(), joined);
        }
        return entries;
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
