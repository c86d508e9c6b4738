package io.github.corpuscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.report.JunitXmlReportWriter;
import io.github.corpuscheck.report.ReportWriter;
import io.github.corpuscheck.report.Reports;
import io.github.corpuscheck.report.SarifReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI recipes of the README are the files under examples/ci, parse as YAML and have the parts the README promises:
 * the plugin installed from a clone, plain {@code mvn}, the incremental cache restored and saved, reports kept
 * without it, JUnit XML published, every module's SARIF uploaded (GitHub), Code Quality (GitLab).
 */
class CiRecipesTest {

    private static final Path GITHUB = Path.of("examples/ci/github-workflow.yml");
    private static final Path GITLAB = Path.of("examples/ci/gitlab-ci.yml");
    private static final String CACHE = "**/target/corpus/cache";
    private static final String INSTALL = "install -DskipTests -Dinvoker.skip=true";

    @Test
    void theReadmeShowsExactlyTheRecipeFiles() throws Exception {
        List<String> blocks = yamlBlocks(Files.readString(Path.of("README.md")));
        assertTrue(blocks.contains(Files.readString(GITHUB)), "README has no yaml block equal to " + GITHUB);
        assertTrue(blocks.contains(Files.readString(GITLAB)), "README has no yaml block equal to " + GITLAB);
    }

    @Test
    void theGithubWorkflowInstallsRunsCachesAndPublishes() throws Exception {
        String text = Files.readString(GITHUB);
        assertFalse(text.contains("mvnw"), "the recipe must not need a Maven wrapper");
        Map<String, Object> workflow = map(new Load(LoadSettings.builder().build()).loadFromString(text));
        assertNotNull(workflow.get("on"));
        Map<String, Object> permissions = map(workflow.get("permissions"));
        assertEquals("write", permissions.get("security-events"));
        assertEquals("write", permissions.get("checks"));
        Map<String, Object> job = map(map(workflow.get("jobs")).get("corpus"));
        List<Map<String, Object>> steps = list(job.get("steps")).stream().map(CiRecipesTest::map).toList();

        int install = indexOfRun(steps, "git clone");
        assertTrue(run(steps.get(install)).contains("mvn -B -q -f ") && run(steps.get(install)).contains(INSTALL));
        int restore = indexOfUses(steps, "actions/cache/restore@");
        int gate = indexOfRun(steps, "mvn -B verify");
        int save = indexOfUses(steps, "actions/cache/save@");
        assertTrue(install < gate && restore < gate && gate < save, "install and restore, then the gate, then save");
        Map<String, Object> restoreWith = map(steps.get(restore).get("with"));
        Map<String, Object> saveWith = map(steps.get(save).get("with"));
        assertEquals(CACHE, restoreWith.get("path"));
        assertEquals(CACHE, saveWith.get("path"));
        assertEquals(restoreWith.get("key"), saveWith.get("key"));
        String key = (String) restoreWith.get("key");
        assertTrue(key.contains("github.head_ref || github.ref_name"), "keyed on the branch: " + key);
        List<String> restoreKeys = Arrays.stream(((String) restoreWith.get("restore-keys")).split("\n"))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        assertEquals(2, restoreKeys.size(), "the branch, then any branch: " + restoreKeys);
        assertTrue(key.startsWith(restoreKeys.get(0)) && restoreKeys.get(0).startsWith(restoreKeys.get(1)));

        // every step after the gate runs when the gate failed, too
        for (int i = gate + 1; i < steps.size(); i++) {
            assertEquals("${{ !cancelled() }}", steps.get(i).get("if"), "step " + steps.get(i).get("name"));
        }
        String formats = (String) map(job.get("env")).get("REPORT_FORMATS");
        assertTrue(run(steps.get(gate)).contains("-Dcorpus.reportFormats=$REPORT_FORMATS"));
        List<String> names = Reports.writersFor(formats).stream().map(ReportWriter::format).toList();
        assertTrue(names.containsAll(List.of("json", "sarif", "junit", "markdown")), names.toString());

        Map<String, Object> junit = map(steps.get(indexOfUses(steps, "mikepenz/action-junit-report@")).get("with"));
        assertEquals("**/target/corpus/" + JunitXmlReportWriter.FILE_NAME, junit.get("report_paths"));
        int collect = indexOfRun(steps, "find . -path '*/target/corpus/" + SarifReportWriter.FILE_NAME + "'");
        int upload = indexOfUses(steps, "github/codeql-action/upload-sarif@");
        assertTrue(collect < upload);
        assertEquals("${{ runner.temp }}/sarif", map(steps.get(upload).get("with")).get("sarif_file"));
        assertTrue(run(steps.get(collect)).contains("\"$RUNNER_TEMP/sarif/"));

        Map<String, Object> artifact = map(steps.get(indexOfUses(steps, "actions/upload-artifact@")).get("with"));
        assertEquals(List.of("**/target/corpus/", "!**/target/corpus/cache/"),
                Arrays.stream(((String) artifact.get("path")).split("\n")).map(String::strip).toList());
    }

    @Test
    void theGitlabJobInstallsRunsCachesAndPublishes() throws Exception {
        String text = Files.readString(GITLAB);
        assertFalse(text.contains("mvnw"), "the recipe must not need a Maven wrapper");
        Map<String, Object> job = map(map(new Load(LoadSettings.builder().build()).loadFromString(text)).get("corpus"));
        assertTrue(((String) job.get("image")).startsWith("maven:3.9-"));
        List<Object> before = list(job.get("before_script"));
        assertTrue(before.stream().anyMatch(c -> ((String) c).startsWith("git clone --depth 1 ")));
        assertTrue(before.stream().anyMatch(c -> ((String) c).startsWith("mvn -B -q -f ") && ((String) c).contains(INSTALL)));
        assertEquals(List.of("mvn -B verify \"-Dcorpus.reportFormats=$REPORT_FORMATS\""), job.get("script"));

        Map<String, Object> corpusCache = map(list(job.get("cache")).get(0));
        assertEquals("corpus-$CI_COMMIT_REF_SLUG", corpusCache.get("key"));
        assertEquals(List.of("corpus-$CI_DEFAULT_BRANCH"), corpusCache.get("fallback_keys"));
        assertEquals(List.of(CACHE + "/"), corpusCache.get("paths"));
        assertEquals("always", corpusCache.get("when"));

        Map<String, Object> artifacts = map(job.get("artifacts"));
        assertEquals("always", artifacts.get("when"));
        assertEquals(List.of("**/target/corpus/"), artifacts.get("paths"));
        assertEquals(List.of(CACHE + "/**/*"), artifacts.get("exclude"));
        Map<String, Object> reports = map(artifacts.get("reports"));
        assertEquals("**/target/corpus/" + JunitXmlReportWriter.FILE_NAME, reports.get("junit"));
        assertEquals("gl-code-quality-report.json", reports.get("codequality"));
        List<String> formats = List.of(((String) map(job.get("variables")).get("REPORT_FORMATS")).split(","));
        assertTrue(formats.containsAll(List.of("json", "junit", "codeclimate")), formats.toString());
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```yaml\n(.*?)^```$", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static int indexOfUses(List<Map<String, Object>> steps, String prefix) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).get("uses") instanceof String u && u.startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no step uses " + prefix);
    }

    private static int indexOfRun(List<Map<String, Object>> steps, String part) {
        for (int i = 0; i < steps.size(); i++) {
            if (run(steps.get(i)).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no step runs " + part);
    }

    private static String run(Map<String, Object> step) {
        return step.get("run") instanceof String r ? r : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, "expected a sequence: " + o);
        return (List<Object>) o;
    }
}
