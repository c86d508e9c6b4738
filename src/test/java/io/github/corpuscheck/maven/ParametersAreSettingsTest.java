package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.run.CheckRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every goal's parameters are exactly the run's settings (plus {@code skip}), by name, with the same defaults: the
 * pom, the command line and settings files speak one language. The site report goals add only what shapes their
 * page.
 */
class ParametersAreSettingsTest {

    private static final List<String> MAVEN_ONLY = List.of("skip");
    /** Parameters of the page, not of the run: how much of the report the site page lists. */
    private static final List<String> PAGE_ONLY = List.of("maxReportClusters", "maxReportFindings");
    private static final List<String> REPORT_GOALS = List.of("report", "report-aggregate");

    @Test
    void everyGoalTakesEverySettingByItsNameWithItsDefault() throws Exception {
        Map<String, Option> options = new TreeMap<>();
        CheckRegistry.load().options().forEach(o -> options.put(o.name(), o));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        int goals = 0;
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            goals++;
            TreeSet<String> parameters = new TreeSet<>();
            TreeSet<String> pageParameters = new TreeSet<>();
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                if ("true".equals(text(p, "editable")) && !MAVEN_ONLY.contains(text(p, "name"))) {
                    (PAGE_ONLY.contains(text(p, "name")) ? pageParameters : parameters).add(text(p, "name"));
                }
            }
            assertEquals(options.keySet(), parameters, goal);
            assertEquals(REPORT_GOALS.contains(goal) ? PAGE_ONLY : List.of(), List.copyOf(pageParameters), goal);
            List<String> wrongDefaults = new ArrayList<>();
            NodeList configured = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
            for (int j = 0; j < configured.getLength(); j++) {
                if (configured.item(j) instanceof Element c && options.containsKey(c.getTagName())) {
                    String mavenDefault = c.getAttribute("default-value");
                    String settingDefault = options.get(c.getTagName()).defaultValue();
                    boolean same = mavenDefault.isEmpty() ? settingDefault == null
                            : mavenDefault.replace("${project.basedir}/", "").equals(settingDefault)
                                    || settingDefault == null && mavenDefault.equals(COMPUTED.get(c.getTagName()));
                    if (!same) {
                        wrongDefaults.add(c.getTagName() + ": " + mavenDefault + " vs " + settingDefault);
                    }
                }
            }
            assertEquals(List.of(), wrongDefaults, goal);
        }
        assertEquals(7, goals);
    }

    /**
     * Defaults the run computes (the setting has none), shown in the descriptor as the value the run takes: a
     * parameter left at it is passed to the run as unset, see {@link #computedDefaultsAreWhatTheRunTakes}.
     */
    private static final Map<String, String> COMPUTED = Map.of(
            "directory", AbstractCorpusMojo.DEFAULT_DIRECTORY,
            "includes", AbstractCorpusMojo.DEFAULT_INCLUDES,
            "outputDirectory", AbstractCorpusMojo.DEFAULT_OUTPUT_DIRECTORY,
            "suppressionsFile", AbstractCorpusMojo.DEFAULT_SUPPRESSIONS_FILE);

    /** The descriptor's computed defaults are the values an unset setting gives a run. */
    @Test
    void computedDefaultsAreWhatTheRunTakes() throws Exception {
        Path project = Path.of("target/computed-defaults").toAbsolutePath();
        io.github.corpuscheck.run.CorpusSettings s = io.github.corpuscheck.run.CorpusSettings.builder(project).build();
        assertEquals(project.resolve("src/main/corpus"), s.directory());
        assertEquals(project.resolve("target/corpus"), s.outputDirectory());
        assertEquals(String.join(",", io.github.corpuscheck.source.CorpusReader.defaultIncludes()),
                AbstractCorpusMojo.DEFAULT_INCLUDES);
        assertEquals("${project.basedir}/src/main/corpus", AbstractCorpusMojo.DEFAULT_DIRECTORY);
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
    }
}
