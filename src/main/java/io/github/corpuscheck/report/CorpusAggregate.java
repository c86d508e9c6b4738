package io.github.corpuscheck.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reports of several modules of one build, side by side: totals, counts per module and rule, and every finding
 * located from the aggregating project's folder ({@code module-a/src/main/corpus/a.txt}). Modules are sorted by
 * name, so the same reports give the same aggregate whatever order the build listed them in.
 *
 * @param toolVersion the version of the plugin that aggregates
 * @param modules the modules that have a report, sorted by name
 */
public record CorpusAggregate(String toolVersion, List<Module> modules) {

    public CorpusAggregate {
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(Module::name));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("Two modules named " + sorted.get(i).name());
            }
        }
        modules = List.copyOf(sorted);
    }

    /**
     * One module's report.
     *
     * @param name the module's folder relative to the aggregating project's, {@code /}-separated ({@code .} for
     *     the aggregating project itself)
     * @param artifactId the module's artifact id
     */
    public record Module(String name, String artifactId, CorpusReport report) {

        /** Where the module's corpus is, from the aggregating project's folder. */
        public String corpusPath() {
            String dir = report.corpusDirectory();
            if (isAbsolute(dir) || name.equals(".")) {
                return dir;
            }
            return dir.equals(".") ? name : name + "/" + dir;
        }

        /** A corpus-relative file of this module, from the aggregating project's folder. */
        public String path(String file) {
            String corpus = corpusPath();
            return corpus.equals(".") ? file : corpus + "/" + file;
        }

        private static boolean isAbsolute(String dir) {
            return dir.startsWith("/") || dir.startsWith("\\") || (dir.length() > 1 && dir.charAt(1) == ':');
        }
    }

    /** A finding of one module, with its file located from the aggregating project's folder. */
    public record ModuleFinding(String module, String path, CorpusReport.FindingRow finding) {

        /** {@code module-a/src/main/corpus/a.txt:3}, or without {@code :line} when the line is unknown. */
        public String location() {
            return finding.line() > 0 ? path + ":" + finding.line() : path;
        }
    }

    /** A duplicate cluster of one module. */
    public record ModuleCluster(String module, CorpusReport.Cluster cluster) {}

    public long files() {
        return modules.stream().mapToLong(m -> m.report().files()).sum();
    }

    public long documents() {
        return modules.stream().mapToLong(m -> m.report().documents()).sum();
    }

    public long bytes() {
        return modules.stream().mapToLong(m -> m.report().bytes()).sum();
    }

    public long errors() {
        return modules.stream().mapToLong(m -> m.report().errors()).sum();
    }

    public long warnings() {
        return modules.stream().mapToLong(m -> m.report().warnings()).sum();
    }

    /** Whether any module's gate failed. */
    public boolean failed() {
        return modules.stream().anyMatch(m -> m.report().failed());
    }

    public List<String> failedModules() {
        return modules.stream().filter(m -> m.report().failed()).map(Module::name).toList();
    }

    /** Findings per rule over all modules, sorted by rule id. */
    public SortedMap<String, Long> byRule() {
        SortedMap<String, Long> total = new TreeMap<>();
        for (Module m : modules) {
            m.report().byRule().forEach((rule, n) -> total.merge(rule, n, Long::sum));
        }
        return Collections.unmodifiableSortedMap(total);
    }

    /** Findings per rule and module, both sorted; a module without findings of a rule is left out of its row. */
    public SortedMap<String, SortedMap<String, Long>> byRuleAndModule() {
        SortedMap<String, SortedMap<String, Long>> table = new TreeMap<>();
        for (Module m : modules) {
            m.report().byRule().forEach((rule, n) -> table.computeIfAbsent(rule, r -> new TreeMap<>()).put(m.name(), n));
        }
        return table;
    }

    /** Findings over all modules, including those of capped reports that are only in their findings files. */
    public long findingsTotal() {
        return modules.stream().mapToLong(m -> m.report().findingsTotal()).sum();
    }

    /** The modules whose report.json holds only the first findings, by name. */
    public List<String> capped() {
        return modules.stream().filter(m -> m.report().capped()).map(Module::name).toList();
    }

    /**
     * Every finding inside the modules' report.json, module by module, each module's in its report's order (of a
     * capped report, the first ones).
     */
    public List<ModuleFinding> findings() {
        List<ModuleFinding> all = new ArrayList<>();
        for (Module m : modules) {
            for (CorpusReport.FindingRow f : m.report().findings()) {
                all.add(new ModuleFinding(m.name(), m.path(f.file()), f));
            }
        }
        return all;
    }

    /** At most {@code max} findings, errors first, each severity module by module. */
    public List<ModuleFinding> worstFindings(int max) {
        List<ModuleFinding> known = new ArrayList<>();
        for (Module m : modules) {
            for (CorpusReport.FindingRow f : m.report().known()) {
                known.add(new ModuleFinding(m.name(), m.path(f.file()), f));
            }
        }
        return CorpusReport.worst(known, f -> f.finding().isError(), max);
    }

    /** Every duplicate cluster, module by module. */
    public List<ModuleCluster> clusters() {
        List<ModuleCluster> all = new ArrayList<>();
        for (Module m : modules) {
            m.report().clusters().forEach(c -> all.add(new ModuleCluster(m.name(), c)));
        }
        return all;
    }
}
