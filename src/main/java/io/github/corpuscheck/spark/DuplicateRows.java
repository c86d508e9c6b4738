package io.github.corpuscheck.spark;

import io.github.corpuscheck.checks.duplicate.DistributedDuplicates;
import io.github.corpuscheck.checks.duplicate.DistributedDuplicates.Doc;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * How the duplicate family's documents travel in the job: a piece's documents as one compact byte array (kept on the
 * executors between the document phase and the corpus phase), and as rows of primitive columns for the steps over
 * every document (exact groups, LSH buckets, paragraph postings), which Spark shuffles and sorts in its own binary
 * format.
 */
final class DuplicateRows {

    private DuplicateRows() {}

    /** A piece's documents as bytes. */
    static byte[] encode(List<Doc> docs) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * docs.size() + 4);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(docs.size());
            for (Doc d : docs) {
                out.writeInt(d.index());
                byte[] id = d.id() == null ? null : d.id().getBytes(StandardCharsets.UTF_8);
                out.writeInt(id == null ? -1 : id.length);
                if (id != null) {
                    out.write(id);
                }
                out.writeLong(d.textHash());
                out.writeInt(d.words());
                out.writeInt(d.chars());
                out.writeInt(d.dateKey());
                out.writeInt(d.paragraphHashes().length);
                for (long h : d.paragraphHashes()) {
                    out.writeLong(h);
                }
                out.writeInt(d.bandKeys() == null ? -1 : d.bandKeys().length);
                if (d.bandKeys() != null) {
                    for (int k : d.bandKeys()) {
                        out.writeInt(k);
                    }
                }
                out.writeInt(d.exact() == null ? -1 : d.exact().length);
                if (d.exact() != null) {
                    out.write(d.exact());
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of {@link #encode}, each moved by {@code offset}. */
    static List<Doc> decode(byte[] bytes, int offset) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            int n = in.readInt();
            List<Doc> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = in.readInt();
                int idLength = in.readInt();
                String id = null;
                if (idLength >= 0) {
                    byte[] b = new byte[idLength];
                    in.readFully(b);
                    id = new String(b, StandardCharsets.UTF_8);
                }
                long textHash = in.readLong();
                int words = in.readInt();
                int chars = in.readInt();
                int dateKey = in.readInt();
                long[] hashes = new long[in.readInt()];
                for (int k = 0; k < hashes.length; k++) {
                    hashes[k] = in.readLong();
                }
                int bands = in.readInt();
                int[] keys = bands < 0 ? null : new int[bands];
                for (int k = 0; k < bands; k++) {
                    keys[k] = in.readInt();
                }
                int exactLength = in.readInt();
                byte[] exact = exactLength < 0 ? null : new byte[exactLength];
                if (exact != null) {
                    in.readFully(exact);
                }
                out.add(new Doc(offset + index, id, textHash, words, chars, dateKey, hashes, keys, exact));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns of a document row: what the exact-group and candidate steps need. */
    static final StructType DOC = new StructType()
            .add("index", DataTypes.IntegerType, false)
            .add("textHash", DataTypes.LongType, false)
            .add("bands", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
            .add("paragraphKeys", DataTypes.createArrayType(DataTypes.LongType, false), false);

    /** A document as a row; its indexed paragraphs keyed as the paragraph index of a corpus keys them. */
    static Row row(Doc d, int paragraphKeyBits) {
        return RowFactory.create(d.index(), d.textHash(), d.bandKeys() == null ? null : boxed(d.bandKeys()),
                boxed(DistributedDuplicates.paragraphKeys(d, paragraphKeyBits)));
    }

    private static Long[] boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Integer[] boxed(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
