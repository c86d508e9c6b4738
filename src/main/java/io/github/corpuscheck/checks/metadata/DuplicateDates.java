package io.github.corpuscheck.checks.metadata;

import java.util.Arrays;

/**
 * The rule that names a dated duplicate of an undated document, shared by the metadata check's own search and
 * searches done elsewhere ({@link DuplicateDateSearch}).
 */
public final class DuplicateDates {

    private DuplicateDates() {}

    /** The epoch day of a document without a valid date. */
    public static final int NO_DATE = MetadataCheck.NO_DATE;

    /** What the metadata check keeps of a document's date: its epoch day ({@link #NO_DATE}), whether it is missing. */
    public record DateState(int epochDay, boolean missing) {}

    /** The metadata check's date state among a document's states (one per check), or {@code null} when it did not run. */
    public static DateState dateIn(Object[] states) {
        for (Object s : states) {
            if (s instanceof MetadataCheck.DocState d) {
                return new DateState(d.epochDay(), d.dateMissing());
            }
        }
        return null;
    }

    /**
     * The position of the first member of a cluster, other than {@code self}, with a valid date; {@code -1} when none.
     *
     * @param epochDays the members' dates in the cluster's order ({@link #NO_DATE} for none)
     */
    public static int firstDated(int self, int[] epochDays) {
        for (int k = 0; k < epochDays.length; k++) {
            if (k != self && epochDays[k] != NO_DATE) {
                return k;
            }
        }
        return -1;
    }

    /** Whether two members are exact duplicates: the same paragraph hashes; else near duplicates. */
    public static boolean exact(long[] paragraphHashes, long[] otherParagraphHashes) {
        return Arrays.equals(paragraphHashes, otherParagraphHashes);
    }
}
