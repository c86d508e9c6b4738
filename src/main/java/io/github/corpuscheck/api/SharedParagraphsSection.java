package io.github.corpuscheck.api;

import java.util.List;
import java.util.Map;

/**
 * Duplicate pairs to show side by side: a cluster member and its representative, each as its paragraphs with the
 * ones the other document has too marked ({@code report.json}: {@value #NAME}).
 *
 * @param pairs the pairs, in the order to show them
 */
public record SharedParagraphsSection(List<Pair> pairs) implements ReportSection {

    public static final String NAME = "duplicatePairs";

    public SharedParagraphsSection {
        pairs = List.copyOf(pairs);
    }

    /**
     * A member and its representative.
     *
     * @param member the member's document id
     * @param representative the representative's document id
     * @param memberParagraphs the member's paragraphs, marked
     * @param representativeParagraphs the representative's paragraphs, marked
     */
    public record Pair(String member, String representative, List<MarkedParagraph> memberParagraphs,
            List<MarkedParagraph> representativeParagraphs) {
        public Pair {
            memberParagraphs = List.copyOf(memberParagraphs);
            representativeParagraphs = List.copyOf(representativeParagraphs);
        }

        Map<String, Object> json() {
            return SectionJson.ordered(
                    "member", member,
                    "representative", representative,
                    "memberParagraphs", SectionJson.mapped(memberParagraphs, MarkedParagraph::json),
                    "representativeParagraphs", SectionJson.mapped(representativeParagraphs, MarkedParagraph::json));
        }
    }

    /**
     * One paragraph of a side.
     *
     * @param text the paragraph as shown (possibly clipped)
     * @param shared whether the other document of the pair has it too
     */
    public record MarkedParagraph(String text, boolean shared) {
        Map<String, Object> json() {
            return SectionJson.ordered(
                    "text", text,
                    "shared", shared);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code [{"member", "representative", "memberParagraphs": [{"text", "shared"}], "representativeParagraphs"}]}. */
    @Override
    public Object json() {
        return SectionJson.mapped(pairs, Pair::json);
    }
}
