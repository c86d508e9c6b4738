package io.github.corpuscheck.adopt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    public static List<Suppressions.Exclusion> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
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
