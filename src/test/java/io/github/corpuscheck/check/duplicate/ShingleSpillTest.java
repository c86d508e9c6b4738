package io.github.corpuscheck.check.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShingleSpillTest {

    @TempDir
    Path dir;

    @Test
    void entriesComeBackAsSetsThroughTheMappingAndThroughPlainReadsAndTheFileIsDeleted() throws Exception {
        int[] big = new int[400_000]; // larger than the write buffer: written on its own
        for (int i = 0; i < big.length; i++) {
            big[i] = i * 7 - 1_000_000;
        }
        for (boolean map : new boolean[] {true, false}) {
            Path folder = dir.resolve(map ? "mapped" : "plain");
            ShingleSpill spill = new ShingleSpill(folder, map);
            spill.append(0, new Fingerprint.ExactShingles(new int[] {5, 3, 5, 0}, new int[] {42}));
            spill.append(2, new Fingerprint.ExactShingles(big, new int[0]));
            spill.append(3, new Fingerprint.ExactShingles(new int[] {-1}, new int[] {7, 7}));
            assertTrue(spill.finishWriting());
            assertTrue(spill.has(0));
            assertFalse(spill.has(1));
            ShingleProfile first = spill.load(0, 4);
            assertArrayEquals(new int[] {0, 3, 5}, first.shingles().toSortedArray());
            assertArrayEquals(new int[] {42}, first.numbers().toSortedArray());
            assertEquals(4, first.words());
            assertEquals(big.length, spill.load(2, 1).shingles().size());
            assertArrayEquals(new int[] {7}, spill.load(3, 1).numbers().toSortedArray());
            spill.close();
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }
}
