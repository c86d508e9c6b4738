package io.github.corpuscheck.adopt;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rule patterns documents opt out of in their own metadata, e.g. front matter
 * {@code corpus-ignore: duplicate.near, truncation.*}. Reports nothing itself; only the few documents that carry
 * the field take memory.
 */
public final class IgnoreField implements CorpusCheck<IgnoreField.Ignore> {

    /** A document's id and the rule patterns it opts out of. */
    public record Ignore(String id, List<String> patterns) {}

    /** The metadata field (front-matter key or JSON field) that lists the ignored rule patterns. */
    public static final String NAME = "corpus-ignore";

    private final Map<Integer, List<String>> ignores = new HashMap<>();
    private final Map<String, List<String>> ignoresById = new HashMap<>();

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public StateCodec<Ignore> stateCodec() {
        return new StateCodec<>() {
            @Override
            public void write(DataOutput out, Ignore s) throws IOException {
                out.writeBoolean(s.id() != null);
                if (s.id() != null) {
                    out.writeUTF(s.id());
                }
                out.writeInt(s.patterns().size());
                for (String p : s.patterns()) {
                    out.writeUTF(p);
                }
            }

            @Override
            public Ignore read(DataInput in) throws IOException {
                String id = in.readBoolean() ? in.readUTF() : null;
                int n = in.readInt();
                List<String> patterns = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    patterns.add(in.readUTF());
                }
                return new Ignore(id, List.copyOf(patterns));
            }
        };
    }

    @Override
    public Ignore analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        List<String> patterns = parse(doc.field(NAME));
        return patterns == null ? null : new Ignore(doc.id(), patterns);
    }

    @Override
    public void collect(int documentIndex, Ignore ignore) {
        if (ignore != null) {
            ignores.put(documentIndex, ignore.patterns());
            if (ignore.id() != null) {
                ignoresById.merge(ignore.id(), ignore.patterns(), (a, b) -> a);
            }
        }
    }

    /** Rule patterns by document id, for findings that name the document as related (e.g. its duplicate). */
    public Map<String, List<String>> ignoresById() {
        return Collections.unmodifiableMap(ignoresById);
    }

    /** The suppressions these documents ask for, with the suppressions file's exclusions. */
    public Suppressions suppressions(List<Suppressions.Exclusion> exclusions) {
        return new Suppressions(ignores, ignoresById, exclusions);
    }

    /** Rule patterns by document index, for {@link Suppressions}. */
    public Map<Integer, List<String>> ignores() {
        return Collections.unmodifiableMap(ignores);
    }

    /**
     * Splits {@code "duplicate.near, truncation.*"} (commas and/or spaces), or a list as the readers keep it
     * ({@code ["duplicate.near","truncation.*"]}, a YAML or TOML list in front matter); {@code null} when nothing is
     * listed.
     */
    static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split("[\\[\\],\\s\"]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }
}
