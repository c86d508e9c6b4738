package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-cluster rule of {@code truncation.prefix-of} that the check and searches elsewhere share. */
class PrefixesTest {

    private static final byte NONE = Prefixes.NONE, LAST = Prefixes.LAST, MARKER = Prefixes.MARKER_LAST;

    @Test
    void aMemberStoppingWhereAnotherGoesOnIsAHitWithTheOthersRemainingParagraphs() {
        long[][] hashes = {{1, 2, 3}, {1, 2, 3, 4, 5}, {1, 2}};
        // 0 stops at 3, which 1 has at index 2 of its last content paragraph 4: two more; 2 stops at 2: 0 goes on first
        assertEquals(List.of(new Prefixes.Hit(0, 1, 2), new Prefixes.Hit(2, 0, 1)),
                Prefixes.inCluster(hashes, new byte[] {LAST, LAST, LAST}));
        // without a comparable last paragraph a member is never a hit, but others still stop inside it
        assertEquals(List.of(new Prefixes.Hit(2, 0, 1)), Prefixes.inCluster(hashes, new byte[] {NONE, LAST, LAST}));
        assertEquals(List.of(), Prefixes.inCluster(hashes, new byte[] {NONE, NONE, NONE}));
    }

    @Test
    void aContinuationMarkerParagraphIsNotContent() {
        // 0 ends in a marker (hash 9): its content stops at 3, which 1 follows with one more paragraph
        long[][] hashes = {{1, 2, 3, 9}, {1, 2, 3, 4}};
        assertEquals(List.of(new Prefixes.Hit(0, 1, 1)), Prefixes.inCluster(hashes, new byte[] {MARKER, LAST}));
        // read without the marker, 0 stops at 9, which 1 does not have
        assertEquals(List.of(), Prefixes.inCluster(hashes, new byte[] {LAST, LAST}));
        // both end in markers: 0's content stops at 2, which 1 follows with 3, its last content paragraph
        assertEquals(List.of(new Prefixes.Hit(0, 1, 1)), Prefixes.inCluster(new long[][] {{1, 2, 9}, {1, 2, 3, 9}},
                new byte[] {MARKER, MARKER}));
    }

    @Test
    void theFirstOtherMemberAndItsFirstOccurrenceWin() {
        long[][] hashes = {{7, 5}, {5, 1, 5, 2}, {5, 3, 4}};
        // 0 stops at 5: member 1 has it first at 0 (three more paragraphs up to its last), not at 2
        assertEquals(List.of(new Prefixes.Hit(0, 1, 3)), Prefixes.inCluster(hashes, new byte[] {LAST, NONE, NONE}));
        // a member's own last paragraph earlier in itself is no hit, and an empty member is skipped
        assertEquals(List.of(), Prefixes.inCluster(new long[][] {{5, 1, 5}, {}}, new byte[] {LAST, LAST}));
    }

    @Test
    void theChecksStateIsReadAmongADocumentsStates() {
        Object[] states = {"other", new TruncationCheck.EndState(2, "…and goes on."), 3};
        assertEquals(MARKER, Prefixes.flagsIn(states));
        assertEquals("…and goes on.", Prefixes.endingIn(states));
        assertEquals(-1, Prefixes.flagsIn(new Object[] {"other", null}));
        assertNull(Prefixes.endingIn(new Object[] {null}));
    }
}
