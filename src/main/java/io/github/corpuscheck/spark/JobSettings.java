package io.github.corpuscheck.spark;

import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.ToolVersion;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a job as they travel to the executors: the setting values (paths as text) and the project folder.
 * Each JVM builds its {@link CorpusSettings} from them once, with the families found on its own class path.
 */
final class JobSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Object> values;
    private final String projectDirectory;
    private transient CorpusSettings settings;

    JobSettings(Map<String, Object> values, Path projectDirectory) {
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> this.values.put(k, portable(v)));
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize().toString();
    }

    /** The run's settings (built once per JVM). */
    CorpusSettings settings() {
        if (settings == null) {
            try {
                Path project = Path.of(projectDirectory);
                settings = CorpusSettings.builder(project, CheckRegistry.load()).toolVersion(ToolVersion.current())
                        .outputBase(project.resolve("target").resolve("corpus")).setAll(values).build();
            } catch (SettingsException e) {
                throw new IllegalArgumentException(String.join(" ", e.problems()), e);
            }
        }
        return settings;
    }

    /** The value with paths as text and collections as plain serializable ones. */
    private static Object portable(Object v) {
        if (v instanceof Path p) {
            return p.toString();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(o -> out.add(portable(o)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            LinkedHashMap<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, o) -> out.put(portable(k), portable(o)));
            return out;
        }
        return v;
    }
}
