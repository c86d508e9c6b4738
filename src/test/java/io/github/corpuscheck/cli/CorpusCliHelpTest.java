package io.github.corpuscheck.cli;

import static io.github.corpuscheck.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.FakeFamily;
import io.github.corpuscheck.run.Goal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options are generated from the registry: every setting with a single-valued form is in every help. */
class CorpusCliHelpTest {

    @TempDir
    Path work;

    /** The help of the top command and of each goal. */
    private List<CliRun> helps(CheckRegistry registry) {
        List<CliRun> helps = new ArrayList<>();
        helps.add(run(work, registry, "--help"));
        for (Goal g : Goal.values()) {
            helps.add(run(work, registry, g.id(), "--help"));
        }
        return helps;
    }

    private static boolean listsOption(String help, String name) {
        return help.contains("--" + name + "=") || help.contains("--" + name + "[=");
    }

    @Test
    void everyHelpListsEverySettingWithAPropertyForm() {
        List<Option> options = CheckRegistry.load().options();
        for (CliRun help : helps(CheckRegistry.load())) {
            assertEquals(0, help.exit(), help.toString());
            assertEquals("", help.err());
            for (Option o : options) {
                assertEquals(o.property(), listsOption(help.out(), o.name()), o.name() + " in\n" + help.out());
            }
            for (String general : List.of("--config=FILE", "--rule=ID=SEVERITY", "--limit=RULE:BOUND=N", "--help",
                    "--version")) {
                assertTrue(help.out().contains(general), general + " in\n" + help.out());
            }
        }
    }

    @Test
    void aFamilysSettingsAppearWithDescriptionDefaultAndKindWithoutChangesToTheCommandLine() {
        for (CliRun help : helps(FakeFamily.registry())) {
            // descriptions wrap: compare with whitespace runs as one space
            String out = help.out().replaceAll("\\s+", " ");
            assertTrue(out.contains("fake family: Settings of every kind, no checks."), out);
            assertTrue(out.contains("--shingleSize=<n>"), out);
            assertTrue(out.contains("Words per shingle. Default: 5."), out);
            assertTrue(out.contains("--nearJaccard=<x>"), out);
            assertTrue(out.contains("--foldCase[=true|false]"), out);
            assertTrue(out.contains("--maxDate=<yyyy-MM-dd>"), out);
            assertTrue(out.contains("--extraTrailers=<phrase>"), out);
            assertTrue(out.contains("Repeatable; one value each (it may hold commas)."), out);
            // structured settings are written in a settings file
            assertFalse(listsOption(out, "fieldRules"), out);
            assertFalse(listsOption(out, "trailerFiles"), out);
            assertFalse(listsOption(out, "rules"), out);
            assertFalse(listsOption(out, "limits"), out);
            assertFalse(listsOption(out, "fields"), out);
        }
    }

    @Test
    void topHelpListsTheGoals() {
        String out = run(work, "--help").out();

        for (Goal g : Goal.values()) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("  " + g.id() + " ")), g.id() + " in\n" + out);
        }
        assertTrue(out.startsWith("Usage: corpus [-hV] <goal>"), out);
    }

    @Test
    void aGeneratedOptionReachesTheSettings() throws Exception {
        CliRun.copyFixture("clean", work.resolve("corpus"));

        CliRun bad = run(work, FakeFamily.registry(), "check", "corpus", "--shingleSize", "abc", "--maxDate", "someday");
        CliRun good = run(work, FakeFamily.registry(), "check", "corpus", "--shingleSize", "7", "--maxDate", "2025-12-31",
                "--extraTrailers", "Read more, daily:*");

        assertEquals(CorpusCli.USAGE, bad.exit(), bad.toString());
        assertEquals(List.of("[ERROR] shingleSize: 'abc' must be a whole number.",
                "[ERROR] maxDate: 'someday' must be a date like 2023-09-04."), bad.errLines());
        assertEquals(CorpusCli.PASSED, good.exit(), good.toString());
    }
}
