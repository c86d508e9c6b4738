package io.github.corpuscheck.run;

import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A settings file: YAML or JSON (JSON is YAML 1.2, so one parser reads both) whose top-level keys are the setting
 * names every front end shares ({@link CheckRegistry#options()}), e.g.
 *
 * <pre>{@code
 * directory: corpus
 * reportFormats: [json, sarif]
 * shingleSize: 5
 * rules:
 *   - {id: truncation.too-short, severity: off}
 * limits:
 *   - {rule: duplicate.*, maximumRatio: 0.01}
 * fields: {date: /meta/published}
 * }</pre>
 *
 * <p>{@link #read} returns the keys and values as the file has them, ready for {@link CorpusSettings.Builder#setAll},
 * which parses and validates them (an unknown key is reported there, with a suggestion). Values are read with the
 * YAML 1.2 core schema: {@code off}, {@code no} or {@code 2025-12-31} stay text, only {@code true}/{@code false} are
 * booleans. An empty file (or one of comments only) holds no setting.
 *
 * <p><b>Relative paths are relative to the file's folder</b>, wherever the tool is run from: the values of every
 * {@link Kind#PATH} and {@link Kind#PATHS} setting are resolved here, so a file beside the corpus can say
 * {@code directory: corpus}. The project folder of the run (where default reports go, and what report paths are
 * relative to) stays whatever the front end says; other relative paths (command-line options) resolve against it.
 */
public final class SettingsFile {

    private SettingsFile() {}

    /** The settings in the file, path settings resolved against its folder, kinds from the class path's families. */
    public static Map<String, Object> read(Path file) throws SettingsException {
        return read(file, CheckRegistry.load());
    }

    /**
     * The settings in the file, in file order, with the values of PATH and PATHS settings of {@code registry} resolved
     * against the file's folder.
     *
     * @throws SettingsException when the file is missing or unreadable, is not YAML or JSON (the message names the
     *     file, line and column), or its top level is not a mapping of setting names
     */
    public static Map<String, Object> read(Path file, CheckRegistry registry) throws SettingsException {
        Object document = parse(file);
        if (document == null) {
            return new LinkedHashMap<>();
        }
        if (!(document instanceof Map<?, ?> top)) {
            throw problem(file, "the top level must be a mapping of setting names to values "
                    + "(like 'directory: corpus'), not " + describe(document) + ".");
        }
        Map<String, Option> options = new LinkedHashMap<>();
        registry.options().forEach(o -> options.put(o.name(), o));
        Path folder = file.toAbsolutePath().normalize().getParent();
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                problems.add(file + ": setting names must be text, not " + describe(e.getKey()) + ".");
                continue;
            }
            Option option = options.get(name);
            Kind kind = option == null ? null : option.kind();
            out.put(name, kind == Kind.PATH || kind == Kind.PATHS ? resolve(folder, e.getValue()) : e.getValue());
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return out;
    }

    /**
     * One value written in YAML or JSON, e.g. a command-line option's {@code {name: language, required: true}}.
     *
     * @param what names the value in the problem, e.g. {@code --fieldRules}
     * @throws SettingsException when the text is not YAML or JSON
     */
    public static Object parseValue(String text, String what) throws SettingsException {
        try {
            return new Load(loadSettings(what)).loadFromString(text);
        } catch (YamlEngineException e) {
            String problem = e instanceof MarkedYamlEngineException m && m.getProblem() != null ? m.getProblem().strip()
                    : e.getMessage();
            throw new SettingsException(List.of(what + ": '" + text + "' is not valid YAML or JSON: " + problem + "."));
        } catch (StackOverflowError e) { // the parser recurses once per level of nesting
            throw new SettingsException(List.of(what + ": nested too deeply to be settings."));
        }
    }

    private static LoadSettings loadSettings(String label) {
        return LoadSettings.builder().setLabel(label).setSchema(new CoreSchema()).setAllowDuplicateKeys(false).build();
    }

    private static Object parse(Path file) throws SettingsException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Load(loadSettings(file.toString())).loadFromInputStream(in);
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file.");
        } catch (IOException e) {
            throw problem(file, "cannot be read: " + IoProblems.describe(e) + ".");
        } catch (MarkedYamlEngineException e) {
            throw new SettingsException(List.of(syntaxMessage(file, e)));
        } catch (YamlEngineException e) {
            throw problem(file, "not valid YAML or JSON: " + e.getMessage());
        } catch (StackOverflowError e) { // the parser recurses once per level of nesting
            throw problem(file, "nested too deeply to be settings.");
        }
    }

    /**
     * {@code Settings file F, line L, column C: problem (context that starts at line L', column C').}, lines and
     * columns counted from 1.
     */
    static String syntaxMessage(Path file, MarkedYamlEngineException e) {
        StringBuilder sb = new StringBuilder("Settings file ").append(file);
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        if (mark != null) {
            sb.append(", ").append(position(mark));
        }
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        sb.append(": ").append(problem.isEmpty() ? "not valid YAML or JSON" : problem);
        String context = e.getContext() == null ? "" : e.getContext().strip();
        if (!context.isEmpty()) {
            sb.append(" (").append(context);
            e.getContextMark().filter(m -> m != mark).ifPresent(m -> sb.append(" that starts at ").append(position(m)));
            sb.append(')');
        }
        return sb.append('.').toString();
    }

    private static String position(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    /** Text values become paths resolved against the folder; anything else is left for the builder to judge. */
    private static Object resolve(Path folder, Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? s : folder.resolve(s.strip()).normalize();
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(o instanceof String s && !s.isBlank() ? folder.resolve(s.strip()).normalize() : o);
            }
            return out;
        }
        return value;
    }

    private static String describe(Object value) {
        if (value instanceof Collection) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        return "the value '" + value + "'";
    }

    private static SettingsException problem(Path file, String message) {
        return new SettingsException(List.of("Settings file " + file + ": " + message));
    }
}
