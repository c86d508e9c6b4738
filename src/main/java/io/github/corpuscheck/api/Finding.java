package io.github.corpuscheck.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in the corpus: which document, where, why, and with what evidence. Immutable; build one with
 * {@link #builder(Rule)}. The severity is the effective one, set by the engine from the rule settings.
 *
 * <p>{@code evidence} values are JSON-like: {@code String}, {@code Number}, {@code Boolean}, {@code List} or
 * {@code Map} of those; insertion order is kept so reports are deterministic.
 */
public final class Finding {

    private final Rule rule;
    private final Severity severity;
    private final int documentIndex;
    private final String document;
    private final String file;
    private final int line;
    private final String message;
    private final List<String> related;
    private final List<Location> relatedLocations;
    private final Map<String, Object> evidence;

    private Finding(Builder b) {
        this.rule = Objects.requireNonNull(b.rule, "rule");
        this.severity = b.severity == null ? b.rule.defaultSeverity() : b.severity;
        this.documentIndex = b.documentIndex;
        this.document = b.document;
        this.file = b.file;
        this.line = b.line;
        this.message = Objects.requireNonNull(b.message, "message");
        // Compact immutable copies: a large corpus can have hundreds of thousands of findings in memory.
        this.related = b.related == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(b.related));
        this.relatedLocations = b.related == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(b.relatedLocations));
        this.evidence = SmallMap.ofEntries(b.evidence, b.evidenceLength);
    }

    public static Builder builder(Rule rule) {
        return new Builder(rule);
    }

    /** A builder for a finding about a whole document, located where the document starts. */
    public static Builder about(Rule rule, Document doc) {
        return new Builder(rule).document(doc.index(), doc.id()).at(doc.file(), doc.line());
    }

    public Rule rule() {
        return rule;
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return severity;
    }

    /** Reading-order index of the document, or -1 when the problem is not tied to a document (e.g. a bad line). */
    public int documentIndex() {
        return documentIndex;
    }

    public String document() {
        return document;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String message() {
        return message;
    }

    public List<String> related() {
        return related;
    }

    public List<Location> relatedLocations() {
        return relatedLocations;
    }

    public Map<String, Object> evidence() {
        return evidence;
    }

    /** A builder holding this finding's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(rule)
                .severity(severity)
                .document(documentIndex, document)
                .at(file, line)
                .message(message);
        for (int i = 0; i < related.size(); i++) {
            b.related(related.get(i), relatedLocations.get(i));
        }
        evidence.forEach(b::evidence);
        return b;
    }

    @Override
    public String toString() {
        return rule.id() + " " + severity.label() + " " + document + " (" + file + ":" + line + "): " + message;
    }

    /**
     * Mutable builder; not thread-safe. Checks build findings inside their per-document code, so the builder is kept
     * small: evidence goes into one array and the related lists are made only when used.
     */
    public static final class Builder {
        private final Rule rule;
        private Severity severity;
        private int documentIndex = -1;
        private String document;
        private String file;
        private int line;
        private String message;
        private List<String> related;
        private List<Location> relatedLocations;
        /** Keys at even, values at odd indices, in insertion order; {@code evidenceLength} slots used. */
        private Object[] evidence = new Object[16];
        private int evidenceLength;

        private Builder(Rule rule) {
            this.rule = rule;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder document(int index, String id) {
            this.documentIndex = index;
            this.document = id;
            return this;
        }

        public Builder at(String file, int line) {
            this.file = file;
            this.line = line;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder related(String documentId, Location location) {
            if (related == null) {
                related = new ArrayList<>(1);
                relatedLocations = new ArrayList<>(1);
            }
            related.add(documentId);
            relatedLocations.add(location);
            return this;
        }

        /** Adds an evidence entry; a key given again keeps its place and takes the new value (as a map would). */
        public Builder evidence(String key, Object value) {
            for (int i = 0; i < evidenceLength; i += 2) {
                if (evidence[i].equals(key)) {
                    evidence[i + 1] = value;
                    return this;
                }
            }
            if (evidenceLength == evidence.length) {
                evidence = Arrays.copyOf(evidence, evidenceLength * 2);
            }
            evidence[evidenceLength++] = key;
            evidence[evidenceLength++] = value;
            return this;
        }

        public Rule rule() {
            return rule;
        }

        public Finding build() {
            return new Finding(this);
        }
    }
}
