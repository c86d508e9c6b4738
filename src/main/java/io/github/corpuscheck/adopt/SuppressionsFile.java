package io.github.corpuscheck.adopt;

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
     * Reads and parses a suppressions file (UTF-8, a byte order mark is skipped). Bytes that are not UTF-8 and lines
     * that are not suppressions are an {@link IllegalArgumentException} naming the file and the line.
     */
    public static List<Suppressions.Exclusion> read(Path file) throws IOException {
        return parse(decode(Files.readAllBytes(file), file.toString()).lines().toList(), file.toString());
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
