package io.github.corpuscheck.maven;

import io.github.corpuscheck.adopt.AdoptionFilter;
import io.github.corpuscheck.adopt.Baseline;
import io.github.corpuscheck.adopt.BaselineFile;
import io.github.corpuscheck.adopt.IgnoreField;
import io.github.corpuscheck.adopt.Suppressions;
import io.github.corpuscheck.adopt.SuppressionsFile;
import io.github.corpuscheck.cache.CacheSettings;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.run.CheckSuite;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.Limit;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.metadata.MetadataConfig;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.report.ConsoleSummary;
import io.github.corpuscheck.checks.stats.LengthHistogramCheck;
import io.github.corpuscheck.report.ProgressLog;
import io.github.corpuscheck.report.ReportContext;
import io.github.corpuscheck.report.ReportWriter;
import io.github.corpuscheck.checks.stats.SharedParagraphsCheck;
import io.github.corpuscheck.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters and flow shared by every goal: map parameters to an engine request, run it, log, write reports,
 * fail once at the end. No checking logic lives here.
 */
public abstract class AbstractCorpusMojo extends AbstractMojo {

    /**
     * The corpus folder. Default <code>${project.basedir}/src/main/corpus</code>; when left at the default and the folder
     * does not exist, the goal logs one line and skips. When set and missing or empty, the build fails.
     *
     * <pre><code>&lt;directory&gt;${project.basedir}/corpus&lt;/directory&gt;</code></pre>
     */
    @Parameter(property = "corpus.directory")
    protected File directory;

    /**
     * Ant-style globs of the files to read, relative to {@code directory}. Default: {@code **}{@code /*.txt},
     * {@code **}{@code /*.md}, {@code **}{@code /*.jsonl}, {@code **}{@code /*.jsonl.gz}, {@code **}{@code /*.ndjson}.
     *
     * <pre>{@code <includes><include>articles/**}{@code /*.txt</include></includes>}</pre>
     */
    @Parameter(property = "corpus.includes")
    protected List<String> includes;

    /**
     * Ant-style globs of files to leave out. Default: none.
     *
     * <pre>{@code <excludes><exclude>drafts/**</exclude></excludes>}</pre>
     */
    @Parameter(property = "corpus.excludes")
    protected List<String> excludes;

    /**
     * How files are read: {@code auto} (by extension: {@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson} as JSON
     * Lines, the rest as one article per file), {@code text} or {@code jsonl}. Default {@code auto}.
     *
     * <pre>{@code <inputFormat>jsonl</inputFormat>}</pre>
     */
    @Parameter(property = "corpus.inputFormat", defaultValue = "auto")
    protected String inputFormat;

    /**
     * Encoding of the corpus files. Default {@code UTF-8}. Bytes invalid in it are reported as {@code input.encoding}.
     *
     * <pre>{@code <encoding>UTF-8</encoding>}</pre>
     */
    @Parameter(property = "corpus.encoding", defaultValue = "UTF-8")
    protected String encoding;

    /**
     * Where logical fields ({@code id}, {@code text}, {@code title}, {@code date}, {@code dateline}, {@code source},
     * {@code url}, {@code language}, {@code author}, or custom ones) are in JSON Lines objects: a key or a JSON Pointer.
     * Default: each field under its own name.
     *
     * <pre>{@code <fields><date>/meta/published</date><text>body</text></fields>}</pre>
     */
    @Parameter
    protected Map<String, String> fields;

    /** Shortcut for {@code fields/id}. <pre>{@code <idField>doc_id</idField>}</pre> */
    @Parameter(property = "corpus.idField")
    protected String idField;

    /** Shortcut for {@code fields/text}. <pre>{@code <textField>body</textField>}</pre> */
    @Parameter(property = "corpus.textField")
    protected String textField;

    /** Shortcut for {@code fields/title}. <pre>{@code <titleField>headline</titleField>}</pre> */
    @Parameter(property = "corpus.titleField")
    protected String titleField;

    /** Shortcut for {@code fields/date}. <pre>{@code <dateField>/meta/date</dateField>}</pre> */
    @Parameter(property = "corpus.dateField")
    protected String dateField;

    /** Shortcut for {@code fields/dateline}. <pre>{@code <datelineField>dateline</datelineField>}</pre> */
    @Parameter(property = "corpus.datelineField")
    protected String datelineField;

    /** Shortcut for {@code fields/source}. <pre>{@code <sourceField>agency</sourceField>}</pre> */
    @Parameter(property = "corpus.sourceField")
    protected String sourceField;

    /** Shortcut for {@code fields/url}. <pre>{@code <urlField>link</urlField>}</pre> */
    @Parameter(property = "corpus.urlField")
    protected String urlField;

    /** Shortcut for {@code fields/language}. <pre>{@code <languageField>lang</languageField>}</pre> */
    @Parameter(property = "corpus.languageField")
    protected String languageField;

    /** Shortcut for {@code fields/author}. <pre>{@code <authorField>byline</authorField>}</pre> */
    @Parameter(property = "corpus.authorField")
    protected String authorField;

    /**
     * Where reports go. Default <code>${project.build.directory}/corpus</code> for {@code check} and
     * <code>${project.build.directory}/corpus/&lt;goal&gt;</code> for the single-family goals ({@code ./target/corpus...}
     * without a project). The plugin writes nowhere else.
     *
     * <pre><code>&lt;outputDirectory&gt;${project.build.directory}/corpus-reports&lt;/outputDirectory&gt;</code></pre>
     */
    @Parameter(property = "corpus.outputDirectory")
    protected File outputDirectory;

    /**
     * Report formats to write, comma-separated: {@code json} ({@code report.json}, always written, with
     * {@code timing.json} beside it), {@code html} ({@code index.html}), {@code sarif} ({@code corpus.sarif}),
     * {@code junit} ({@code TEST-corpus.xml}), {@code markdown} ({@code summary.md}, also appended to
     * {@code $GITHUB_STEP_SUMMARY}), {@code csv} ({@code duplicates.csv}). Default {@code json,html}.
     *
     * <pre>{@code <reportFormats>json,html,sarif,junit,markdown</reportFormats>}</pre>
     */
    @Parameter(property = "corpus.reportFormats", defaultValue = "json,html")
    protected String reportFormats;

    /** Skips the goal. Default {@code false}. <pre>{@code <skip>true</skip>}</pre> */
    @Parameter(property = "corpus.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Fails the build on an error finding or a crossed limit. With {@code false} the goal only reports. Default
     * {@code true}.
     *
     * <pre>{@code <failOnViolation>false</failOnViolation>}</pre>
     */
    @Parameter(property = "corpus.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /**
     * How many findings of each rule are printed in the build log (all are in the reports). Default 20.
     *
     * <pre>{@code <maxConsoleFindings>50</maxConsoleFindings>}</pre>
     */
    @Parameter(property = "corpus.maxConsoleFindings", defaultValue = "20")
    protected int maxConsoleFindings;

    /**
     * Text files larger than this many bytes are reported ({@code input.too-large}) and skipped; JSON Lines files
     * are streamed and have no limit. Default 67108864 (64 MB).
     *
     * <pre>{@code <maxFileSize>1048576</maxFileSize>}</pre>
     */
    @Parameter(property = "corpus.maxFileSize", defaultValue = "67108864")
    protected long maxFileSize;

    /**
     * Worker threads for analysis; 0 means one per available core. Results do not depend on it. Default 0.
     *
     * <pre>{@code <threads>2</threads>}</pre>
     */
    @Parameter(property = "corpus.threads", defaultValue = "0")
    protected int threads;

    /**
     * Severity overrides: a rule id, a family ({@code truncation.*}) or {@code *}, with {@code error},
     * {@code warning} or {@code off}. The most specific pattern wins.
     *
     * <pre>{@code
     * <rules>
     *   <rule><id>truncation.too-short</id><severity>off</severity></rule>
     *   <rule><id>duplicate.near</id><severity>error</severity></rule>
     * </rules>
     * }</pre>
     */
    @Parameter
    protected List<RuleConfig> rules;

    /**
     * Thresholds. {@code rule} is a rule id, a family ({@code duplicate.*}) or {@code *}; {@code maximumCount}
     * bounds the number of findings, {@code maximumRatio} the share of documents with at least one. Warnings fail
     * the build only through a limit. Default: none.
     *
     * <pre>{@code
     * <limits>
     *   <limit><rule>duplicate.*</rule><maximumRatio>0.01</maximumRatio></limit>
     *   <limit><rule>truncation.mid-sentence</rule><maximumCount>5</maximumCount></limit>
     * </limits>
     * }</pre>
     */
    @Parameter
    protected List<LimitConfig> limits;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    // ---- metadata family parameters ----

    /**
     * Metadata fields that must be present and not blank, comma-separated; {@code none} requires nothing. Default
     * {@code date}. A missing required field is {@code metadata.missing} (error).
     *
     * <pre>{@code <requiredFields>date,title,id</requiredFields>}</pre>
     */
    @Parameter(property = "corpus.requiredFields", defaultValue = "date")
    protected String requiredFields;

    /**
     * Per-field schema: {@code name} plus any of {@code required}, {@code pattern} (a Java regular expression the
     * whole trimmed value must match), {@code allowedValues}, {@code minLength}, {@code maxLength}. A violation is
     * {@code metadata.invalid}; an allowed value in another case is {@code metadata.noisy}. Default: none.
     *
     * <pre>{@code
     * <fieldRules>
     *   <fieldRule>
     *     <name>language</name>
     *     <required>true</required>
     *     <allowedValues><allowedValue>en</allowedValue><allowedValue>fr</allowedValue></allowedValues>
     *   </fieldRule>
     *   <fieldRule><name>id</name><pattern>[a-z]+-\d{4}</pattern></fieldRule>
     *   <fieldRule><name>title</name><minLength>10</minLength><maxLength>200</maxLength></fieldRule>
     * </fieldRules>
     * }</pre>
     */
    @Parameter
    protected List<MetadataFieldRule> fieldRules;

    /**
     * The {@code java.time} patterns that read the {@code date} field, tried in order (English month names, any
     * case; {@code .SS} takes 1 to 9 fraction digits; {@code ISO_DATE_TIME}, {@code ISO_DATE}, {@code RFC_1123}
     * name the standard formats). Setting it replaces the defaults: {@code ISO_DATE_TIME}, {@code ISO_DATE},
     * {@code d-MMM-uuuu HH:mm:ss[.SS]}, {@code MMM d, uuuu}, {@code MMMM d, uuuu}, {@code d MMMM uuuu},
     * {@code d MMM uuuu}, {@code RFC_1123}. No user property (patterns may hold commas).
     *
     * <pre>{@code
     * <datePatterns>
     *   <datePattern>ISO_DATE</datePattern>
     *   <datePattern>dd/MM/uuuu</datePattern>
     * </datePatterns>
     * }</pre>
     */
    @Parameter
    protected List<String> datePatterns;

    /**
     * Dates before this day ({@code yyyy-MM-dd}) are {@code metadata.out-of-range}. Default: none.
     *
     * <pre>{@code <minDate>1980-01-01</minDate>}</pre>
     */
    @Parameter(property = "corpus.minDate")
    protected String minDate;

    /**
     * Dates after this day ({@code yyyy-MM-dd}) are {@code metadata.out-of-range}. Default: the day of the build
     * (UTC); set a fixed day to keep reports reproducible.
     *
     * <pre>{@code <maxDate>2025-12-31</maxDate>}</pre>
     */
    @Parameter(property = "corpus.maxDate")
    protected String maxDate;

    /**
     * How many days a dateline's date may be away from the {@code date} field before {@code metadata.inconsistent}
     * (wires file late). Default 2.
     *
     * <pre>{@code <datelineToleranceDays>3</datelineToleranceDays>}</pre>
     */
    @Parameter(property = "corpus.datelineToleranceDays", defaultValue = "2")
    protected int datelineToleranceDays = 2;

    // ---- duplicate family parameters ----

    /**
     * Words per shingle for near-duplicate detection. Default 5.
     *
     * <pre>{@code <shingleSize>5</shingleSize>}</pre>
     */
    @Parameter(property = "corpus.shingleSize", defaultValue = "5")
    protected int shingleSize = 5;

    /**
     * Texts with fewer words are not compared for near duplication (exact duplicates are still reported); the
     * summary counts them as {@code skippedShort}. Default 20.
     *
     * <pre>{@code <duplicateMinWords>20</duplicateMinWords>}</pre>
     */
    @Parameter(property = "corpus.duplicateMinWords", defaultValue = "20")
    protected int duplicateMinWords = 20;

    /**
     * Jaccard similarity of the shingle sets from which two texts are near duplicates. Default 0.8.
     *
     * <pre>{@code <nearJaccard>0.8</nearJaccard>}</pre>
     */
    @Parameter(property = "corpus.nearJaccard", defaultValue = "0.8")
    protected double nearJaccard = 0.8;

    /**
     * Share of one text's shingles found in the other from which two texts are near duplicates (a text re-filed
     * with a paragraph added or cut). Default 0.8.
     *
     * <pre>{@code <nearContainment>0.8</nearContainment>}</pre>
     */
    @Parameter(property = "corpus.nearContainment", defaultValue = "0.8")
    protected double nearContainment = 0.8;

    /**
     * Editions of one story: this containment is enough when the texts also share {@code editionParagraphs}
     * identical paragraphs. Default 0.5.
     *
     * <pre>{@code <editionContainment>0.5</editionContainment>}</pre>
     */
    @Parameter(property = "corpus.editionContainment", defaultValue = "0.5")
    protected double editionContainment = 0.5;

    /**
     * Identical paragraphs (of at least 6 words) that, with {@code editionContainment}, make two texts editions of
     * one story. Default 3.
     *
     * <pre>{@code <editionParagraphs>3</editionParagraphs>}</pre>
     */
    @Parameter(property = "corpus.editionParagraphs", defaultValue = "3")
    protected int editionParagraphs = 3;

    /**
     * When the shorter of two texts has fewer words than this and holds a figure the other lacks, they are a
     * template filled with other numbers (e.g. price briefs), not duplicates. 0 disables. Default 100.
     *
     * <pre>{@code <templateMaxWords>100</templateMaxWords>}</pre>
     */
    @Parameter(property = "corpus.templateMaxWords", defaultValue = "100")
    protected int templateMaxWords = 100;

    /**
     * Which member represents a duplicate cluster (it gets no finding): {@code most-complete} (fewest errors, then
     * longest text, then smallest id), {@code earliest-date}, {@code longest} or {@code first-id}. Default
     * {@code most-complete}.
     *
     * <pre>{@code <representativePolicy>earliest-date</representativePolicy>}</pre>
     */
    @Parameter(property = "corpus.representativePolicy", defaultValue = "most-complete")
    protected String representativePolicy = "most-complete";

    /**
     * Compare texts after Unicode NFKC normalisation. Default {@code true}.
     *
     * <pre>{@code <normalizeUnicode>false</normalizeUnicode>}</pre>
     */
    @Parameter(property = "corpus.normalizeUnicode", defaultValue = "true")
    protected boolean normalizeUnicode = true;

    /**
     * Compare texts lower-cased. Default {@code true}.
     *
     * <pre>{@code <foldCase>false</foldCase>}</pre>
     */
    @Parameter(property = "corpus.foldCase", defaultValue = "true")
    protected boolean foldCase = true;

    /**
     * Compare texts with runs of whitespace collapsed to one space. Default {@code true}.
     *
     * <pre>{@code <collapseWhitespace>false</collapseWhitespace>}</pre>
     */
    @Parameter(property = "corpus.collapseWhitespace", defaultValue = "true")
    protected boolean collapseWhitespace = true;

    // ---- truncation family parameters ----

    /**
     * Texts with fewer words than this are reported as {@code truncation.too-short}; {@code 0} switches the rule off.
     * Words are runs of letters or digits (each CJK character counts as one), counted after trailers and sign-offs
     * are stripped. Default 10.
     *
     * <pre>{@code <minWords>50</minWords>}</pre>
     */
    @Parameter(property = "corpus.minWords", defaultValue = "10")
    protected int minWords = TruncationConfig.DEFAULT_MIN_WORDS;

    /**
     * Reports the agency sign-offs ({@code Reuter}, {@code (AFP)}, {@code -- AP}, {@code (c) ...}) stripped from the
     * ends of texts as {@code boilerplate.sign-off}. They are stripped either way, so they never count as a missing
     * full stop. Default {@code false}.
     *
     * <pre>{@code <reportSignOffs>true</reportSignOffs>}</pre>
     */
    @Parameter(property = "corpus.reportSignOffs", defaultValue = "false")
    protected boolean reportSignOffs;

    /**
     * Trailer phrases added to the built-in list ({@code READ MORE:}, {@code Related:}, {@code Subscribe...}). A
     * phrase ending in {@code *} matches a paragraph that starts with it, otherwise the whole paragraph; case,
     * whitespace and the kind of dash are ignored. Default: none.
     *
     * <pre>{@code <extraTrailers><extraTrailer>Lire aussi :*</extraTrailer><extraTrailer>Most read*</extraTrailer></extraTrailers>}</pre>
     */
    @Parameter(property = "corpus.extraTrailers")
    protected List<String> extraTrailers;

    /**
     * Sign-offs added to the built-in list ({@code Reuter}, {@code (AFP)}, {@code -- AP}, {@code (c)*}), same syntax
     * as {@code extraTrailers}. Default: none.
     *
     * <pre>{@code <extraSignOffs><extraSignOff>(ANSA)</extraSignOff><extraSignOff>-- Kyodo</extraSignOff></extraSignOffs>}</pre>
     */
    @Parameter(property = "corpus.extraSignOffs")
    protected List<String> extraSignOffs;

    /**
     * UTF-8 files of further trailer phrases, one a line ({@code #} starts a comment). Default: none.
     *
     * <pre><code>&lt;trailerFiles&gt;&lt;trailerFile&gt;${project.basedir}/src/corpus/trailers.txt&lt;/trailerFile&gt;&lt;/trailerFiles&gt;</code></pre>
     */
    @Parameter
    protected List<File> trailerFiles;

    /**
     * UTF-8 files of further sign-offs, one a line ({@code #} starts a comment). Default: none.
     *
     * <pre><code>&lt;signOffFiles&gt;&lt;signOffFile&gt;${project.basedir}/src/corpus/sign-offs.txt&lt;/signOffFile&gt;&lt;/signOffFiles&gt;</code></pre>
     */
    @Parameter
    protected List<File> signOffFiles;

    // ---- baseline and suppression parameters ----

    /**
     * The baseline written by {@code corpus:baseline} and, when the file exists, read by every checking goal: its
     * findings are counted as {@code baselined} and neither fail the build nor count against limits; only new
     * findings do. Default <code>${project.basedir}/corpus-baseline.json</code>. Meant to be committed.
     *
     * <pre><code>&lt;baselineFile&gt;${project.basedir}/quality/corpus-baseline.json&lt;/baselineFile&gt;</code></pre>
     */
    @Parameter(property = "corpus.baselineFile", defaultValue = "${project.basedir}/corpus-baseline.json")
    protected File baselineFile;

    /**
     * A suppressions file: lines {@code rule-pattern: glob, glob} whose documents (corpus-relative file or id)
     * are exempt from those rules; {@code #} comments. Suppressed findings are counted as {@code suppressed}.
     * Default: <code>${project.basedir}/corpus-suppressions.txt</code> when that file exists; when set explicitly the
     * file must exist. Documents can also opt out themselves with the metadata field
     * {@code corpus-ignore: duplicate.near, truncation.*}.
     *
     * <pre><code>&lt;suppressionsFile&gt;${project.basedir}/corpus-suppressions.txt&lt;/suppressionsFile&gt;</code></pre>
     */
    @Parameter(property = "corpus.suppressionsFile")
    protected File suppressionsFile;

    // ---- incremental cache parameters ----

    /**
     * Keeps per-document results in {@code outputDirectory/cache/analysis.bin} so that the next run reads only the
     * files that changed (size and modification time, else content hash) and reuses the rest; the report is the
     * same either way. The cache is discarded when the plugin version or any configuration changes. Default
     * {@code true}; {@code -Dcorpus.cache=false} turns it off.
     *
     * <pre>{@code <cache>false</cache>}</pre>
     */
    @Parameter(property = "corpus.cache", defaultValue = "true")
    protected boolean cache = true;

    /** Fields that do not change what the engine computes per document: left out of the cache fingerprint. */
    private static final Set<String> NOT_FINGERPRINTED = Set.of("cache", "threads", "skip", "baselineFile",
            "suppressionsFile", "reportFormats", "outputDirectory", "failOnViolation", "maxConsoleFindings",
            "limits");

    /** The incremental cache of this goal, or {@code null} when switched off. */
    protected CacheSettings cacheSettings(Path out) {
        if (!cache) {
            return null;
        }
        String fingerprint = "corpus-maven-plugin " + pluginVersion + " " + codeIdentity() + " " + getClass().getName()
                + "\n" + ConfigurationFingerprint.of(this, NOT_FINGERPRINTED);
        return new CacheSettings(out.resolve("cache").resolve("analysis.bin"), fingerprint, getLog()::info);
    }

    /**
     * Size and modification time of the plugin's own jar (or classes folder): a SNAPSHOT rebuilt with other check
     * logic keeps its version, and must not reuse results cached by the previous build.
     */
    private static String codeIdentity() {
        try {
            Path code = Path.of(AbstractCorpusMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown-build";
        }
    }

    /** The families this goal reports; an empty set reports all. */
    protected abstract Set<String> reportedFamilies();

    /** The sub-folder of {@code target/corpus} for this goal's reports, or empty for the top folder. */
    protected abstract String outputSubfolder();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Corpus checks skipped (corpus.skip).");
            return;
        }
        Path root = projectRoot();
        boolean defaulted = directory == null;
        Path corpus = defaulted ? root.resolve("src/main/corpus") : directory.toPath();
        if (!Files.isDirectory(corpus)) {
            if (defaulted) {
                getLog().info("No corpus at " + corpus + " (set corpus.directory to check another folder); skipping.");
                return;
            }
            throw new MojoFailureException("Corpus directory " + corpus + " does not exist or is not a directory.");
        }
        Path out = outputDirectory();
        try {
            CorpusReader reader = new CorpusReader(readerOptions(corpus));
            if (reader.listFiles().isEmpty()) {
                String msg = "Corpus directory " + corpus + " holds no file matching the includes.";
                if (defaulted) {
                    getLog().info(msg + " Skipping.");
                    return;
                }
                throw new MojoFailureException(msg);
            }
            List<CorpusCheck<?>> checks = new ArrayList<>(CheckSuite.standard(metadataConfig(), duplicateConfig(), truncationConfig(),
                    boilerplateConfig()));
            IgnoreField ignores = new IgnoreField();
            checks.add(ignores);
            checks.add(new LengthHistogramCheck());
            checks.add(new SharedParagraphsCheck());
            CheckRequest request = new CheckRequest(reader, label(root, corpus), checks,
                    ruleSettings(), limitList(), reportedFamilies(),
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), new ProgressLog(getLog()::info));
            CheckResult result = adopt(new CorpusEngine(cacheSettings(out)).run(request), ignores.suppressions(exclusions(root)));
            ReportContext ctx = new ReportContext(out, root, corpus, pluginVersion == null ? "unknown" : pluginVersion);
            for (ReportWriter w : Reports.writersFor(reportFormats)) {
                w.write(result, ctx);
            }
            log(result);
            getLog().info("Reports written to " + out);
            String failure = ConsoleSummary.failureMessage(result, out.resolve("report.json").toString());
            if (failure != null) {
                if (failOnViolation) {
                    throw new MojoFailureException(failure);
                }
                getLog().warn(failure + " (failOnViolation=false: not failing the build)");
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid corpus plugin configuration: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check corpus " + corpus + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies suppressions and, when {@code baselineFile} exists, the baseline. The {@code baseline} goal overrides
     * this to write the baseline first.
     */
    protected CheckResult adopt(CheckResult raw, Suppressions suppressions) throws IOException {
        Baseline baseline = null;
        if (baselineFile != null && Files.isRegularFile(baselineFile.toPath())) {
            baseline = BaselineFile.read(baselineFile.toPath());
            getLog().info("Using baseline " + baselineFile + " (" + baseline.entries().size() + " accepted findings).");
        }
        return AdoptionFilter.apply(raw, limitList(), suppressions, baseline);
    }

    private List<Suppressions.Exclusion> exclusions(Path root) throws IOException {
        if (suppressionsFile != null) {
            if (!Files.isRegularFile(suppressionsFile.toPath())) {
                throw new IllegalArgumentException("suppressionsFile " + suppressionsFile + " does not exist.");
            }
            return SuppressionsFile.read(suppressionsFile.toPath());
        }
        Path conventional = root.resolve("corpus-suppressions.txt");
        return Files.isRegularFile(conventional) ? SuppressionsFile.read(conventional) : List.of();
    }

    private void log(CheckResult result) {
        for (ConsoleSummary.Line line : ConsoleSummary.lines(result, maxConsoleFindings)) {
            if (line.level() == Severity.ERROR) {
                getLog().error(line.text());
            } else if (line.level() == Severity.WARNING) {
                getLog().warn(line.text());
            } else {
                getLog().info(line.text());
            }
        }
    }

    private Path projectRoot() {
        return basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath();
    }

    protected Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        // Outside any project Maven's stub project leaves ${project.basedir} uninterpolated: use ./target then.
        boolean stub = buildDirectory == null || buildDirectory.getPath().contains("${");
        Path build = stub ? projectRoot().resolve("target") : buildDirectory.toPath();
        Path base = build.resolve("corpus");
        return outputSubfolder().isEmpty() ? base : base.resolve(outputSubfolder());
    }

    private static String label(Path root, Path corpus) {
        Path abs = corpus.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        String s = abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "." : s.replace('\\', '/');
    }

    ReaderOptions readerOptions(Path corpus) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (fields != null) {
            mapping.putAll(fields);
        }
        putIfSet(mapping, "id", idField);
        putIfSet(mapping, "text", textField);
        putIfSet(mapping, "title", titleField);
        putIfSet(mapping, "date", dateField);
        putIfSet(mapping, "dateline", datelineField);
        putIfSet(mapping, "source", sourceField);
        putIfSet(mapping, "url", urlField);
        putIfSet(mapping, "language", languageField);
        putIfSet(mapping, "author", authorField);
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown encoding '" + encoding + "'.");
        }
        return new ReaderOptions(corpus, clean(includes), clean(excludes), InputFormat.parse(inputFormat), charset,
                new FieldMapping(mapping), maxFileSize);
    }

    private static void putIfSet(Map<String, String> m, String field, String value) {
        if (value != null && !value.isBlank()) {
            m.put(field, value.trim());
        }
    }

    private static List<String> clean(List<String> globs) {
        List<String> out = new ArrayList<>();
        if (globs != null) {
            for (String g : globs) {
                for (String part : g.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    RuleSettings ruleSettings() {
        Map<String, Severity> m = new LinkedHashMap<>();
        if (rules != null) {
            for (RuleConfig r : rules) {
                if (r.getId() == null || r.getSeverity() == null) {
                    throw new IllegalArgumentException("Each <rule> needs an <id> and a <severity>.");
                }
                m.put(r.getId().trim(), Severity.parse(r.getSeverity()));
            }
        }
        return new RuleSettings(m);
    }

    List<Limit> limitList() {
        List<Limit> out = new ArrayList<>();
        if (limits != null) {
            for (LimitConfig l : limits) {
                if (l.getRule() == null || l.getRule().isBlank()) {
                    throw new IllegalArgumentException("Each <limit> needs a <rule> (a rule id, family.* or *).");
                }
                out.add(new Limit(l.getRule().trim(), l.getMaximumCount(), l.getMaximumRatio()));
            }
        }
        return out;
    }

    // ---- metadata family configuration ----
    protected MetadataConfig metadataConfig() {
        MetadataConfig.Builder c = MetadataConfig.builder();
        if (requiredFields != null) {
            List<String> names = clean(List.of(requiredFields));
            c.requiredFields(names.size() == 1 && names.get(0).equalsIgnoreCase("none") ? List.of() : names);
        }
        if (fieldRules != null) {
            for (MetadataFieldRule r : fieldRules) {
                if (r.getName() == null || r.getName().isBlank()) {
                    throw new IllegalArgumentException("Each <fieldRule> needs a <name>.");
                }
                String name = r.getName().trim();
                boolean required = r.getRequired() != null ? r.getRequired() : c.build().requiredFields().contains(name);
                c.field(new io.github.corpuscheck.checks.metadata.FieldRule(name, required,
                        io.github.corpuscheck.checks.metadata.FieldRule.compile(name, r.getPattern()),
                        r.getAllowedValues() == null ? List.of()
                                : r.getAllowedValues().stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList(), r.getMinLength(), r.getMaxLength()));
            }
        }
        c.datePatterns(datePatterns == null ? null : datePatterns.stream().filter(p -> p != null && !p.isBlank()).toList());
        new io.github.corpuscheck.checks.metadata.DateParser(c.build().datePatterns()); // fails early on a bad pattern
        c.minDate(MetadataConfig.parseConfigDate("minDate", minDate));
        c.maxDate(MetadataConfig.parseConfigDate("maxDate", maxDate));
        c.datelineToleranceDays(datelineToleranceDays);
        return c.build();
    }

    // ---- duplicate family configuration ----
    protected DuplicateConfig duplicateConfig() {
        return DuplicateConfig.builder()
                .shingleSize(shingleSize)
                .minWords(duplicateMinWords)
                .nearJaccard(nearJaccard)
                .nearContainment(nearContainment)
                .editionContainment(editionContainment)
                .editionParagraphs(editionParagraphs)
                .templateWords(templateMaxWords)
                .representative(io.github.corpuscheck.checks.duplicate.RepresentativePolicy.parse(representativePolicy))
                .unicodeNormalization(normalizeUnicode)
                .caseFolding(foldCase)
                .collapseWhitespace(collapseWhitespace)
                .spillDirectory(outputDirectory()) // a temporary file of exact shingle sets, deleted after the run
                .build();
    }

    // ---- truncation family configuration ----
    protected TruncationConfig truncationConfig() {
        return TruncationConfig.builder()
                .minWords(minWords)
                .spillDirectory(outputDirectory()) // temporary file of text endings
                .build();
    }

    // ---- boilerplate family configuration ----
    protected BoilerplateConfig boilerplateConfig() {
        return BoilerplateConfig.builder()
                .reportSignOffs(reportSignOffs)
                .extraTrailers(phrases(extraTrailers))
                .extraSignOffs(phrases(extraSignOffs))
                .trailerFiles(paths(trailerFiles))
                .signOffFiles(paths(signOffFiles))
                .build();
    }

    /** Phrases may hold commas, so unlike globs they are not split; blanks are dropped. */
    private static List<String> phrases(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(out::add);
        }
        return out;
    }

    private List<Path> paths(List<File> files) {
        List<Path> out = new ArrayList<>();
        if (files != null) {
            for (File f : files) {
                Path p = f.toPath();
                out.add(p.isAbsolute() || basedir == null ? p : basedir.toPath().resolve(p));
            }
        }
        return out;
    }
}
