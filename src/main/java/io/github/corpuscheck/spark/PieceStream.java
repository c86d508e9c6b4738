package io.github.corpuscheck.spark;

import java.util.Iterator;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The pieces' entries brought to the driver one partition at a time ({@code toLocalIterator}), in piece order, as the
 * run replays them: the driver never holds more than a partition of them, and they need no file system shared with
 * the executors. A piece asked for out of order starts the stream again.
 */
final class PieceStream {

    private final JavaRDD<SparkAnalysis.PieceOutput> outputs;
    private Iterator<Tuple2<Integer, byte[]>> stream;
    private int last = Integer.MAX_VALUE;
    /** Times the stream started (once when the run replays in order). */
    int starts;

    PieceStream(JavaRDD<SparkAnalysis.PieceOutput> outputs) {
        this.outputs = outputs;
    }

    /** The entry bytes of the piece of this order. */
    byte[] entry(int order) {
        if (stream == null || order <= last) {
            stream = outputs.map(o -> new Tuple2<>(o.order(), o.entry())).toLocalIterator();
            starts++;
        }
        while (stream.hasNext()) {
            Tuple2<Integer, byte[]> next = stream.next();
            last = next._1();
            if (last == order) {
                return next._2();
            }
        }
        throw new IllegalStateException("The results of piece " + order + " did not come back from the executors");
    }
}
