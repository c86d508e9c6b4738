package io.github.corpuscheck.spark;

import io.github.corpuscheck.adopt.IgnoreField;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.cache.CacheFile;
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
import org.apache.spark.api.java.JavaSparkContext;
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
     * holds its documents' entry, their number, and what the read met.
     */
    record Result(int order, byte[] head, String docsFile, long docsBytes, int documents, boolean content,
            boolean binary, boolean failed) implements Serializable {}

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
                        new FileAnalyzer(checks(job, work), job.settings().ruleSettings()).format());
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
        int slices = Math.max(1, Math.min(plan.size(), jsc.defaultParallelism() * 4));
        if (!counted.isEmpty()) {
            plan = withLinesBefore(jsc, job, hadoop, plan, counted, slices);
        }
        JobSettings settings = job;
        staging = Files.createDirectories(job.settings().outputDirectory())
                .resolve("spark-pieces-" + Long.toHexString(System.nanoTime()));
        Files.createDirectories(staging);
        String stagingDir = staging.toString();
        List<Result> results = jsc.parallelize(plan, slices)
                .mapPartitions((Iterator<Piece> it) -> analysePieces(settings, hadoop, stagingDir, it))
                .collect();
        Result[] byOrder = new Result[plan.size()];
        for (Result r : results) {
            byOrder[r.order()] = r;
            resultBytes += r.head().length + r.docsBytes();
        }
        Path work = Files.createTempDirectory("corpus-spark");
        try {
            millis = (System.nanoTime() - started) / 1_000_000;
            return join(plan, byOrder, new FileAnalyzer(checks(job, work), job.settings().ruleSettings()).format());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The pieces, each with the number of lines that start before it: a pass over the split files counts the line
     * ends of every piece, in parallel.
     */
    private static List<Piece> withLinesBefore(JavaSparkContext jsc, JobSettings job, HadoopInput hadoop,
            List<Piece> plan, List<Piece> counted, int slices) {
        List<long[]> counts = jsc.parallelize(counted, Math.min(counted.size(), slices))
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

    /** Where the executors leave the pieces' documents for the driver; removed by {@link #close}. */
    private Path staging;

    /** Removes the pieces' files and the driver's mirror of a remote corpus. */
    void close() {
        if (staging != null) {
            deleteTree(staging);
        }
        if (input != null) {
            input.close();
        }
    }

    private static Iterator<Result> analysePieces(JobSettings job, HadoopInput hadoop, String stagingDir,
            Iterator<Piece> pieces) throws IOException {
        CorpusSettings settings = job.settings();
        Path work = Files.createTempDirectory("corpus-spark");
        // a remote corpus: each piece is copied under this folder first, and read there with the same readers
        Path local = hadoop == null ? null : Files.createDirectories(work.resolve("input"));
        CorpusReader reader = new CorpusReader(hadoop == null ? settings.readerOptions()
                : settings.readerOptions().withDirectory(local));
        FileAnalyzer analyzer = new FileAnalyzer(checks(job, work), settings.ruleSettings());
        List<Result> out = new ArrayList<>();
        while (pieces.hasNext()) {
            Piece p = pieces.next();
            CacheFile.Entry entry = analyzer.entry(p.file());
            int documents;
            boolean content = true, binary = false, failed = false;
            boolean bySize = p.end() < 0 && reader.judgedBySize(p.file(), p.size()); // not opened: not copied
            Path copy = hadoop == null || bySize ? null : copy(hadoop, p, local);
            if (hadoop != null && copy == null && !bySize) {
                documents = 0;
                failed = true; // the driver reads the file itself and reports the problem
            } else if (p.end() < 0) {
                documents = reader.readFile(p.file(), p.size(), doc -> analyzer.analyze(doc, entry),
                        analyzer.readerSink(entry));
            } else {
                CorpusReader.Piece read = reader.readLines(p.file(), p.start(), p.end(), p.linesBefore(),
                        doc -> analyzer.analyze(doc, entry), analyzer.readerSink(entry));
                documents = read.documents();
                content = read.content();
                binary = read.binary();
                failed = read.failed();
            }
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
            out.add(result(analyzer, p.order(), p.file(), entry, Path.of(stagingDir).resolve(
                    String.format(java.util.Locale.ROOT, "piece-%08d.bin", p.order())), documents, content, binary,
                    failed));
        }
        deleteTree(work);
        return out.iterator();
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

    /** The checks of a run, configured as the driver's are. */
    static List<CorpusCheck<?>> checks(JobSettings job, Path work) {
        List<CorpusCheck<?>> checks = new ArrayList<>(CorpusRun.createChecks(job.settings(), work));
        checks.add(new IgnoreField()); // last, as the run adds it
        return checks;
    }

    /** Each file's entry, its pieces joined in order; no entry for files the run must read itself. */
    static Map<String, CacheFile.Entry> join(List<Piece> plan, Result[] results, CacheFile format)
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
            CacheFile.Entry joined = CacheFile.analysed(plan.get(from).file(), new PieceDocs(parts, format));
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
