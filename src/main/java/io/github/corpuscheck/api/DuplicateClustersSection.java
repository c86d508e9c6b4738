package io.github.corpuscheck.api;

import java.util.List;
import java.util.Map;

/**
 * The duplicate clusters of a run, in the duplicate check's cluster order ({@code report.json}: {@value #NAME}).
 *
 * @param clusters every cluster, each with its members other than the representative
 */
public record DuplicateClustersSection(List<Cluster> clusters) implements ReportSection {

    public static final String NAME = "duplicates";

    public DuplicateClustersSection {
        clusters = List.copyOf(clusters);
    }

    /**
     * One cluster.
     *
     * @param representative the document id of the representative
     * @param members the other documents, in id order
     */
    public record Cluster(String representative, List<Member> members) {
        public Cluster {
            members = List.copyOf(members);
        }

        /** The cluster's id: its representative's document id. */
        public String id() {
            return representative;
        }

        /** Number of documents, representative included. */
        public int size() {
            return members.size() + 1;
        }

        /** The lowest Jaccard similarity of a member to the representative; 1.0 without members. */
        public double lowestSimilarity() {
            double lowest = 1.0;
            for (Member m : members) {
                lowest = Math.min(lowest, m.jaccard());
            }
            return lowest;
        }

        Map<String, Object> json() {
            return SectionJson.ordered(
                    "id", id(),
                    "representative", representative,
                    "size", size(),
                    "lowestSimilarity", lowestSimilarity(),
                    "members", SectionJson.mapped(members, Member::json));
        }
    }

    /**
     * A member of a cluster other than its representative, with its scores against the representative (rounded
     * to 4 decimals).
     *
     * @param document the member's document id
     * @param rule the id of the rule it breaks ({@code duplicate.exact} or {@code duplicate.near})
     * @param jaccard Jaccard similarity of the shingle sets
     * @param containmentOfDocument share of this document's shingles found in the representative
     * @param containmentOfRepresentative share of the representative's shingles found in this document
     * @param sharedParagraphs number of paragraphs both have
     */
    public record Member(String document, String rule, double jaccard, double containmentOfDocument,
            double containmentOfRepresentative, int sharedParagraphs) {

        Map<String, Object> json() {
            return SectionJson.ordered(
                    "document", document,
                    "rule", rule,
                    "jaccard", jaccard,
                    "containmentOfDocument", containmentOfDocument,
                    "containmentOfRepresentative", containmentOfRepresentative,
                    "sharedParagraphs", sharedParagraphs);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code {"clusters": [{"id", "representative", "size", "lowestSimilarity", "members": [...]}, ...]}}. */
    @Override
    public Object json() {
        return Map.of("clusters", SectionJson.mapped(clusters, Cluster::json));
    }
}
