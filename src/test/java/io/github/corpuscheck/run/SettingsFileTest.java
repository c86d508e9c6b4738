package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.gate.Limit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings files, YAML and JSON, read into the settings builder; families stand in by {@link FakeFamily}. */
class SettingsFileTest {

    static final String YAML = """
            # every kind of setting
            directory: corpus
            reportFormats: [json, sarif]
            threads: 2
            shingleSize: 5
            nearJaccard: 0.75
            foldCase: false
            maxDate: 2025-12-31
            extraTrailers: ["Read more, daily:*"]
            rules:
              - {id: input.empty-file, severity: off}
            limits:
              - {rule: input.*, maximumRatio: 0.01}
              - rule: input.binary
                maximumCount: 0
            fieldRules:
              - {name: language, required: true, allowedValues: [en, fr]}
            fields: {date: /meta/published}
            trailerFiles: [lists/trailers.txt]
            """;

    static final String JSON = """
            {"directory": "corpus",
             "reportFormats": ["json", "sarif"],
             "threads": 2,
             "shingleSize": 5,
             "nearJaccard": 0.75,
             "foldCase": false,
             "maxDate": "2025-12-31",
             "extraTrailers": ["Read more, daily:*"],
             "rules": [{"id": "input.empty-file", "severity": "off"}],
             "limits": [{"rule": "input.*", "maximumRatio": 0.01}, {"rule": "input.binary", "maximumCount": 0}],
             "fieldRules": [{"name": "language", "required": true, "allowedValues": ["en", "fr"]}],
             "fields": {"date": "/meta/published"},
             "trailerFiles": ["lists/trailers.txt"]}
            """;

    @TempDir
    Path dir;
    Path conf;
    Path project;

    @BeforeEach
    void folders() throws IOException {
        conf = Files.createDirectories(dir.resolve("conf"));
        project = Files.createDirectories(dir.resolve("project"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(conf.resolve(name), text);
    }

    private Map<String, Object> read(Path file) throws SettingsException {
        return SettingsFile.read(file, FakeFamily.registry());
    }

    private CorpusSettings settings(Map<String, Object> values) throws SettingsException {
        return CorpusSettings.builder(project, FakeFamily.registry()).setAll(values).build();
    }

    @Test
    void valuesKeepTheirYamlTypesAndFileOrder() throws Exception {
        Map<String, Object> read = read(write("corpus.yaml", YAML));

        assertEquals(List.of("directory", "reportFormats", "threads", "shingleSize", "nearJaccard", "foldCase", "maxDate",
                "extraTrailers", "rules", "limits", "fieldRules", "fields", "trailerFiles"), List.copyOf(read.keySet()));
        assertEquals(conf.resolve("corpus"), read.get("directory"));
        assertEquals(List.of("json", "sarif"), read.get("reportFormats"));
        assertEquals(5, read.get("shingleSize"));
        assertEquals(0.75, read.get("nearJaccard"));
        assertEquals(false, read.get("foldCase"));
        assertEquals("2025-12-31", read.get("maxDate"));
        assertEquals(List.of("Read more, daily:*"), read.get("extraTrailers"));
        // YAML 1.2: 'off' is text, not a boolean
        assertEquals(List.of(Map.of("id", "input.empty-file", "severity", "off")), read.get("rules"));
        assertEquals(List.of(Map.of("rule", "input.*", "maximumRatio", 0.01), Map.of("rule", "input.binary", "maximumCount", 0)),
                read.get("limits"));
        assertEquals(List.of(Map.of("name", "language", "required", true, "allowedValues", List.of("en", "fr"))),
                read.get("fieldRules"));
        assertEquals(Map.of("date", "/meta/published"), read.get("fields"));
        assertEquals(List.of(conf.resolve("lists/trailers.txt")), read.get("trailerFiles"));
    }

    @Test
    void yamlAndJsonGiveIdenticalSettings() throws Exception {
        CorpusSettings fromYaml = settings(read(write("corpus.yaml", YAML)));
        CorpusSettings fromJson = settings(read(write("corpus.json", JSON)));

        assertEquals(fromYaml.canonical(), fromJson.canonical());
        String canonical = fromYaml.canonical();
        for (String line : List.of(
                "directory=\"" + conf.resolve("corpus") + "\"",
                "reportFormats=[\"json\",\"sarif\"]",
                "threads=2",
                "shingleSize=5",
                "nearJaccard=0.75",
                "foldCase=false",
                "maxDate=\"2025-12-31\"",
                "extraTrailers=[\"Read more, daily:*\"]",
                "rules=[{\"id\":\"input.empty-file\",\"severity\":\"off\"}]",
                "limits=[{\"maximumRatio\":\"0.01\",\"rule\":\"input.*\"},{\"maximumCount\":\"0\",\"rule\":\"input.binary\"}]",
                "fieldRules=[{\"allowedValues\":[\"en\",\"fr\"],\"name\":\"language\",\"required\":\"true\"}]",
                "fields={\"date\":\"/meta/published\"}",
                "trailerFiles=[\"" + conf.resolve("lists/trailers.txt") + "\"]",
                // not in the file: defaults, relative to the project folder
                "baselineFile=\"" + project.resolve("corpus-baseline.json") + "\"",
                "outputDirectory=\"" + project.resolve("target/corpus") + "\"")) {
            assertEquals(1, canonical.lines().filter(line::equals).count(), line + " in\n" + canonical);
        }
        assertEquals(conf.resolve("corpus"), fromYaml.directory());
        assertEquals(List.of(new Limit("input.*", null, 0.01),
                new Limit("input.binary", 0L, null)), fromYaml.limits());
    }

    @Test
    void relativePathsAreRelativeToTheFileAndAbsoluteOnesStay() throws Exception {
        Path elsewhere = dir.resolve("elsewhere").toAbsolutePath();
        Map<String, Object> read = read(write("paths.yaml", "directory: ../data/corpus\noutputDirectory: "
                + elsewhere + "\nbaselineFile: ./baseline.json\ntrailerFiles: [a.txt, /abs/b.txt]\nsuppressionsFile: ''\n"));

        assertEquals(dir.resolve("data/corpus"), read.get("directory"));
        assertEquals(elsewhere, read.get("outputDirectory"));
        assertEquals(conf.resolve("baseline.json"), read.get("baselineFile"));
        assertEquals(List.of(conf.resolve("a.txt"), Path.of("/abs/b.txt")), read.get("trailerFiles"));
        assertEquals("", read.get("suppressionsFile"));
        CorpusSettings s = settings(read);
        assertEquals(dir.resolve("data/corpus"), s.directory());
        assertEquals(elsewhere, s.outputDirectory());
        assertEquals(conf.resolve("baseline.json"), s.baselineFile());
    }

    @Test
    void aFileGivenByARelativePathResolvesAgainstItsOwnFolder() throws Exception {
        write("rel.yaml", "directory: corpus\n");
        Path relative = Path.of("").toAbsolutePath().relativize(conf.resolve("rel.yaml").toAbsolutePath());

        assertEquals(conf.resolve("corpus").toAbsolutePath(), read(relative).get("directory"));
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path file = write("broken.yaml", "directory: corpus\n  shingleSize: 5\n");

        SettingsException e = assertThrows(SettingsException.class, () -> read(file));

        assertEquals(List.of("Settings file " + file + ", line 2, column 14: mapping values are not allowed here."),
                e.problems());
    }

    @Test
    void jsonSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path file = write("broken.json", "{\"directory\": \"corpus\",\n \"limits\": [{\"rule\": \"*\"}}\n");

        SettingsException e = assertThrows(SettingsException.class, () -> read(file));

        assertEquals(List.of("Settings file " + file + ", line 2, column 26: expected ',' or ']', but got } "
                + "(while parsing a flow sequence that starts at line 2, column 12)."), e.problems());
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws Exception {
        Path file = write("twice.yaml", "shingleSize: 5\nthreads: 1\nshingleSize: 6\n");

        SettingsException e = assertThrows(SettingsException.class, () -> read(file));

        assertEquals(List.of("Settings file " + file + ", line 3, column 1: found duplicate key shingleSize "
                + "(while constructing a mapping that starts at line 1, column 1)."), e.problems());
    }

    @Test
    void theTopLevelMustBeAMapping() throws Exception {
        Path list = write("list.yaml", "- directory: corpus\n");
        Path scalar = write("scalar.json", "\"corpus\"\n");

        assertEquals(List.of("Settings file " + list + ": the top level must be a mapping of setting names to values "
                + "(like 'directory: corpus'), not a list."), assertThrows(SettingsException.class, () -> read(list)).problems());
        assertEquals(List.of("Settings file " + scalar + ": the top level must be a mapping of setting names to values "
                + "(like 'directory: corpus'), not the value 'corpus'."),
                assertThrows(SettingsException.class, () -> read(scalar)).problems());
    }

    @Test
    void settingNamesMustBeText() throws Exception {
        Path file = write("keys.yaml", "1: corpus\nthreads: 2\n");

        assertEquals(List.of(file + ": setting names must be text, not the value '1'."),
                assertThrows(SettingsException.class, () -> read(file)).problems());
    }

    @Test
    void anEmptyFileOrOneOfCommentsHoldsNoSetting() throws Exception {
        assertEquals(Map.of(), read(write("empty.yaml", "")));
        assertEquals(Map.of(), read(write("comments.yaml", "# nothing set yet\n")));
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemNamingTheFile() throws Exception {
        Path file = conf.resolve("latin1.yaml");
        Files.write(file, new byte[] {'t', 'i', 't', 'l', 'e', 'F', 'i', 'e', 'l', 'd', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        SettingsException e = assertThrows(SettingsException.class, () -> read(file));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("Settings file " + file + ": "), e.problems().get(0));
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        Path file = conf.resolve("missing.yaml");

        assertEquals(List.of("Settings file " + file + ": no such file."),
                assertThrows(SettingsException.class, () -> read(file)).problems());
    }

    @Test
    void unknownKeysAndBadValuesAreReportedTogetherByTheBuilder() throws Exception {
        Map<String, Object> read = read(write("bad.yaml", "shingleSiz: 5\nthreads: many\nfoldCase: maybe\n"));

        SettingsException e = assertThrows(SettingsException.class, () -> settings(read));

        assertEquals(List.of("Unknown setting 'shingleSiz' (did you mean 'shingleSize'?).",
                "threads: 'many' must be a whole number.", "foldCase: 'maybe' must be true or false."), e.problems());
    }

    @Test
    void parseValueReadsOneInlineValue() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "language");
        expected.put("required", true);
        assertEquals(expected, SettingsFile.parseValue("{name: language, required: true}", "--fieldRules"));
        assertEquals(List.of("--fieldRules: '{name: x' is not valid YAML or JSON: expected ',' or '}', but got <stream end>."),
                assertThrows(SettingsException.class, () -> SettingsFile.parseValue("{name: x", "--fieldRules")).problems());
    }
}
