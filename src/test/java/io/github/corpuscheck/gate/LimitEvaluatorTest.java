package io.github.corpuscheck.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitEvaluatorTest {

    static final Rule NEAR = new Rule("duplicate.near", Severity.WARNING, "Near.");
    static final Rule MISSING = new Rule("metadata.missing", Severity.ERROR, "Missing.");

    static Finding f(Rule r, int doc) {
        return Finding.builder(r).document(doc, "d" + doc).message("x").build();
    }

    @Test
    void countsFindingsAndDocumentRatiosPerBound() {
        List<Finding> findings = List.of(f(NEAR, 0), f(NEAR, 0), f(NEAR, 2), f(MISSING, 1));
        List<LimitResult> r = LimitEvaluator.evaluate(List.of(
                new Limit("duplicate.*", 2L, 0.5),
                new Limit("metadata.missing", 1L, null),
                new Limit("*", null, 0.6)), findings, 3);
        assertEquals(List.of(
                new LimitResult("duplicate.*", "count", 3, 2, false),
                new LimitResult("duplicate.*", "ratio", 0.666667, 0.5, false),
                new LimitResult("metadata.missing", "count", 1, 1, true),
                new LimitResult("*", "ratio", 1.0, 0.6, false)), r);
    }

    @Test
    void noDocumentsMeansRatioZero() {
        assertEquals(List.of(new LimitResult("duplicate.*", "ratio", 0.0, 0.0, true)),
                LimitEvaluator.evaluate(List.of(new Limit("duplicate.*", null, 0.0)), List.of(), 0));
    }

    @Test
    void aRatioBoundThatIsNotANumberBetweenZeroAndOneIsRejected() {
        // A NaN bound compared false with every ratio: the limit failed on every corpus.
        assertEquals("Limit on '*': maximumRatio must be between 0 and 1, not NaN.",
                assertThrows(IllegalArgumentException.class, () -> new Limit("*", null, Double.NaN)).getMessage());
        assertEquals("Limit on '*': maximumRatio must be between 0 and 1, not Infinity.", assertThrows(
                IllegalArgumentException.class, () -> new Limit("*", null, Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("Limit on '*': maximumRatio must be between 0 and 1, not -0.1.",
                assertThrows(IllegalArgumentException.class, () -> new Limit("*", null, -0.1)).getMessage());
    }

    @Test
    void aPatternThatMatchesNoKnownRuleIsNamedWithTheClosestOne() {
        List<String> known = List.of("duplicate.exact", "duplicate.near", "input.binary", "metadata.missing");
        assertNull(RulePattern.unknown("duplicate.*", known));
        assertNull(RulePattern.unknown("duplicate", known));
        assertNull(RulePattern.unknown(" * ", known));
        assertNull(RulePattern.unknown("input.binary", known));
        assertEquals("is not a known rule (did you mean 'duplicate.exact'?)", RulePattern.unknown("duplicate.exakt", known));
        assertEquals("is not a family with rules (did you mean 'duplicate.*'?)", RulePattern.unknown("duplicates", known));
        assertEquals("is not a family with rules (did you mean 'metadata.*'?)", RulePattern.unknown("metdata.*", known));
        assertEquals("is not a known rule (the rules of duplicate are duplicate.exact, duplicate.near)",
                RulePattern.unknown("duplicate.same-text", known));
        assertEquals("is not a family with rules (the families are duplicate.*, input.*, metadata.*)",
                RulePattern.unknown("truncation.*", known));
    }
}
