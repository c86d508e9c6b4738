package io.github.corpuscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.source.InputRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The README documents every rule with its default severity and every parameter a user can set. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    @Test
    void everyRuleIsInTheRulesTableWithItsDefaultSeverity() throws Exception {
        String readme = Files.readString(README);
        // The rules come from the families on the class path: a new family's rules must be documented too.
        List<Rule> rules = Stream.of(InputRules.ALL, CheckRegistry.load().rules()).flatMap(List::stream).toList();
        assertEquals(29, rules.size());
        for (Rule r : rules) {
            String row = "| `" + r.id() + "` | " + r.defaultSeverity().label() + " |";
            assertTrue(readme.contains(row), "README lacks the row " + row);
        }
    }

    /** The README's promise: grepping a rule id in the sources finds the one line of code that declares it. */
    @Test
    void everyRuleIdIsDeclaredOnceInItsFamilysPackage() throws Exception {
        List<Rule> rules = Stream.of(InputRules.ALL, CheckRegistry.load().rules()).flatMap(List::stream).toList();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Rule r : rules) {
            String literal = "\"" + r.id() + "\"";
            List<Path> declaring = new ArrayList<>();
            for (Path f : sources) {
                if (Files.readAllLines(f).stream().map(String::strip)
                        .anyMatch(l -> l.contains(literal) && !l.startsWith("*") && !l.startsWith("//"))) {
                    declaring.add(f);
                }
            }
            String family = r.id().substring(0, r.id().indexOf('.'));
            String expected = family.equals("input") ? "source" : "checks/" + family;
            assertEquals(1, declaring.size(), r.id() + " in " + declaring);
            assertTrue(declaring.get(0).getParent().endsWith(expected), r.id() + " in " + declaring);
        }
    }

    @Test
    void everyParameterOfTheCheckGoalIsDocumented() throws Exception {
        String readme = Files.readString(README);
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!"check".equals(text(mojo, "goal"))) {
                continue;
            }
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                if ("true".equals(text(p, "editable"))) {
                    checked++;
                    String name = text(p, "name");
                    if (!readme.contains("`" + name + "`")) {
                        missing.add(name);
                    }
                }
            }
        }
        assertTrue(checked > 40, "parameters found: " + checked);
        assertEquals(List.of(), missing);
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
    }
}
