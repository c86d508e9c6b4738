package io.github.corpuscheck.adopt;

import io.github.corpuscheck.gate.RulePattern;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
     * Reads, parses and checks a suppressions file (UTF-8, a byte order mark is skipped): every line's rule pattern
     * must match one of {@code knownRuleIds} (a misspelt rule would suppress nothing, silently). Bytes that are not
     * UTF-8, lines that are not suppressions and unknown rules are an {@link IllegalArgumentException} naming the
     * file and the line.
     */
    public static List<Suppressions.Exclusion> read(Path file, Collection<String> knownRuleIds) throws IOException {
        List<Suppressions.Exclusion> exclusions =
                parse(decode(Files.readAllBytes(file), file.toString()).lines().toList(), file.toString());
        validate(exclusions, file.toString(), knownRuleIds);
        return exclusions;
    }

    static String decode(byte[] bytes, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new IllegalArgumentException("Suppressions file " + name + " line " + line
                    + ": bytes that are not valid UTF-8 (at byte " + (at - lineStart + 1) + " of the line); save it as UTF-8.");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
                        + ": expected 'rule-pattern: glob, glob', found '" + SafeText.oneLine(lines.get(i).trim()) + "'.");
            }
            out.add(new Suppressions.Exclusion(rule, globs, i + 1));
        }
        return out;
    }
}
