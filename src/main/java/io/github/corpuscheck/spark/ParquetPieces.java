package io.github.corpuscheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.github.corpuscheck.cache.CacheFile;
import io.github.corpuscheck.engine.FileAnalyzer;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.source.CorpusReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A corpus of Parquet files, read by Spark: each row is one document, the JSON object of its columns
 * ({@code to_json(struct(*))}, null columns left out), analysed by the JSON Lines reader as if it were line
 * {@code row index + 1} of its file, so the settings' field mapping maps columns as it maps JSON fields. The rows'
 * order is the listing's file order, then {@code _metadata.row_index}. The executors cut each partition's rows into
 * runs of consecutive rows of one file (at most a piece's bytes of JSON), write each run as JSON Lines to a folder of
 * their own and read it there with the same readers; the driver orders the runs. For its own reads (files without
 * rows, re-reads of the corpus phase) the driver writes a file's rows as JSON Lines to its mirror, in row order.
 */
final class ParquetPieces implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient SparkSession spark;
    private final HadoopInput hadoop;
    private final long pieceBytes;
    /** The columns of every file together (Spark's schema merge), once read: the driver's rows use the same. */
    private transient StructType schema;

    ParquetPieces(SparkSession spark, HadoopInput hadoop, long pieceBytes) {
        this.spark = spark;
        this.hadoop = hadoop;
        this.pieceBytes = pieceBytes;
    }

    /** The plan of the runs read, in reading order, and their results (same indices). */
    record Analysed(List<SparkAnalysis.Piece> plan, SparkAnalysis.Result[] results, long resultBytes, Path staging) {}

    /** What an executor read: rows {@code [firstRow, firstRow + rows)} of a file. */
    record Run(int fileIndex, long firstRow, long rows, SparkAnalysis.Result result) implements Serializable {}

    /** The document of each row: the JSON object of its columns. */
    static Column json(StructType schema) {
        List<Column> columns = new ArrayList<>();
        for (StructField f : schema.fields()) {
            columns.add(col("`" + f.name().replace("`", "``") + "`"));
        }
        return to_json(struct(columns.toArray(new Column[0])), Map.of("ignoreNullFields", "true"));
    }

    private Dataset<Row> read(List<String> paths) {
        if (schema == null) {
            schema = spark.read().option("mergeSchema", "true").parquet(paths.toArray(new String[0])).schema();
        }
        return spark.read().schema(schema).parquet(paths.toArray(new String[0]));
    }

    /** The absolute path (decoded) of a file as Spark's {@code _metadata.file_path} names it, to match the listing. */
    static String pathKey(String filePath) {
        try {
            return URI.create(filePath).getPath();
        } catch (IllegalArgumentException e) {
            return new org.apache.hadoop.fs.Path(filePath).toUri().getPath();
        }
    }

    Analysed analyse(JobSettings job, CorpusReader.Listing listing) throws IOException {
        List<String> paths = new ArrayList<>();
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < listing.files().size(); i++) {
            org.apache.hadoop.fs.Path p = hadoop.path(listing.files().get(i));
            paths.add(p.toString());
            byPath.put(p.toUri().getPath(), i);
        }
        Path staging = Files.createDirectories(job.settings().outputDirectory())
                .resolve("spark-pieces-" + Long.toHexString(System.nanoTime()));
        Files.createDirectories(staging);
        if (paths.isEmpty()) {
            return new Analysed(List.of(), new SparkAnalysis.Result[0], 0, staging);
        }
        Dataset<Row> rows = read(paths).select(col("_metadata.file_path"), col("_metadata.row_index"),
                json(schema));
        List<String> files = listing.files();
        String stagingDir = staging.toString();
        long piece = pieceBytes;
        List<Run> runs = rows.toJavaRDD()
                .mapPartitions((Iterator<Row> it) -> analyseRows(job, files, byPath, stagingDir, piece, it))
                .collect();
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(Run::fileIndex).thenComparingLong(Run::firstRow));
        List<SparkAnalysis.Piece> plan = new ArrayList<>(sorted.size());
        SparkAnalysis.Result[] results = new SparkAnalysis.Result[sorted.size()];
        long bytes = 0;
        long next = 0;
        int file = -1;
        for (Run r : sorted) {
            if (r.fileIndex() != file) {
                file = r.fileIndex();
                next = 0;
            }
            if (r.firstRow() != next) {
                throw new IOException("Spark read rows " + r.firstRow() + "..." + (r.firstRow() + r.rows() - 1) + " of "
                        + files.get(file) + " where row " + next + " was expected");
            }
            next += r.rows();
            int order = plan.size();
            plan.add(new SparkAnalysis.Piece(order, r.fileIndex(), files.get(r.fileIndex()),
                    listing.sizes()[r.fileIndex()], r.firstRow(), r.firstRow() + r.rows(), (int) r.firstRow()));
            SparkAnalysis.Result x = r.result();
            results[order] = new SparkAnalysis.Result(order, x.head(), x.docsFile(), x.docsBytes(), x.documents(),
                    x.content(), x.binary(), x.failed());
            bytes += x.head().length + x.docsBytes();
        }
        return new Analysed(plan, results, bytes, staging);
    }

    /** An executor's rows: runs of consecutive rows of one file, each written as JSON Lines and read. */
    private static Iterator<Run> analyseRows(JobSettings job, List<String> files, Map<String, Integer> byPath,
            String stagingDir, long pieceBytes, Iterator<Row> rows) throws IOException {
        CorpusSettings settings = job.settings();
        Path work = Files.createTempDirectory("corpus-spark");
        Path local = Files.createDirectories(work.resolve("input"));
        CorpusReader reader = new CorpusReader(settings.readerOptions().withDirectory(local));
        FileAnalyzer analyzer = new FileAnalyzer(SparkAnalysis.checks(job, work), settings.ruleSettings());
        int partition = TaskContext.getPartitionId();
        List<Run> out = new ArrayList<>();
        RunWriter current = null;
        String lastPath = null;
        int lastIndex = -1;
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String path = row.getString(0);
                if (!path.equals(lastPath)) {
                    Integer index = byPath.get(pathKey(path));
                    if (index == null) {
                        throw new IOException("Spark read " + path + ", a file the listing does not hold");
                    }
                    lastPath = path;
                    lastIndex = index;
                }
                long rowIndex = row.getLong(1);
                if (current != null && (current.fileIndex != lastIndex || current.firstRow + current.rows != rowIndex
                        || current.bytes >= pieceBytes)) {
                    out.add(current.finish(reader, analyzer, stagingDir, partition, out.size()));
                    current = null;
                }
                if (current == null) {
                    current = new RunWriter(lastIndex, files.get(lastIndex), rowIndex, local);
                }
                current.add(row.getString(2));
            }
            if (current != null) {
                out.add(current.finish(reader, analyzer, stagingDir, partition, out.size()));
            }
        } finally {
            SparkAnalysis.deleteTree(work);
        }
        return out.iterator();
    }

    /** One run of rows being written as JSON Lines under the file's corpus-relative path. */
    private static final class RunWriter {
        final int fileIndex;
        final String file;
        final long firstRow;
        final Path path;
        final Writer out;
        long rows;
        long bytes;

        RunWriter(int fileIndex, String file, long firstRow, Path local) throws IOException {
            this.fileIndex = fileIndex;
            this.file = file;
            this.firstRow = firstRow;
            this.path = local.resolve(file).normalize();
            if (!path.startsWith(local)) {
                throw new IOException("A corpus file outside the corpus: " + file);
            }
            Files.createDirectories(path.getParent());
            this.out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(path),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        void add(String json) throws IOException {
            String line = json == null ? "{}" : json;
            out.write(line);
            out.write('\n');
            rows++;
            bytes += line.length() + 1;
        }

        Run finish(CorpusReader reader, FileAnalyzer analyzer, String stagingDir, int partition, int k)
                throws IOException {
            out.close();
            long size = Files.size(path);
            CacheFile.Entry entry = analyzer.entry(file);
            CorpusReader.Piece read = reader.readLines(file, 0, size, (int) firstRow,
                    doc -> analyzer.analyze(doc, entry), analyzer.readerSink(entry));
            Files.delete(path);
            Path docs = Path.of(stagingDir).resolve(String.format(Locale.ROOT, "rows-%05d-%05d.bin", partition, k));
            SparkAnalysis.Result result = SparkAnalysis.result(analyzer, -1, file, entry, docs, read.documents(),
                    read.content(), read.binary(), read.failed());
            return new Run(fileIndex, firstRow, rows, result);
        }
    }

    /**
     * Writes the rows of {@code rel} to {@code mirror}/{@code rel} as JSON Lines, line {@code row index + 1}, as the
     * executors read them (the same columns, the same JSON): for the driver's own reads. The rows come a partition at a
     * time ({@code toLocalIterator}), each partition's runs of consecutive rows to a file of their own, joined in row
     * order at the end: no shuffle, and the driver holds one partition at a time.
     */
    void materialise(String rel, Path mirror) throws IOException {
        Path local = mirror.resolve(rel).normalize();
        if (!local.startsWith(mirror)) {
            throw new IOException("A corpus file outside the corpus: " + rel);
        }
        Files.createDirectories(local.getParent());
        Path chunks = Files.createTempDirectory(mirror, "rows-");
        try {
            java.util.TreeMap<Long, Path> runs = new java.util.TreeMap<>();
            Dataset<Row> rows = read(List.of(hadoop.path(rel).toString()))
                    .select(col("_metadata.row_index"), json(schema));
            Iterator<Row> it = rows.toLocalIterator();
            OutputStream out = null;
            long next = -1;
            java.util.Map<Long, Long> sizes = new HashMap<>();
            long first = -1;
            while (it.hasNext()) {
                Row row = it.next();
                long index = row.getLong(0);
                if (out == null || index != next) {
                    if (out != null) {
                        out.close();
                        sizes.put(first, next - first);
                    }
                    first = index;
                    Path chunk = chunks.resolve(first + ".jsonl");
                    runs.put(first, chunk);
                    out = new java.io.BufferedOutputStream(Files.newOutputStream(chunk), 1 << 16);
                }
                String json = row.isNullAt(1) ? "{}" : row.getString(1);
                out.write(json.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                next = index + 1;
            }
            if (out != null) {
                out.close();
                sizes.put(first, next - first);
            }
            long expected = 0;
            try (OutputStream joined = Files.newOutputStream(local)) {
                for (Map.Entry<Long, Path> run : runs.entrySet()) {
                    if (run.getKey() != expected) {
                        throw new IOException("Spark read row " + run.getKey() + " of " + rel + " where row "
                                + expected + " was expected");
                    }
                    expected += sizes.get(run.getKey());
                    Files.copy(run.getValue(), joined);
                    Files.delete(run.getValue());
                }
            }
        } finally {
            SparkAnalysis.deleteTree(chunks);
        }
    }
}
