package io.github.corpuscheck.cli;

import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.run.CheckRegistry;
import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.Goal;
import io.github.corpuscheck.run.IoProblems;
import io.github.corpuscheck.run.RunLog;
import io.github.corpuscheck.run.RunOptions;
import io.github.corpuscheck.run.RunOutcome;
import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.SettingsFile;
import io.github.corpuscheck.run.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The command line: {@code java -jar corpus-maven-plugin-<version>-cli.jar <goal> [DIR] [options]}, the same run as
 * the Maven goals ({@link CorpusRun} on {@link CorpusSettings}) for people who do not use Maven.
 *
 * <p>Goals are sub-commands ({@code check}, {@code metadata}, {@code duplicates}, {@code truncation},
 * {@code baseline}). Every setting with a single-valued form ({@link Option#property()}) is an option
 * {@code --<name>}, generated from {@link CheckRegistry#options()}, so a new setting needs no change here. Structured
 * settings come from a settings file ({@code --config}, see {@link SettingsFile}); rules and limits also have
 * {@code --rule ID=SEVERITY} and {@code --limit RULE:maximumCount=N} / {@code --limit RULE:maximumRatio=R}.
 * Command-line options override the settings file.
 *
 * <p>The project folder is the working folder: relative paths on the command line resolve against it and reports go
 * to {@code ./target/corpus[/<goal>]} unless {@code --outputDirectory} says otherwise, as with the plugin outside a
 * project. Paths in SARIF and Code Quality reports are relative to the root of the git repository found walking up
 * from the working folder, or from the corpus folder when the corpus lies outside that repository (a corpus checked
 * from elsewhere), as {@link io.github.corpuscheck.report.SourceRoot} describes; {@code --sarifRoot} sets it.
 * Information goes to standard output, {@code [WARN]} and {@code [ERROR]} lines to standard error.
 *
 * <p>Exit codes: {@link #PASSED} (also when the default corpus folder is missing and the run is skipped),
 * {@link #FAILED} (an error finding or a crossed limit, or files that gave no document without {@code --allowEmpty};
 * {@code --failOnViolation false} makes it 0), {@link #USAGE} (an unknown option or goal, a bad value, an unreadable
 * settings file, a missing or empty corpus folder, an I/O failure, too little memory), {@link #INTERNAL} (a bug: the
 * only case with a stack trace).
 */
public final class CorpusCli {

    /** The gate holds, or there was nothing to check. */
    public static final int PASSED = 0;
    /** The gate failed: an error finding or a crossed limit, or no document could be read. */
    public static final int FAILED = 1;
    /** The command could not run as given: usage, settings, input folder, I/O, or too little memory. */
    public static final int USAGE = 2;
    /** An unexpected exception: a bug. */
    public static final int INTERNAL = 3;

    static final String NAME = "corpus";
    private static final int HELP_WIDTH = 100;

    private static final Map<Goal, String> GOAL_DESCRIPTIONS = Map.of(
            Goal.CHECK, "Runs every check family and fails on an error finding or a crossed limit: the gate. "
                    + "Reports go to target/corpus.",
            Goal.METADATA, "Reports and gates the metadata family (and input). Reports go to target/corpus/metadata.",
            Goal.DUPLICATES, "Reports and gates the duplicate family (and input). Reports go to "
                    + "target/corpus/duplicates.",
            Goal.TRUNCATION, "Reports and gates the truncation and boilerplate families (and input). Reports go to "
                    + "target/corpus/truncation.",
            Goal.BASELINE, "Writes the baseline file (default corpus-baseline.json) accepting every current finding; "
                    + "later runs fail only on new findings. Reports go to target/corpus/baseline.");

    private final Path workingDirectory;
    private final CheckRegistry registry;

    /**
     * @param workingDirectory the project folder of every run: relative paths resolve against it, reports go under it
     * @param registry the check families
     */
    public CorpusCli(Path workingDirectory, CheckRegistry registry) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.registry = registry;
    }

    public static void main(String[] args) {
        System.exit(new CorpusCli(Path.of("").toAbsolutePath(), CheckRegistry.load()).commandLine().execute(args));
    }

    /** A new command line (parse state is per instance); set its out and err writers before {@code execute}. */
    public CommandLine commandLine() {
        TopCommand topCommand = new TopCommand();
        CommandSpec top = CommandSpec.wrapWithoutInspection(topCommand);
        topCommand.spec = top;
        top.name(NAME).mixinStandardHelpOptions(true).version(version());
        top.usageMessage()
                .description(escape("Checks a text corpus (one article per file, or JSON Lines) for metadata, "
                        + "duplicate, truncation and boilerplate problems, writes reports and fails on an error "
                        + "finding or a crossed limit. The same engine and settings as the Maven plugin's goals."),
                        "",
                        escape("Run as: java -jar corpus-maven-plugin-" + ToolVersion.current()
                                + "-cli.jar <goal> [DIR] [options]. Exit codes: 0 passed (or nothing to check), "
                                + "1 the gate failed, 2 usage, settings, missing corpus, I/O error or too little "
                                + "memory, 3 internal error."))
                .width(HELP_WIDTH).synopsisSubcommandLabel("<goal>")
                .commandListHeading("%nGoals:%n");
        List<GoalCommand> goals = new ArrayList<>();
        for (Goal goal : Goal.values()) {
            GoalCommand g = new GoalCommand(goal);
            goals.add(g);
            top.addSubcommand(goal.id(), g.spec);
        }
        GoalCommand check = goals.get(0);
        top.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> String.format("%nOptions of every goal ('" + NAME + " <goal> --help' for one goal):%n")
                        + check.optionSections(new Help(check.spec, help.colorScheme())));
        CommandLine cl = new CommandLine(top);
        cl.setParameterExceptionHandler(CorpusCli::usageError);
        cl.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println("[ERROR] Internal error, please report it with this trace:");
            e.printStackTrace(line.getErr());
            line.getErr().flush();
            return INTERNAL;
        });
        return cl;
    }

    /**
     * The settings a command line gives, without running it: the same mapping as a run, for tests and diagnostics.
     *
     * @throws SettingsException for every problem of the settings; a usage error is a picocli
     *     {@link ParameterException}
     */
    CorpusSettings settings(String... args) throws SettingsException {
        ParseResult parsed = commandLine().parseArgs(args).subcommand();
        if (parsed == null) {
            throw new SettingsException(List.of("No goal given."));
        }
        return ((GoalCommand) parsed.commandSpec().userObject()).settings(parsed);
    }

    private static String version() {
        return "corpus-maven-plugin " + ToolVersion.current();
    }

    /** Unknown option or goal, missing or malformed value: one line, suggestions, where to find the options. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("[ERROR] " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("[ERROR] See '" + line.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return USAGE;
    }

    /** Picocli treats descriptions as format strings with {@code ${...}} variables. */
    private static String escape(String s) {
        return s.replace("%", "%%").replace("${", "$${");
    }

    /** The top command without a goal. */
    private static final class TopCommand implements Callable<Integer> {
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            err.println("[ERROR] Missing goal: one of check, metadata, duplicates, truncation, baseline.");
            err.println("[ERROR] Usage: " + NAME + " <goal> [DIR] [options]; '" + NAME
                    + " --help' lists the goals and options.");
            err.flush();
            return USAGE;
        }
    }

    /** One goal: its options, generated from the registry, and the run. */
    private final class GoalCommand implements Callable<Integer> {
        final Goal goal;
        final CommandSpec spec;
        final PositionalParamSpec dir;
        final OptionSpec config;
        final OptionSpec rule;
        final OptionSpec limit;
        /** The setting options by setting name. */
        final Map<String, OptionSpec> settingOptions = new LinkedHashMap<>();
        final Map<String, Option> declarations = new LinkedHashMap<>();
        /** Help sections: heading, options. */
        final Map<String, List<OptionSpec>> sections = new LinkedHashMap<>();

        GoalCommand(Goal goal) {
            this.goal = goal;
            this.spec = CommandSpec.wrapWithoutInspection(this);
            spec.name(goal.id()).mixinStandardHelpOptions(true).version(version());
            spec.usageMessage().description(escape(GOAL_DESCRIPTIONS.get(goal))).abbreviateSynopsis(true)
                    .sortOptions(false).width(HELP_WIDTH).longOptionsMaxWidth(32);
            dir = PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("DIR").type(String.class)
                    .description(escape("The corpus folder (the same as --directory). Default: src/main/corpus of the "
                            + "working folder, and the run is skipped when that is missing; a folder that is named "
                            + "and missing or empty is an error (exit code 2)."))
                    .build();
            spec.addPositional(dir);
            config = OptionSpec.builder("--config").paramLabel("FILE").type(String.class).arity("1")
                    .description(escape("A settings file, YAML or JSON, whose keys are the setting names (the option "
                            + "names below, plus rules, limits, fieldRules, fields and the other structured settings). "
                            + "Relative paths in it are relative to its folder. Options on the command line override "
                            + "it."))
                    .build();
            rule = OptionSpec.builder("--rule").paramLabel("ID=SEVERITY").type(List.class)
                    .auxiliaryTypes(String.class).arity("1")
                    .description(escape("A severity override: a rule id, family.* or *, with error, warning or off, "
                            + "as in --rule truncation.too-short=off. Repeatable; added to the settings file's rules, "
                            + "replacing its entry for the same id."))
                    .build();
            limit = OptionSpec.builder("--limit").paramLabel("RULE:BOUND=N").type(List.class)
                    .auxiliaryTypes(String.class).arity("1")
                    .description(escape("A threshold: a rule id, family.* or *, with maximumCount (findings) or "
                            + "maximumRatio (share of documents, 0 to 1), as in "
                            + "--limit duplicate.*:maximumRatio=0.01 or "
                            + "--limit 'metadata.*:maximumCount=0,maximumRatio=0.1'. Repeatable; sets that bound of "
                            + "the rule's limit, replacing it in the settings file."))
                    .build();
            spec.addOption(config);
            spec.addOption(rule);
            spec.addOption(limit);
            List<OptionSpec> general = new ArrayList<>(List.of(config, rule, limit));
            sections.put("Options:", general);
            Map<String, String> familyOf = new LinkedHashMap<>();
            for (CheckProvider<?> p : registry.providers()) {
                p.options().forEach(o -> familyOf.put(o.name(), p.family()));
            }
            for (Option o : registry.options()) {
                if (!o.property()) {
                    continue;
                }
                OptionSpec os = settingOption(o);
                spec.addOption(os);
                settingOptions.put(o.name(), os);
                declarations.put(o.name(), o);
                String family = familyOf.get(o.name());
                String heading = family == null ? "Input, reports and gate:" : heading(family);
                sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(os);
            }
            // -h/--help and -V/--version from the standard mixin
            Set<OptionSpec> listed = new LinkedHashSet<>();
            sections.values().forEach(listed::addAll);
            for (OptionSpec os : spec.options()) {
                if (!listed.contains(os)) {
                    general.add(os);
                }
            }
            spec.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
                    help -> "");
            spec.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                    this::optionSections);
        }

        private String heading(String family) {
            CheckProvider<?> p = registry.provider(family);
            String description = p.description() == null || p.description().isBlank() ? "" : " " + p.description();
            return family + " family:" + description;
        }

        /** The options in sections: general, the run's settings, then each family's in run order. */
        String optionSections(Help help) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, List<OptionSpec>> s : sections.entrySet()) {
                sb.append(System.lineSeparator()).append(s.getKey()).append(System.lineSeparator());
                sb.append(help.optionListExcludingGroups(s.getValue(), help.createDefaultLayout(), null,
                        help.parameterLabelRenderer()));
            }
            return sb.toString();
        }

        private OptionSpec settingOption(Option o) {
            StringBuilder d = new StringBuilder(o.description());
            switch (o.kind()) {
                case LIST -> d.append(" Repeatable; commas also separate values.");
                case PHRASES -> d.append(" Repeatable; one value each (it may hold commas).");
                case PATHS -> d.append(" Repeatable; one file each.");
                case MAP -> d.append(" Repeatable, KEY=VALUE.");
                case RECORDS -> d.append(" Repeatable; each value one object in YAML flow style, {key: value, ...}.");
                default -> { }
            }
            if (o.defaultValue() != null) {
                d.append(" Default: ").append(o.defaultValue()).append('.');
            }
            OptionSpec.Builder b = OptionSpec.builder("--" + o.name()).description(escape(d.toString()))
                    .paramLabel(label(o.kind()));
            switch (o.kind()) {
                case BOOLEAN -> b.type(Boolean.class).arity("0..1").fallbackValue("true");
                case LIST, PHRASES, PATHS, RECORDS -> b.type(List.class).auxiliaryTypes(String.class).arity("1");
                case MAP -> b.type(Map.class).auxiliaryTypes(String.class, String.class).arity("1");
                default -> b.type(String.class).arity("1");
            }
            return b.build();
        }

        private static String label(Kind kind) {
            return switch (kind) {
                case INTEGER, LONG -> "<n>";
                case DECIMAL -> "<x>";
                case BOOLEAN -> "true|false";
                case TEXT -> "<text>";
                case PATH, PATHS -> "<path>";
                case DATE -> "<yyyy-MM-dd>";
                case LIST -> "<value>";
                case PHRASES -> "<phrase>";
                case MAP -> "<key=value>";
                case RECORDS -> "<object>";
            };
        }

        @Override
        public Integer call() {
            CommandLine line = spec.commandLine();
            CliLog log = new CliLog(line.getOut(), line.getErr());
            try {
                return run(line.getParseResult(), log);
            } finally {
                log.flush();
            }
        }

        /**
         * The settings of the parsed command line: the settings file, then the options over it.
         *
         * @throws SettingsException with every problem: the settings file's, the command line's short forms', the
         *     settings'
         */
        CorpusSettings settings(ParseResult parsed) throws SettingsException {
            Map<String, Object> values = new LinkedHashMap<>();
            if (parsed.hasMatchedOption(config)) {
                values.putAll(SettingsFile.read(workingDirectory.resolve((String) config.getValue()), registry));
            }
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, OptionSpec> e : settingOptions.entrySet()) {
                if (parsed.hasMatchedOption(e.getValue())) {
                    Object value = e.getValue().getValue();
                    if (declarations.get(e.getKey()).kind() == Kind.RECORDS) {
                        value = StructuredOptions.records(e.getKey(), value, problems);
                    }
                    values.put(e.getKey(), value);
                }
            }
            if (parsed.hasMatchedPositional(dir)) {
                OptionSpec directory = settingOptions.get(RunOptions.DIRECTORY);
                if (directory != null && parsed.hasMatchedOption(directory)) {
                    problems.add("Give the corpus folder once: as DIR or with --directory, not both.");
                } else {
                    values.put(RunOptions.DIRECTORY, dir.getValue());
                }
            }
            if (parsed.hasMatchedOption(rule)) {
                StructuredOptions.rules(rule.getValue(), values, problems);
            }
            if (parsed.hasMatchedOption(limit)) {
                StructuredOptions.limits(limit.getValue(), values, problems);
            }
            try {
                CorpusSettings settings = CorpusSettings.builder(workingDirectory, registry).goal(goal)
                        .toolVersion(ToolVersion.current())
                        .outputBase(workingDirectory.resolve("target").resolve("corpus"))
                        .setAll(values).build();
                if (problems.isEmpty()) {
                    return settings;
                }
            } catch (SettingsException e) {
                problems.addAll(e.problems());
            }
            throw new SettingsException(problems);
        }

        private int run(ParseResult parsed, CliLog log) {
            CorpusSettings settings;
            try {
                settings = settings(parsed);
            } catch (SettingsException e) {
                e.problems().forEach(log::error);
                return USAGE;
            }
            RunOutcome outcome;
            try {
                outcome = CorpusRun.execute(settings, log);
            } catch (IllegalArgumentException e) {
                log.error("Invalid settings: " + e.getMessage());
                return USAGE;
            } catch (IOException | UncheckedIOException e) {
                log.error("Could not check corpus " + settings.directory() + ": "
                        + IoProblems.describe(e, settings.outputDirectory()));
                return USAGE;
            }
            return outcome.exitCode(settings.failOnViolation(), log);
        }
    }

    /** Information to standard output; warnings and errors, prefixed, to standard error. */
    private record CliLog(PrintWriter out, PrintWriter err) implements RunLog {
        @Override
        public void info(String line) {
            out.println(line);
        }

        @Override
        public void warn(String line) {
            out.flush();
            err.println("[WARN] " + line);
        }

        @Override
        public void error(String line) {
            out.flush();
            err.println("[ERROR] " + line);
        }

        void flush() {
            out.flush();
            err.flush();
        }
    }
}
