package io.github.corpuscheck.source;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.internal.IntList;
import io.github.corpuscheck.internal.LongList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads a corpus directory: text articles ({@code .txt}, {@code .md}; one document per file) and JSON Lines
 * ({@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson}; one document per line), in the sorted order of their
 * corpus-relative paths. Problems with the input become {@code input.*} findings and reading goes on.
 *
 * <p>The read pass keeps, per file, the index of its first document and, per document, its line, so that
 * {@link #reread} opens only files holding wanted documents and parses only the wanted lines. Not thread-safe: one
 * read or re-read at a time.
 */
public final class CorpusReader implements CorpusSource {

    private final ReaderOptions options;
    private final JsonFactory jsonFactory;
    private int files;
    private long bytes;
    /** Files of the last read pass, and the index of the first document of each (one extra entry: the total). */
    private List<String> readFiles = List.of();
    private int[] firstIndex = {0};
    /** Line of each document in its file, by index. */
    private final IntList docLines = new IntList();
    /** Byte offset of each document's line in its JSON Lines file, by index; -1 when unknown (text files, cache). */
    private final LongList docOffsets = new LongList();
    /** Files the last {@link #reread} opened (for tests: unrelated files must stay closed). */
    final List<String> rereadOpened = new ArrayList<>();
    /** Files every {@link #reread} since the last {@link #read} opened, in order (for tests of the cache). */
    final List<String> rereadOpenedInRun = new ArrayList<>();
    /** Files the last {@link #read} opened to read documents (for tests of the incremental cache). */
    final List<String> readOpened = new ArrayList<>();

    /** The walk {@link #listing()} made, for the next {@link #read}; {@code null} when there is none. */
    private CorpusFiles listed;

    public CorpusReader(ReaderOptions options) {
        this.options = options;
        this.jsonFactory = JsonLinesReader.factory(options);
    }

    /** The includes of a corpus whose includes are not set: the extensions the readers know. */
    public static List<String> defaultIncludes() {
        return CorpusFiles.DEFAULT_INCLUDES;
    }

    /** Corpus-relative paths of the files to read, sorted. */
    public List<String> listFiles() throws IOException {
        return CorpusFiles.list(options).files;
    }

    /**
     * The files a read would examine, in reading order, with their sizes and formats: what is known of the corpus
     * before reading it (e.g. to estimate the memory a run needs).
     *
     * @param files corpus-relative paths, sorted
     * @param sizes on-disk size of each file in bytes, as the directory walk saw it (compressed size for gzip)
     * @param jsonLines the indices of the JSON Lines files (the others are read as one article each)
     * @param unmatchedPatterns one sentence for each include or exclude the user set that matched no file
     */
    public record Listing(List<String> files, long[] sizes, BitSet jsonLines, List<String> unmatchedPatterns) {

        public Listing(List<String> files, long[] sizes, BitSet jsonLines) {
            this(files, sizes, jsonLines, List.of());
        }
    }

    /**
     * Lists the corpus as {@link #read} would (no file is opened). The next {@link #read} uses this listing rather
     * than walking the folder again.
     */
    public Listing listing() throws IOException {
        return listed(CorpusFiles.list(options));
    }

    /**
     * Lists a corpus that is not a folder of this machine (e.g. in a Hadoop file system) through {@code tree}, as
     * {@link #listing()} lists a folder: the same patterns, the same order. The next {@link #read} reads these files
     * under {@link ReaderOptions#directory()}, where the caller puts each one before it is opened (a
     * {@link FileGate} sees every file first).
     */
    public Listing listing(FileTree tree) throws IOException {
        return listed(CorpusFiles.list(options, tree));
    }

    /** Keeps the listing for the next {@link #read}. */
    private Listing listed(CorpusFiles corpus) {
        listed = corpus;
        BitSet jsonLines = new BitSet();
        for (int i = 0; i < corpus.files.size(); i++) {
            if (CorpusFiles.formatOf(corpus.files.get(i), options.format()) == InputFormat.JSONL) {
                jsonLines.set(i);
            }
        }
        return new Listing(corpus.files, corpus.sizes, jsonLines, corpus.unmatchedPatterns);
    }

    @Override
    public void read(DocumentConsumer consumer, FindingSink sink) throws IOException {
        read(consumer, sink, null);
    }

    @Override
    public boolean read(DocumentConsumer consumer, FindingSink sink, FileGate gate) throws IOException {
        FileProblems problems = new FileProblems(sink);
        CorpusFiles corpus = listed != null ? listed : CorpusFiles.list(options);
        listed = null; // a later read walks the folder afresh
        for (CorpusFiles.Failure f : corpus.failures) {
            problems.unreadable(f.path(), 1, f.error());
        }
        for (CorpusFiles.Outside o : corpus.outside) {
            problems.outsideCorpus(o.path(), o.folder());
        }
        List<String> list = corpus.files;
        int[] first = new int[list.size() + 1];
        docLines.clear();
        docOffsets.clear();
        readOpened.clear();
        rereadOpenedInRun.clear();
        files = 0;
        bytes = 0;
        TextFileReader text = new TextFileReader(options);
        JsonLinesReader jsonl = new JsonLinesReader(options, jsonFactory);
        reading = jsonl;
        doneBytes = 0;
        int index = 0;
        for (int i = 0; i < list.size(); i++) {
            String rel = list.get(i);
            Path path = options.directory().resolve(rel);
            first[i] = index;
            files++;
            doneBytes = bytes;
            currentSize = corpus.sizes[i];
            jsonl.position = 0;
            bytes += corpus.sizes[i];
            int[] known = gate == null ? null : gate.before(rel, path, corpus.sizes[i], index);
            if (known != null) {
                for (int line : known) {
                    docLines.add(line);
                    docOffsets.add(-1);
                }
                index += known.length;
                continue;
            }
            readOpened.add(rel);
            if (CorpusFiles.formatOf(rel, options.format()) == InputFormat.JSONL) {
                index = jsonl.read(path, rel, corpus.sizes[i], index, consumer, problems, docLines, docOffsets);
            } else {
                Document doc = text.read(path, rel, corpus.sizes[i], index, problems);
                if (doc != null) {
                    docLines.add(doc.line());
                    docOffsets.add(-1);
                    index++;
                    consumer.accept(doc);
                }
            }
        }
        first[list.size()] = index;
        readFiles = list;
        firstIndex = first;
        reading = null;
        return true;
    }

    @Override
    public void reread(BitSet wanted, DocumentConsumer consumer) throws IOException {
        TextFileReader text = null;
        JsonLinesReader jsonl = null;
        rereadOpened.clear();
        int total = firstIndex[readFiles.size()];
        int[] indices = new int[0];
        int[] lines = new int[0];
        long[] offsets = new long[0];
        for (int i = 0; i < readFiles.size(); i++) {
            int from = firstIndex[i];
            int to = firstIndex[i + 1];
            int w = wanted.nextSetBit(from);
            if (w < 0 || w >= total) {
                return;
            }
            if (w >= to) {
                continue; // no wanted document here: the file is not opened
            }
            String rel = readFiles.get(i);
            Path path = options.directory().resolve(rel);
            rereadOpened.add(rel);
            rereadOpenedInRun.add(rel);
            if (CorpusFiles.formatOf(rel, options.format()) == InputFormat.JSONL) {
                int count = 0;
                for (int k = w; k >= 0 && k < to; k = wanted.nextSetBit(k + 1)) {
                    count++;
                }
                if (indices.length < count) {
                    indices = new int[count];
                    lines = new int[count];
                    offsets = new long[count];
                }
                count = 0;
                for (int k = w; k >= 0 && k < to; k = wanted.nextSetBit(k + 1)) {
                    indices[count] = k;
                    lines[count] = docLines.get(k);
                    offsets[count] = docOffsets.get(k);
                    count++;
                }
                if (jsonl == null) {
                    jsonl = new JsonLinesReader(options, jsonFactory);
                }
                jsonl.reread(path, rel, indices, lines, offsets, 0, count, consumer);
            } else {
                if (text == null) {
                    text = new TextFileReader(options);
                }
                Document doc = text.read(path, rel, -1, from, FileProblems.silent());
                if (doc != null) {
                    consumer.accept(doc);
                }
            }
        }
    }

    // ---- pieces of the corpus, for readers elsewhere (e.g. the workers of a cluster) ----

    /**
     * Reads one corpus file as {@link #read} would, numbering its documents from 0; returns their number. Its
     * problems go to {@code sink}. Does not change what {@link #reread} knows.
     */
    public int readFile(String file, long size, DocumentConsumer consumer, FindingSink sink) {
        FileProblems problems = new FileProblems(sink);
        Path path = options.directory().resolve(file);
        if (CorpusFiles.formatOf(file, options.format()) == InputFormat.JSONL) {
            return new JsonLinesReader(options, jsonFactory).read(path, file, size, 0, consumer, problems,
                    new IntList(), new LongList());
        }
        Document doc = new TextFileReader(options).read(path, file, size, 0, problems);
        if (doc != null) {
            consumer.accept(doc);
            return 1;
        }
        return 0;
    }

    /**
     * Whether a file can be read in pieces of lines ({@link #readLines}): a JSON Lines file, not compressed, read as
     * UTF-8 and not starting with a byte-order mark. Other files are read whole.
     */
    public boolean splittable(String file) {
        return splittable(file, () -> java.nio.file.Files.newInputStream(options.directory().resolve(file)));
    }

    /**
     * Whether {@link #readFile} reports the file from its listed size alone, without opening it: a text file, not
     * compressed, larger than {@code maxFileSize} (reported as too large).
     */
    public boolean judgedBySize(String file, long size) {
        long cap = Math.min(options.maxFileSize() > 0 ? options.maxFileSize() : ReaderOptions.DEFAULT_MAX_FILE_SIZE,
                TextFileReader.MAX_TEXT_BYTES);
        return CorpusFiles.formatOf(file, options.format()) == InputFormat.TEXT && !file.endsWith(".gz") && size > cap;
    }

    /**
     * Reports a corpus file that could not be read from elsewhere (e.g. copied from a Hadoop file system) as
     * {@code input.unreadable}, as a read reports a file it cannot open.
     */
    public static void reportUnreadable(String file, IOException error, FindingSink sink) {
        new FileProblems(sink).unreadable(file, 1, error);
    }

    /** Opens a corpus file elsewhere than under the reader's directory (e.g. in a Hadoop file system). */
    @FunctionalInterface
    public interface Opener {
        java.io.InputStream open() throws IOException;
    }

    /** {@link #splittable(String)} for a file whose head is read from {@code opener}. */
    public boolean splittable(String file, Opener opener) {
        if (CorpusFiles.formatOf(file, options.format()) != InputFormat.JSONL || file.endsWith(".gz")
                || !java.nio.charset.StandardCharsets.UTF_8.equals(options.encoding())) {
            return false;
        }
        try (java.io.InputStream in = opener.open()) {
            byte[] head = in.readNBytes(4);
            return ByteOrderMark.of(head, head.length) == null;
        } catch (IOException e) {
            return false; // read whole, which reports the problem
        }
    }

    /** The number of line ends in bytes {@code [from, to)} of a splittable file: where the lines of a piece start. */
    public long countLineEnds(String file, long from, long to) throws IOException {
        return JsonLinesReader.countLineEnds(options.directory().resolve(file), from, to);
    }

    /** What {@link #readLines} met. */
    public record Piece(int documents, boolean content, boolean binary, boolean failed) {}

    /**
     * Reads the documents whose lines start in bytes {@code [start, end)} of a {@linkplain #splittable splittable}
     * file, numbering them from 0; {@code linesBefore} lines start before {@code start}. Line problems go to
     * {@code sink}; whether the piece held content, found binary data (only the piece at 0 looks) or could not be
     * read is returned, for the whole file's verdict.
     */
    public Piece readLines(String file, long start, long end, int linesBefore, DocumentConsumer consumer,
            FindingSink sink) {
        int[] count = {0};
        int met = new JsonLinesReader(options, jsonFactory).readRange(options.directory().resolve(file), file, start,
                end, linesBefore, 0, doc -> {
                    count[0]++;
                    consumer.accept(doc);
                }, new FileProblems(sink));
        return new Piece(count[0], (met & JsonLinesReader.RANGE_CONTENT) != 0,
                (met & JsonLinesReader.RANGE_BINARY) != 0, (met & JsonLinesReader.RANGE_FAILED) != 0);
    }

    /** Files examined by the last {@link #read} (including skipped ones). */
    @Override
    public int files() {
        return files;
    }

    /** While reading: bytes of the files done, the size of the file being read, the JSON Lines reader's position. */
    private long doneBytes;
    private long currentSize;
    private JsonLinesReader reading;

    @Override
    public long bytesRead() {
        JsonLinesReader r = reading;
        return r == null ? bytes : doneBytes + Math.min(currentSize, r.position);
    }

    /** On-disk bytes of the files examined by the last {@link #read} (compressed size for gzip files). */
    @Override
    public long bytes() {
        return bytes;
    }
}
