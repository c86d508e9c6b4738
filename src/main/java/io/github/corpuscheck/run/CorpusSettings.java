package io.github.corpuscheck.run;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.gate.Limit;
import io.github.corpuscheck.gate.RulePattern;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.internal.Closest;
import io.github.corpuscheck.report.Reports;
import io.github.corpuscheck.report.SourceLinks;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one run needs, validated and immutable: the run's own settings ({@link RunOptions}) and each family's
 * configuration, built from the same named values whichever front end (the Maven goals, the command line, a
 * settings file, a test) supplied them.
 *
 * <p>Built with {@link #builder}: {@link Builder#set} takes any setting by name with a value as a front end has it
 * (a string from a property or an option, a number, a boolean, a list, a map, a file); {@link Builder#build} parses
 * and validates them all and throws one {@link SettingsException} naming every bad setting and value. The canonical
 * form ({@link #canonical()}) is every setting as sorted {@code name=value} lines; the part that can change findings,
 * with the content hashes of the files it names, is the incremental cache's fingerprint ({@link #fingerprint()}).
 */
public final class CorpusSettings {

    /**
     * Stored: configured files' content hashes are part of the fingerprint in the cache header, compared with the
     * next run's. XXH3-64 without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    private final CheckRegistry registry;
    private final Goal goal;
    private final Path projectDirectory;
    private final String toolVersion;
    private final String projectName;
    private final Map<String, Option> options;
    /** Every option's effective value (parsed; defaults filled in), by name. Absent: unset and no default. */
    private final SortedMap<String, Object> values;
    private final Set<String> explicit;
    private final Map<String, Object> familyConfigs;
    private final boolean directoryDefaulted;
    private final Path directory;
    private final Path outputDirectory;
    private final ReaderOptions readerOptions;
    private final RuleSettings ruleSettings;
    private final List<Limit> limits;
    private final String reportFormats;

    private CorpusSettings(Builder b, Parsed p, Map<String, Object> familyConfigs, ReaderOptions readerOptions,
            RuleSettings ruleSettings, List<Limit> limits, Path directory, Path outputDirectory) {
        this.registry = b.registry;
        this.goal = b.goal;
        this.projectDirectory = b.projectDirectory;
        this.toolVersion = b.toolVersion;
        this.projectName = b.projectName;
        this.options = p.options;
        this.values = new TreeMap<>(p.values);
        this.explicit = Set.copyOf(p.explicit);
        this.familyConfigs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(familyConfigs));
        this.directoryDefaulted = !p.explicit.contains(RunOptions.DIRECTORY);
        this.directory = directory;
        this.outputDirectory = outputDirectory;
        this.readerOptions = readerOptions;
        this.ruleSettings = ruleSettings;
        this.limits = List.copyOf(limits);
        this.reportFormats = String.join(",", p.list("reportFormats"));
    }

    /** Settings for a run whose relative paths are resolved against {@code projectDirectory}. */
    public static Builder builder(Path projectDirectory) {
        return new Builder(projectDirectory, CheckRegistry.load());
    }

    /** The same, with these families instead of those on the class path. */
    public static Builder builder(Path projectDirectory, CheckRegistry registry) {
        return new Builder(projectDirectory, registry);
    }

    public CheckRegistry registry() {
        return registry;
    }

    public Goal goal() {
        return goal;
    }

    public Path projectDirectory() {
        return projectDirectory;
    }

    public String toolVersion() {
        return toolVersion;
    }

    /** The project's name as the front end knows it (a Maven project's name), or {@code null}. */
    public String projectName() {
        return projectName;
    }

    /** The {@code sourceLinkTemplate} setting, or {@code null}. */
    public String sourceLinkTemplate() {
        return (String) values.get("sourceLinkTemplate");
    }

    /** The corpus folder. */
    public Path directory() {
        return directory;
    }

    /** True when no directory was set: a missing default folder means "nothing to check", not an error. */
    public boolean directoryDefaulted() {
        return directoryDefaulted;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    public ReaderOptions readerOptions() {
        return readerOptions;
    }

    public RuleSettings ruleSettings() {
        return ruleSettings;
    }

    public List<Limit> limits() {
        return limits;
    }

    /** The report formats, comma-separated, validated. */
    public String reportFormats() {
        return reportFormats;
    }

    public boolean failOnViolation() {
        return (Boolean) values.get("failOnViolation");
    }

    /** Whether a corpus whose files gave no document passes (otherwise it fails the gate). */
    public boolean allowEmpty() {
        return (Boolean) values.get("allowEmpty");
    }

    public int maxConsoleFindings() {
        return (Integer) values.get("maxConsoleFindings");
    }

    /** The most findings report.json holds inline ({@code maxReportJsonFindings}); 0 means all. */
    public int maxReportJsonFindings() {
        return (Integer) values.get(RunOptions.MAX_REPORT_JSON_FINDINGS);
    }

    /** Worker threads, at least 1. */
    public int threads() {
        int t = (Integer) values.get("threads");
        return t > 0 ? t : Runtime.getRuntime().availableProcessors();
    }

    public boolean cache() {
        return (Boolean) values.get("cache");
    }

    /** The baseline file (set or defaulted), whether or not it exists. */
    public Path baselineFile() {
        return (Path) values.get(RunOptions.BASELINE_FILE);
    }

    /** The suppressions file when set explicitly, else {@code null} (the run then looks for the conventional one). */
    public Path suppressionsFile() {
        return (Path) values.get("suppressionsFile");
    }

    /** The folder code-scanning paths are relative to when set ({@code sarifRoot}), else {@code null} (found). */
    public Path sarifRoot() {
        return (Path) values.get(RunOptions.SARIF_ROOT);
    }

    /** The configuration of a family, as its provider built it. */
    public Object familyConfig(String family) {
        return familyConfigs.get(family);
    }

    /** Whether the user set this setting. */
    public boolean isSet(String name) {
        return explicit.contains(name);
    }

    /**
     * Every setting with its effective value, one {@code name=value} line each, sorted by name: stable across
     * front ends and runs for the same settings.
     */
    public String canonical() {
        StringBuilder sb = new StringBuilder();
        for (Option o : sortedOptions()) {
            sb.append(o.name()).append('=');
            render(sb, values.get(o.name()));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The canonical lines of the settings that can change findings, plus the goal and the content hash of every
     * file they name (phrase lists): equal fingerprints mean cached per-document results can be reused.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder("goal=").append(goal.id()).append('\n');
        for (Option o : sortedOptions()) {
            if (!o.affectsFindings()) {
                continue;
            }
            Object v = values.get(o.name());
            sb.append(o.name()).append('=');
            render(sb, v);
            if (o.kind() == Kind.PATHS && v instanceof List<?> files) {
                for (Object f : files) {
                    sb.append(" #").append(contentHash((Path) f));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private List<Option> sortedOptions() {
        return new TreeMap<>(options).values().stream().toList();
    }

    private static String contentHash(Path file) {
        try {
            return Long.toHexString(XXH3.hashBytesToLong(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static void render(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String || v instanceof Path || v instanceof LocalDate) {
            sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                render(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                render(sb, String.valueOf(e.getKey()));
                sb.append(':');
                render(sb, e.getValue());
            }
            sb.append('}');
        } else {
            sb.append(v);
        }
    }

    /** Collects settings by name; {@link #build} validates them all at once. */
    public static final class Builder {
        private final Path projectDirectory;
        private final CheckRegistry registry;
        private final Map<String, Object> raw = new LinkedHashMap<>();
        private Goal goal = Goal.CHECK;
        private String toolVersion = "unknown";
        private String projectName;
        private Path outputBase;

        private Builder(Path projectDirectory, CheckRegistry registry) {
            this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
            this.registry = Objects.requireNonNull(registry);
        }

        /**
         * Sets a setting by name (see {@link CheckRegistry#options()}); {@code null} leaves it unset. Strings are
         * parsed by the setting's kind; a later call replaces an earlier one.
         */
        public Builder set(String name, Object value) {
            if (value == null) {
                raw.remove(name);
            } else {
                raw.put(name, value);
            }
            return this;
        }

        /** Sets every entry, e.g. a settings file's top-level keys. */
        public Builder setAll(Map<String, ?> settings) {
            settings.forEach(this::set);
            return this;
        }

        public Builder goal(Goal value) {
            this.goal = Objects.requireNonNull(value);
            return this;
        }

        /** The version reports name the tool by. */
        public Builder toolVersion(String value) {
            this.toolVersion = value == null ? "unknown" : value;
            return this;
        }

        /** The project's name, for the titles of reports meant for people; {@code null} or blank: none. */
        public Builder projectName(String value) {
            this.projectName = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * The folder under which reports go when {@code outputDirectory} is not set (the goal's sub-folder is added);
         * default {@code target/corpus} of the project folder.
         */
        public Builder outputBase(Path value) {
            this.outputBase = value;
            return this;
        }

        public CorpusSettings build() throws SettingsException {
            Map<String, Option> options = new LinkedHashMap<>();
            registry.options().forEach(o -> options.put(o.name(), o));
            List<String> problems = new ArrayList<>();
            for (String name : raw.keySet()) {
                if (!options.containsKey(name)) {
                    problems.add("Unknown setting '" + name + "'" + suggestion(name, options.keySet()) + ".");
                }
            }
            Parsed p = new Parsed(options, projectDirectory, problems);
            for (Option o : options.values()) {
                p.parse(o, raw.get(o.name()));
            }
            // The run's own settings.
            Path directory = p.explicit.contains(RunOptions.DIRECTORY) ? (Path) p.values.get(RunOptions.DIRECTORY)
                    : projectDirectory.resolve("src/main/corpus");
            Path base = outputBase != null ? outputBase : projectDirectory.resolve("target").resolve("corpus");
            Path out = p.explicit.contains(RunOptions.OUTPUT_DIRECTORY) ? (Path) p.values.get(RunOptions.OUTPUT_DIRECTORY)
                    : goal.subfolder().isEmpty() ? base : base.resolve(goal.subfolder());
            p.values.put(RunOptions.DIRECTORY, directory);
            p.values.put(RunOptions.OUTPUT_DIRECTORY, out);
            if (ReaderOptions.realPath(out).equals(ReaderOptions.realPath(directory))) {
                p.problem(RunOptions.OUTPUT_DIRECTORY, out, "is the corpus folder itself: the reports and the cache "
                        + "would be read as articles; use a folder inside or outside it");
            }
            ReaderOptions reader = readerOptions(p, directory);
            List<String> ruleIds = registry.knownRuleIds();
            RuleSettings rules = ruleSettings(p, ruleIds);
            List<Limit> limits = limits(p, ruleIds);
            p.check("reportFormats", () -> Reports.writersFor(String.join(",", p.list("reportFormats"))));
            Path suppressions = (Path) p.values.get("suppressionsFile");
            if (suppressions != null && !Files.isRegularFile(suppressions)) {
                p.problem("suppressionsFile", suppressions, "does not exist");
            }
            Path sarifRoot = (Path) p.values.get(RunOptions.SARIF_ROOT);
            if (sarifRoot != null && !Files.isDirectory(sarifRoot)) {
                p.problem(RunOptions.SARIF_ROOT, sarifRoot, "is not a folder");
            }
            p.check("sourceLinkTemplate", () -> SourceLinks.validate((String) p.values.get("sourceLinkTemplate")));
            p.atLeast("maxConsoleFindings", 0);
            p.atLeast(RunOptions.MAX_REPORT_JSON_FINDINGS, 0);
            p.between("threads", 0, RunOptions.MAX_THREADS);
            if ((Long) p.values.get("maxFileSize") < 1) {
                p.problem("maxFileSize", p.values.get("maxFileSize"), "must be at least 1");
            }
            // Each family's configuration.
            Map<String, Object> configs = new LinkedHashMap<>();
            for (CheckProvider<?> provider : registry.providers()) {
                try {
                    configs.put(provider.family(), provider.configure(p));
                } catch (RuntimeException e) {
                    problems.add("Invalid " + provider.family() + " settings: " + e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new SettingsException(problems);
            }
            return new CorpusSettings(this, p, configs, reader, rules, limits, directory, out);
        }

        private static ReaderOptions readerOptions(Parsed p, Path directory) {
            Map<String, String> mapping = new LinkedHashMap<>(p.map("fields"));
            for (String field : RunOptions.FIELD_SHORTCUTS) {
                String v = p.text(field + "Field");
                if (v != null && !v.isBlank()) {
                    mapping.put(field, v.trim());
                }
            }
            InputFormat format = InputFormat.AUTO;
            try {
                format = InputFormat.parse(p.text("inputFormat"));
            } catch (IllegalArgumentException e) {
                p.problem("inputFormat", p.text("inputFormat"), "is not a format: use auto, text or jsonl");
            }
            Charset charset = Charset.defaultCharset();
            try {
                charset = Charset.forName(p.text("encoding"));
            } catch (RuntimeException e) {
                p.problem("encoding", p.text("encoding"), "is not an encoding this Java knows");
            }
            long maxLineSize = (Long) p.values.get("maxLineSize");
            if (maxLineSize < 1 || maxLineSize > ReaderOptions.MAX_LINE_SIZE) {
                p.problem("maxLineSize", maxLineSize, maxLineSize < 1 ? "must be at least 1"
                        : "must be at most " + ReaderOptions.MAX_LINE_SIZE + " (a line is held in one array)");
                maxLineSize = ReaderOptions.DEFAULT_MAX_LINE_SIZE;
            }
            return new ReaderOptions(directory, p.list("includes"), p.list("excludes"), format, charset,
                    new FieldMapping(mapping), (Long) p.values.get("maxFileSize"), maxLineSize,
                    (Boolean) p.values.get("followLinksOutside"), List.of(),
                    (Boolean) p.values.get("useDefaultExcludes"));
        }

        private static RuleSettings ruleSettings(Parsed p, List<String> ruleIds) {
            Map<String, Severity> m = new LinkedHashMap<>();
            for (Map<String, Object> r : p.records("rules")) {
                Object id = r.get("id");
                Object severity = r.get("severity");
                if (!(id instanceof String s) || s.isBlank() || severity == null) {
                    p.problem("rules", r, "each rule needs an id and a severity");
                    continue;
                }
                String unknown = RulePattern.unknown(s, ruleIds);
                if (unknown != null) {
                    p.problem("rules", s.trim(), unknown);
                    continue;
                }
                try {
                    m.put(s.trim(), Severity.parse(String.valueOf(severity)));
                } catch (IllegalArgumentException e) {
                    p.problem("rules", r, "severity must be error, warning or off");
                }
            }
            return new RuleSettings(m);
        }

        private static List<Limit> limits(Parsed p, List<String> ruleIds) {
            List<Limit> out = new ArrayList<>();
            for (Map<String, Object> l : p.records("limits")) {
                Object rule = l.get("rule");
                if (!(rule instanceof String s) || s.isBlank()) {
                    p.problem("limits", l, "each limit needs a rule (a rule id, family.* or *)");
                    continue;
                }
                String unknown = RulePattern.unknown(s, ruleIds);
                if (unknown != null) {
                    p.problem("limits", s.trim(), unknown);
                    continue;
                }
                try {
                    Object count = l.get("maximumCount");
                    Object ratio = l.get("maximumRatio");
                    out.add(new Limit(s.trim(), count == null ? null : Long.valueOf(String.valueOf(count).trim()),
                            ratio == null ? null : Double.valueOf(String.valueOf(ratio).trim())));
                } catch (NumberFormatException e) {
                    p.problem("limits", l, "maximumCount must be a whole number and maximumRatio a number");
                } catch (IllegalArgumentException e) {
                    p.problem("limits", l, e.getMessage());
                }
            }
            return out;
        }

        private static String suggestion(String name, Collection<String> known) {
            String best = Closest.to(name, known, 3);
            return best == null ? "" : " (did you mean '" + best + "'?)";
        }
    }

    /** Option values parsed to their kinds, with the problems found; the families' view of their options. */
    private static final class Parsed implements OptionValues {
        final Map<String, Option> options;
        final Path base;
        final List<String> problems;
        final Map<String, Object> values = new LinkedHashMap<>();
        final Set<String> explicit = new LinkedHashSet<>();

        Parsed(Map<String, Option> options, Path base, List<String> problems) {
            this.options = options;
            this.base = base;
            this.problems = problems;
        }

        void parse(Option o, Object rawValue) {
            Object v = null;
            if (rawValue != null) {
                try {
                    v = convert(o.kind(), rawValue);
                } catch (IllegalArgumentException | DateTimeParseException | NullPointerException | ArithmeticException e) {
                    problem(o.name(), rawValue, expected(o.kind()));
                }
            }
            if (v instanceof Double d && !Double.isFinite(d)) {
                problem(o.name(), rawValue, "must be a finite number");
                v = null;
            }
            if (v != null) {
                explicit.add(o.name());
            } else if (o.defaultValue() != null) {
                v = convert(o.kind(), o.defaultValue());
            } else {
                v = empty(o.kind());
            }
            if (v != null) {
                values.put(o.name(), v);
            }
        }

        private Object convert(Kind kind, Object raw) {
            String s = raw instanceof String str ? str.trim() : null;
            switch (kind) {
                case INTEGER:
                    return raw instanceof Number n ? Math.toIntExact(wholeNumber(n)) : s.isEmpty() ? null : Integer.valueOf(s);
                case LONG:
                    return raw instanceof Number n ? wholeNumber(n) : s.isEmpty() ? null : Long.valueOf(s);
                case DECIMAL:
                    return raw instanceof Number n ? n.doubleValue() : s.isEmpty() ? null : Double.valueOf(s);
                case BOOLEAN:
                    if (raw instanceof Boolean bool) {
                        return bool;
                    }
                    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                        return Boolean.valueOf(s);
                    }
                    if (s.isEmpty()) {
                        return null;
                    }
                    throw new IllegalArgumentException();
                case TEXT:
                    if (raw instanceof Map || raw instanceof Collection) {
                        throw new IllegalArgumentException();
                    }
                    String text = raw.toString().trim();
                    return text.isEmpty() ? null : text;
                case PATH:
                    return path(raw);
                case DATE:
                    if (raw instanceof LocalDate d) {
                        return d;
                    }
                    // "today" is the run's day (UTC): as a default it makes the cache fingerprint change with the day
                    return s.isEmpty() ? null : s.equalsIgnoreCase("today") ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(s);
                case LIST:
                    return strings(raw, true);
                case PHRASES:
                    return strings(raw, false);
                case PATHS: {
                    List<Path> out = new ArrayList<>();
                    for (Object o : raw instanceof Collection<?> c ? c : List.of(raw)) {
                        Path p = o == null ? null : path(o);
                        if (p != null) {
                            out.add(p);
                        }
                    }
                    return out.isEmpty() ? null : List.copyOf(out);
                }
                case MAP: {
                    if (!(raw instanceof Map<?, ?> m)) {
                        throw new IllegalArgumentException();
                    }
                    SortedMap<String, String> out = new TreeMap<>();
                    m.forEach((k, val) -> {
                        if (val instanceof Map || val instanceof Collection) {
                            throw new IllegalArgumentException();
                        }
                        if (k != null && val != null && !val.toString().isBlank()) {
                            out.put(k.toString().trim(), val.toString().trim());
                        }
                    });
                    return out.isEmpty() ? null : out;
                }
                case RECORDS: {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (Object o : raw instanceof Collection<?> c ? c : List.of(raw)) {
                        if (!(o instanceof Map<?, ?> m)) {
                            throw new IllegalArgumentException();
                        }
                        Map<String, Object> rec = new LinkedHashMap<>();
                        m.forEach((k, val) -> {
                            if (val instanceof Collection<?> c) {
                                rec.put(k.toString(), c.stream().filter(Objects::nonNull).map(x -> x.toString().trim())
                                        .filter(x -> !x.isEmpty()).toList());
                            } else if (val instanceof Map) {
                                throw new IllegalArgumentException();
                            } else if (val != null) {
                                rec.put(k.toString(), val.toString());
                            }
                        });
                        out.add(java.util.Collections.unmodifiableMap(new TreeMap<>(rec)));
                    }
                    return out.isEmpty() ? null : List.copyOf(out);
                }
                default:
                    throw new IllegalStateException(kind.toString());
            }
        }

        private static long wholeNumber(Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new IllegalArgumentException();
            }
            return n.longValue();
        }

        private Path path(Object raw) {
            Path p;
            if (raw instanceof Path path) {
                p = path;
            } else if (raw instanceof File f) {
                p = f.toPath();
            } else {
                String s = raw.toString().trim();
                if (s.isEmpty()) {
                    return null;
                }
                p = Path.of(s);
            }
            return p.isAbsolute() ? p : base.resolve(p);
        }

        private static List<String> strings(Object raw, boolean splitCommas) {
            List<String> out = new ArrayList<>();
            for (Object o : raw instanceof Collection<?> c ? c : List.of(raw)) {
                if (o instanceof Map || o instanceof Collection) {
                    throw new IllegalArgumentException();
                }
                if (o == null) {
                    continue;
                }
                for (String part : splitCommas ? o.toString().split(",") : new String[] {o.toString()}) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
            return out.isEmpty() ? null : List.copyOf(out);
        }

        private static Object empty(Kind kind) {
            return switch (kind) {
                case LIST, PHRASES, PATHS, RECORDS -> List.of();
                case MAP -> new TreeMap<String, String>();
                default -> null;
            };
        }

        private static String expected(Kind kind) {
            return switch (kind) {
                case INTEGER, LONG -> "must be a whole number";
                case DECIMAL -> "must be a number";
                case BOOLEAN -> "must be true or false";
                case DATE -> "must be a date like 2023-09-04";
                case MAP -> "must be a set of names with a value each";
                case RECORDS -> "must be a list of objects";
                default -> "must be text";
            };
        }

        void check(String name, Runnable validation) {
            try {
                validation.run();
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }

        void between(String name, int min, int max) {
            Object v = values.get(name);
            if (v instanceof Integer i && (i < min || i > max)) {
                problem(name, v, "must be between " + min + " and " + max);
            }
        }

        void atLeast(String name, int min) {
            Object v = values.get(name);
            if (v instanceof Integer i && i < min) {
                problem(name, v, "must be at least " + min);
            }
        }

        private Option option(String name) {
            Option o = options.get(name);
            if (o == null) {
                throw new IllegalArgumentException("No setting named '" + name + "' is declared.");
            }
            return o;
        }

        @Override
        public boolean isSet(String name) {
            option(name);
            return explicit.contains(name);
        }

        @Override
        public int integer(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? 0 : (Integer) v;
        }

        @Override
        public double decimal(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? 0 : (Double) v;
        }

        @Override
        public boolean bool(String name) {
            option(name);
            return Boolean.TRUE.equals(values.get(name));
        }

        @Override
        public String text(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? null : v.toString();
        }

        @Override
        public LocalDate date(String name) {
            option(name);
            return (LocalDate) values.get(name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> list(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? List.of() : (List<String>) v;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Path> paths(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? List.of() : (List<Path>) v;
        }

        @SuppressWarnings("unchecked")
        Map<String, String> map(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? Map.of() : (Map<String, String>) v;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> records(String name) {
            option(name);
            Object v = values.get(name);
            return v == null ? List.of() : (List<Map<String, Object>>) v;
        }

        @Override
        public void problem(String name, Object value, String message) {
            String m = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
            problems.add(name + ": '" + value + "' " + m + ".");
        }
    }
}
