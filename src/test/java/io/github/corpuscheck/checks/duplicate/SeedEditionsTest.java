package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.InMemorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two AFP editions the product was conceived from, read from {@code ../shared/seeds} when that folder exists
 * (it is not part of the project). 000 is undated (an error, like metadata.missing), 002 dated and complete.
 */
class SeedEditionsTest {

    static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    void seedEditionsAreReportedAtDefaultSettings() throws Exception {
        Path s000 = SEEDS.resolve("000_07b1de2b178fda24.txt");
        Path s002 = SEEDS.resolve("002_0ccf2b6c9cd7d587.txt");
        assumeTrue(Files.isRegularFile(s000) && Files.isRegularFile(s002), "seeds not available");
        InMemorySource corpus = InMemorySource.inOneFile("corpus.jsonl")
                .add("000_07b1de2b178fda24.txt", Files.readString(s000))
                .add("002_0ccf2b6c9cd7d587.txt", Map.of("date", "2023-09-04"), Files.readString(s002));
        CheckResult r = DuplicateCheckTest.run(corpus, DuplicateConfig.defaults(), 2);
        List<Finding> dups = DuplicateCheckTest.duplicates(r);
        System.out.println("SEEDS " + dups);
        assertEquals(1, dups.size(), dups.toString());
        Finding f = dups.get(0);
        assertEquals("duplicate.near", f.ruleId());
        assertEquals("000_07b1de2b178fda24.txt", f.document());
        assertEquals(List.of("002_0ccf2b6c9cd7d587.txt"), f.related());
        System.out.println("SEEDS evidence " + f.evidence());
        assertEquals(12, f.evidence().get("sharedParagraphs"));
        assertEquals("paragraphs", f.evidence().get("basis"));
    }
}
