package io.github.corpuscheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Documents go to the partition of the piece that holds them, past empty pieces and pieces the run read itself. */
class PiecePartitionerTest {

    @Test
    void eachDocumentGoesToItsPiece() {
        // pieces: 0 holds documents 0-2; 1 is of a file the run read itself; 2 is empty; 3 holds 3-4; 4 read itself
        SparkDuplicates.PiecePartitioner p = new SparkDuplicates.PiecePartitioner(new int[] {0, -1, 3, 3, -1}, 5);
        assertEquals(5, p.numPartitions());
        int[] expected = {0, 0, 0, 3, 3};
        for (int d = 0; d < expected.length; d++) {
            assertEquals(expected[d], p.getPartition(d), "document " + d);
        }
        assertTrue(p.holdsRunDocuments(0));
        assertFalse(p.holdsRunDocuments(1));
        assertFalse(p.holdsRunDocuments(4));
        assertEquals(3, p.start(3));
    }
}
