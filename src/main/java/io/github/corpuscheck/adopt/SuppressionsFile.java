package io.github.corpuscheck.adopt;

import io.github.corpuscheck.gate.RulePattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Parses a suppressions file: one line per rule pattern, then a colon, then document globs (matched against the
 * corpus-relative file and the document id), separated by commas or spaces; {@code #} starts a comment.
 *
 * <pre>
 * # archived wire copies are known duplicates
 * duplicate.*: archive/**, wire/2019-*.txt
 * truncation.mid-sentence: briefs/**
 * </pre>
 */
public final class SuppressionsFile {

    private SuppressionsFile() {}

    /**
     * Reads and checks the file: every line's rule pattern must match one of {@code knownRuleIds} (a misspelt rule
     * would suppress nothing, silently).
     *
     * @throws IllegalArgumentException naming the file, the line and the pattern of every problem
     */
    public static List<Suppressions.Exclusion> read(Path file, Collection<String> knownRuleIds) throws IOException {
        List<Suppressions.Exclusion> exclusions = parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        validate(exclusions, file.toString(), knownRuleIds);
        return exclusions;
    }

    /** Fails, naming each line, when a rule pattern matches none of the known rule ids. */
    static void validate(List<Suppressions.Exclusion> exclusions, String name, Collection<String> knownRuleIds) {
        List<String> problems = new ArrayList<>();
        for (Suppressions.Exclusion e : exclusions) {
            String unknown = RulePattern.unknown(e.rulePattern(), knownRuleIds);
            if (unknown != null) {
                problems.add("Suppressions file " + name + " line " + e.line() + ": '" + e.rulePattern() + "' "
                        + unknown + ".");
            }
        }
        if (problems.size() == 1) {
            throw new IllegalArgumentException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problems:\n  " + String.join("\n  ", problems));
        }
    }

    static List<Suppressions.Exclusion> parse(List<String> lines, String name) {
        List<Suppressions.Exclusion> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String rule = colon < 0 ? "" : line.substring(0, colon).trim();
            List<String> globs = new ArrayList<>();
            if (colon >= 0) {
                for (String g : line.substring(colon + 1).split("[,\\s]+")) {
                    if (!g.isBlank()) {
                        globs.add(g.trim());
                    }
                }
            }
            if (rule.isEmpty() || globs.isEmpty()) {
                throw new IllegalArgumentException("Suppressions file " + name + " line " + (i + 1)
                        + ": expected 'rule-pattern: glob, glob', found '" + lines.get(i).trim() + "'.");
            }
            out.add(new Suppressions.Exclusion(rule, globs, i + 1));
        }
        return out;
    }
}
