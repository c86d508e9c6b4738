package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule naming a dated duplicate of an undated document, shared by the check and searches elsewhere. */
class DuplicateDatesTest {

    private static final int NONE = DuplicateDates.NO_DATE;

    @Test
    void theFirstOtherDatedMemberInTheClustersOrder() {
        assertEquals(2, DuplicateDates.firstDated(0, new int[] {NONE, NONE, 19_000, 18_000}));
        assertEquals(0, DuplicateDates.firstDated(1, new int[] {19_500, NONE, 19_000}));
        // the member itself is skipped even when it has a date
        assertEquals(1, DuplicateDates.firstDated(0, new int[] {19_500, 19_000}));
        assertEquals(-1, DuplicateDates.firstDated(0, new int[] {NONE, NONE}));
        assertEquals(-1, DuplicateDates.firstDated(0, new int[] {NONE}));
    }

    @Test
    void exactDuplicatesHaveTheSameParagraphHashes() {
        assertTrue(DuplicateDates.exact(new long[] {1, 2}, new long[] {1, 2}));
        assertFalse(DuplicateDates.exact(new long[] {1, 2}, new long[] {1, 2, 3}));
        assertFalse(DuplicateDates.exact(new long[] {2, 1}, new long[] {1, 2}));
        assertTrue(DuplicateDates.exact(new long[0], new long[0]));
    }

    @Test
    void theChecksStateIsReadAmongADocumentsStates() {
        Object[] states = {"other", new MetadataCheck.DocState(19_000, false, 1, 2, 3, 4)};
        assertEquals(new DuplicateDates.DateState(19_000, false), DuplicateDates.dateIn(states));
        assertEquals(new DuplicateDates.DateState(NONE, true),
                DuplicateDates.dateIn(new Object[] {new MetadataCheck.DocState(NONE, true, 1, 0, 0, 0)}));
        assertNull(DuplicateDates.dateIn(new Object[] {"other", null}));
    }
}
