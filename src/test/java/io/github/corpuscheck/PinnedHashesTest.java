package io.github.corpuscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hashes whose values outlive a run (cache, baselines; each package's {@code StoredHashesGoldenTest} pins them) must
 * not rest on a library default that may change in a hash4j release. The golden values catch a change only once it
 * happens; these source rules keep the choice visible: every similarity hash names its version, and every hash
 * function is named once per class, in a constant whose comment says whether its values are stored.
 */
class PinnedHashesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern SIMILARITY_CALL = Pattern.compile("\\bSimilarityHashing\\s*\\.\\s*\\w+\\s*\\(");
    private static final Pattern HASH_FUNCTION = Pattern.compile("\\bHashing\\s*\\.\\s*\\w+\\s*\\(");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everySimilarityHashNamesItsVersion() throws IOException {
        int calls = 0;
        for (Path file : sources()) {
            String s = Files.readString(file);
            Matcher m = SIMILARITY_CALL.matcher(s);
            while (m.find()) {
                String arguments = s.substring(m.end(), closingParenthesis(s, m.end()));
                assertTrue(arguments.matches("(?s).*\\b\\w+Version\\.V\\d+\\b.*"),
                        file + ": SimilarityHashing call without a pinned version: " + m.group() + arguments + ")");
                calls++;
            }
        }
        assertTrue(calls > 0, "the duplicate check's MinHash policy is found");
    }

    @Test
    void everyHashFunctionIsNamedOncePerClassAndSaysWhetherItIsStored() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : sources()) {
            String s = Files.readString(file);
            List<Integer> at = new ArrayList<>();
            for (Matcher m = HASH_FUNCTION.matcher(s); m.find(); ) {
                at.add(m.start());
            }
            if (at.isEmpty()) {
                continue;
            }
            int lineStart = s.lastIndexOf('\n', at.get(0)) + 1;
            String line = s.substring(lineStart, s.indexOf('\n', at.get(0)));
            String before = s.substring(Math.max(0, s.lastIndexOf("/**", lineStart)), lineStart);
            if (at.size() > 1 || !line.contains("static final") || !before.contains("tored")) {
                bad.add(file + " (" + at.size() + " hash function calls)");
            }
        }
        assertEquals(List.of(), bad);
    }

    private static int closingParenthesis(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced parentheses");
    }
}
