package io.github.corpuscheck.spark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system of scheme {@code corpustest:} whose paths lie under a folder that only it knows
 * ({@link #root}): {@code corpustest:/corpus/a.txt} is {@code ROOT/corpus/a.txt} on disk, while {@code /corpus} does
 * not exist for {@code java.nio}. A job that reads such a corpus can only have read it through Hadoop. Counts what it
 * opens and lists; files whose names start with {@code denied} cannot be opened.
 */
public class HiddenRootFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "corpustest";
    static volatile File root;
    static final List<String> opened = new CopyOnWriteArrayList<>();
    static final List<String> listed = new CopyOnWriteArrayList<>();

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public File pathToFile(Path path) {
        return new File(root, path.toUri().getPath());
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        opened.add(f.toUri().getPath());
        if (f.getName().startsWith("denied")) {
            throw new IOException("Permission denied: " + f.toUri().getPath());
        }
        return super.open(f, bufferSize);
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
        listed.add(f.toUri().getPath());
        return super.listStatus(f);
    }
}
