package io.github.corpuscheck.spark;

import io.github.corpuscheck.source.FileTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A corpus in a file system that Hadoop reads ({@code hdfs:}, {@code s3a:}, {@code abfs:}, {@code file:}...): listed,
 * opened and copied through {@link FileSystem} only, never through {@code java.nio}. Serializable, so the executors
 * read with the driver's Hadoop configuration. The readers stay the local ones: each piece an executor reads is first
 * copied to a folder of its own under the same corpus-relative path (a range of lines at its own offsets in a sparse
 * file), so every byte the readers see is the corpus's.
 */
final class HadoopInput implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bytes the whole-file read looks at for binary data: a piece at 0 copies at least these. */
    static final int HEAD_BYTES = 8192;

    /** The input as a qualified URI. */
    private final String root;
    /** The Hadoop configuration, as {@link Configuration#write} writes it. */
    private final byte[] configuration;
    /** Whether the input is one file rather than a folder. */
    private final boolean file;
    private transient FileSystem fs;
    private transient Configuration conf;

    private HadoopInput(String root, byte[] configuration, boolean file) {
        this.root = root;
        this.configuration = configuration;
        this.file = file;
    }

    /**
     * Whether {@code input} names a folder of this machine: no scheme, or a scheme of one letter (a Windows drive).
     * A {@code file:} URI goes through Hadoop like any other.
     */
    static boolean isLocal(String input) {
        int colon = input.indexOf(':');
        int slash = input.indexOf('/');
        return colon <= 1 || slash >= 0 && slash < colon;
    }

    /** The input {@code input} read with {@code conf}. */
    static HadoopInput of(String input, Configuration conf) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        String qualified = fs.makeQualified(path).toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            conf.write(out);
        }
        boolean file;
        try {
            file = !fs.getFileStatus(path).isDirectory();
        } catch (java.io.FileNotFoundException e) {
            file = false; // said by the run
        }
        HadoopInput h = new HadoopInput(qualified, bytes.toByteArray(), file);
        h.fs = fs;
        h.conf = conf;
        return h;
    }

    /** The input as given, qualified: what reports name the corpus. */
    String label() {
        return root;
    }

    Configuration configuration() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(configuration))) {
                c.readFields(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            conf = c;
        }
        return conf;
    }

    private FileSystem fs() throws IOException {
        if (fs == null) {
            fs = new Path(root).getFileSystem(configuration());
        }
        return fs;
    }

    /** The status of the input, or {@code null} when there is none. */
    FileStatus status() throws IOException {
        try {
            return fs().getFileStatus(new Path(root));
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    /** The corpus's folders: the input folder's tree, or one file when the input is a file. */
    FileTree tree() {
        return folder -> {
            List<FileTree.Entry> out = new ArrayList<>();
            if (file) {
                FileStatus top = fs().getFileStatus(new Path(root));
                if (folder.isEmpty()) {
                    out.add(new FileTree.Entry(top.getPath().getName(), false, top.getLen()));
                }
                return out;
            }
            Path dir = folder.isEmpty() ? new Path(root) : new Path(new Path(root), folder);
            for (FileStatus s : fs().listStatus(dir)) {
                out.add(new FileTree.Entry(s.getPath().getName(), s.isDirectory(), s.isDirectory() ? 0 : s.getLen()));
            }
            return out;
        };
    }

    /** The file of a corpus-relative path. */
    Path path(String rel) throws IOException {
        Path top = new Path(root);
        return file ? top : new Path(top, rel);
    }

    /** The file's bytes. */
    InputStream open(String rel) throws IOException {
        return fs().open(path(rel));
    }

    /** The number of line ends ({@code '\n'}) in bytes {@code [from, to)} of a file. */
    long countLineEnds(String rel, long from, long to) throws IOException {
        long count = 0;
        try (FSDataInputStream in = fs().open(path(rel))) {
            in.seek(from);
            byte[] buf = new byte[1 << 16];
            long left = to - from;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        count++;
                    }
                }
                left -= n;
            }
        }
        return count;
    }

    /** Copies a whole file to {@code folder}/{@code rel}; returns the local file. */
    java.nio.file.Path fetch(String rel, java.nio.file.Path folder) throws IOException {
        java.nio.file.Path local = localFile(rel, folder);
        try (InputStream in = open(rel)) {
            Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    /**
     * Copies what the reader of the lines starting in bytes {@code [start, end)} reads to {@code folder}/{@code rel},
     * at the same offsets (a sparse file): from byte {@code start - 1} (the end of the line before) through the end of
     * the last line starting before {@code end}; a piece at 0 also its first {@link #HEAD_BYTES}, where the reader
     * looks for binary data.
     */
    java.nio.file.Path fetchRange(String rel, long start, long end, java.nio.file.Path folder) throws IOException {
        java.nio.file.Path local = localFile(rel, folder);
        long from = Math.max(0, start - 1);
        try (FSDataInputStream in = fs().open(path(rel));
                FileChannel out = FileChannel.open(local, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SPARSE)) {
            in.seek(from);
            out.position(from);
            byte[] buf = new byte[1 << 16];
            long at = from;
            boolean done = false;
            while (!done) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                int keep = n;
                for (int i = 0; i < n; i++) {
                    long pos = at + i;
                    if (pos >= end - 1 && pos >= HEAD_BYTES - 1 && buf[i] == '\n') {
                        keep = i + 1;
                        done = true;
                        break;
                    }
                }
                ByteBuffer b = ByteBuffer.wrap(buf, 0, keep);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                at += keep;
            }
        }
        return local;
    }

    private static java.nio.file.Path localFile(String rel, java.nio.file.Path folder) throws IOException {
        java.nio.file.Path local = folder.resolve(rel).normalize();
        if (!local.startsWith(folder)) {
            throw new IOException("A corpus file outside the corpus: " + rel);
        }
        Files.createDirectories(local.getParent());
        return local;
    }

    /** A qualified URI of the input, for Spark's readers. */
    URI uri() {
        return URI.create(root);
    }
}
