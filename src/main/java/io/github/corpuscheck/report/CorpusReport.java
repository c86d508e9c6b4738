package io.github.corpuscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * What a site page shows of one {@code report.json}, typed: the verdict, counts, limits, findings and duplicate
 * clusters. Read by {@link ReportJsonReader}; sections a page does not show (evidence, side-by-side texts, the
 * length histogram) are left out.
 *
 * @param toolVersion the plugin version that wrote the report
 * @param corpusDirectory the corpus folder as the report names it (relative to the project when inside it)
 * @param byRule findings per rule id, sorted by rule id
 * @param severities each rule's effective severity ({@code error}, {@code warning}, {@code off}) by rule id
 * @param suppressed suppressed findings, or -1 when the report has no such count
 * @param baselined findings accepted by the baseline, or -1 when no baseline was used
 * @param findings the findings inside report.json, in the report's order: every finding, or the first ones when the
 *     report's findings were capped
 * @param clusters the duplicate clusters, in the report's order (empty when the duplicate family did not run)
 * @param findingsTotal how many findings the run had ({@code findings.size()} unless capped)
 * @param findingsPath where the complete list of findings is, as report.json names it (relative to its folder), or
 *     {@code null} when report.json holds every finding
 * @param further findings after those inside report.json, read from the complete list, in report order: as many
 *     as {@link #worstFindings} needs for the reader's bound (empty when not capped or not asked for)
 */
public record CorpusReport(String toolVersion, String corpusDirectory, long files, long documents, long bytes,
        long errors, long warnings, boolean failed, long suppressed, long baselined, SortedMap<String, Long> byRule,
        Map<String, String> severities, List<LimitRow> limits, List<FindingRow> findings, List<Cluster> clusters,
        long findingsTotal, String findingsPath, List<FindingRow> further) {

    /** A report that holds every finding. */
    public CorpusReport(String toolVersion, String corpusDirectory, long files, long documents, long bytes,
            long errors, long warnings, boolean failed, long suppressed, long baselined, SortedMap<String, Long> byRule,
            Map<String, String> severities, List<LimitRow> limits, List<FindingRow> findings, List<Cluster> clusters) {
        this(toolVersion, corpusDirectory, files, documents, bytes, errors, warnings, failed, suppressed, baselined,
                byRule, severities, limits, findings, clusters, findings.size(), null, List.of());
    }

    /** Whether report.json holds only the first findings (the others are in {@link #findingsPath}). */
    public boolean capped() {
        return findingsPath != null;
    }

    /**
     * A limit as evaluated.
     *
     * @param target the rule pattern ({@code duplicate.*})
     * @param metric {@code count} or {@code ratio}
     * @param value what the run measured
     * @param maximum the bound
     */
    public record LimitRow(String target, String metric, double value, double maximum, boolean passed) {

        /** How far below the bound the value is: {@code maximum - value}, negative when crossed. */
        public double margin() {
            return maximum - value;
        }
    }

    /** One finding; {@code line} is 0 when unknown. */
    public record FindingRow(String rule, String severity, String document, String file, long line, String message) {

        /** {@code file:line}, or the file alone when the line is unknown. */
        public String location() {
            return line > 0 ? file + ":" + line : file;
        }

        public boolean isError() {
            return "error".equals(severity);
        }
    }

    /** A duplicate cluster: its representative and the other members' document ids. */
    public record Cluster(String representative, long size, double lowestSimilarity, List<String> members) {}

    /** A corpus-relative file from the project's folder ({@code src/main/corpus/a.txt}), with {@code :line} when known. */
    public String location(FindingRow f) {
        String path = corpusDirectory.equals(".") ? f.file() : corpusDirectory + "/" + f.file();
        return f.line() > 0 ? path + ":" + f.line() : path;
    }

    /** Crossed limits. */
    public List<LimitRow> crossedLimits() {
        return limits.stream().filter(l -> !l.passed()).toList();
    }

    /**
     * At most {@code max} findings, errors first, each severity in the report's order. Of a capped report, exact for
     * a {@code max} up to the bound it was read with ({@link ReportJsonReader#read(java.nio.file.Path, int)}).
     */
    public List<FindingRow> worstFindings(int max) {
        return worst(known(), FindingRow::isError, max);
    }

    /** The findings read: those inside report.json, then the {@link #further} ones. */
    public List<FindingRow> known() {
        if (further.isEmpty()) {
            return findings;
        }
        List<FindingRow> all = new ArrayList<>(findings);
        all.addAll(further);
        return all;
    }

    /** At most {@code max} of {@code all}: those {@code isError} accepts first, then the others, each in list order. */
    static <F> List<F> worst(List<F> all, Predicate<F> isError, int max) {
        List<F> out = new ArrayList<>();
        for (boolean errors : new boolean[] {true, false}) {
            for (F f : all) {
                if (out.size() >= max) {
                    return out;
                }
                if (isError.test(f) == errors) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
