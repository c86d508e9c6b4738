package io.github.corpuscheck.maven;

import io.github.corpuscheck.run.CorpusRun;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.Goal;
import io.github.corpuscheck.run.IoProblems;
import io.github.corpuscheck.run.RunOutcome;
import io.github.corpuscheck.run.SettingsException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal takes. A goal only maps them onto {@link CorpusSettings} by name (the same names the
 * command line and settings files use), runs {@link CorpusRun}, routes its log to Maven and fails once at the end.
 * No checking logic lives here.
 */
public abstract class AbstractCorpusMojo extends AbstractMojo {

    /*
     * Defaults the run computes, written into the descriptor so help:describe and corpus:help show them. A parameter
     * left at one of them is passed to the run as unset: the run then skips a missing default corpus folder, warns
     * only about includes the user wrote, puts a single-family goal's reports under its own folder and reads the
     * conventional suppressions file only when it exists.
     */
    static final String DEFAULT_DIRECTORY = "${project.basedir}/src/main/corpus";
    static final String DEFAULT_INCLUDES = "**/*.txt,**/*.md,**/*.jsonl,**/*.jsonl.gz,**/*.ndjson";
    static final String DEFAULT_OUTPUT_DIRECTORY = "${project.build.directory}/corpus";
    static final String DEFAULT_SUPPRESSIONS_FILE = "${project.basedir}/corpus-suppressions.txt";

    /**
     * The corpus folder. Default <code>${project.basedir}/src/main/corpus</code>; when left at the default and the folder
     * does not exist, the goal logs one line and skips. Set to another folder that is missing or empty, the build
     * fails.
     *
     * Example: {@code directory} = <code>${project.basedir}/corpus</code>.
     */
    @Parameter(property = "corpus.directory", defaultValue = DEFAULT_DIRECTORY)
    protected File directory;

    /**
     * Ant-style globs of the files to read, relative to {@code directory}. Default: {@code **}{@code /*.txt},
     * {@code **}{@code /*.md}, {@code **}{@code /*.jsonl}, {@code **}{@code /*.jsonl.gz}, {@code **}{@code /*.ndjson}.
     *
     * Example (one include element): {@code articles/**}{@code /*.txt}.
     */
    @Parameter(property = "corpus.includes", defaultValue = DEFAULT_INCLUDES)
    protected List<String> includes;

    /**
     * Ant-style globs of files to leave out. Default: none.
     *
     * Example (two exclude elements): {@code drafts/} (everything under drafts) and {@code **}{@code /*.tmp}.
     */
    @Parameter(property = "corpus.excludes")
    protected List<String> excludes;

    /**
     * Leaves out Maven's default excludes, as its file sets do: {@code .git}, {@code .svn}, {@code .hg} and the other
     * version-control folders with everything below them, editor backups ({@code *~}, {@code #*#}) and
     * {@code .DS_Store} (plexus-utils' {@code DirectoryScanner.DEFAULTEXCLUDES}). Default {@code true}; {@code false}
     * reads them when the includes select them.
     *
     * Example: {@code useDefaultExcludes} = {@code false}.
     */
    @Parameter(property = "corpus.useDefaultExcludes", defaultValue = "true")
    protected boolean useDefaultExcludes;

    /**
     * How files are read: {@code auto} (by extension: {@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson} as JSON
     * Lines, the rest as one article per file), {@code text} or {@code jsonl}. Default {@code auto}.
     *
     * Example: {@code inputFormat} = {@code jsonl}.
     */
    @Parameter(property = "corpus.inputFormat", defaultValue = "auto")
    protected String inputFormat;

    /**
     * Encoding of the corpus files. Default {@code UTF-8}. Bytes invalid in it are reported as {@code input.encoding}.
     *
     * Example: {@code encoding} = {@code UTF-8}.
     */
    @Parameter(property = "corpus.encoding", defaultValue = "UTF-8")
    protected String encoding;

    /**
     * Where logical fields ({@code id}, {@code text}, {@code title}, {@code date}, {@code dateline}, {@code source},
     * {@code url}, {@code language}, {@code author}, or custom ones) are in JSON Lines objects: a key or a JSON Pointer.
     * Default: each field under its own name.
     *
     * Example: a {@code date} element {@code /meta/published} and a {@code text} element {@code body} inside {@code fields}.
     */
    @Parameter
    protected Map<String, String> fields;

    /** Shortcut for {@code fields/id}. Example: {@code idField} = {@code doc_id}. */
    @Parameter(property = "corpus.idField")
    protected String idField;

    /** Shortcut for {@code fields/text}. Example: {@code textField} = {@code body}. */
    @Parameter(property = "corpus.textField")
    protected String textField;

    /** Shortcut for {@code fields/title}. Example: {@code titleField} = {@code headline}. */
    @Parameter(property = "corpus.titleField")
    protected String titleField;

    /** Shortcut for {@code fields/date}. Example: {@code dateField} = {@code /meta/date}. */
    @Parameter(property = "corpus.dateField")
    protected String dateField;

    /** Shortcut for {@code fields/dateline}. Example: {@code datelineField} = {@code dateline}. */
    @Parameter(property = "corpus.datelineField")
    protected String datelineField;

    /** Shortcut for {@code fields/source}. Example: {@code sourceField} = {@code agency}. */
    @Parameter(property = "corpus.sourceField")
    protected String sourceField;

    /** Shortcut for {@code fields/url}. Example: {@code urlField} = {@code link}. */
    @Parameter(property = "corpus.urlField")
    protected String urlField;

    /** Shortcut for {@code fields/language}. Example: {@code languageField} = {@code lang}. */
    @Parameter(property = "corpus.languageField")
    protected String languageField;

    /** Shortcut for {@code fields/author}. Example: {@code authorField} = {@code byline}. */
    @Parameter(property = "corpus.authorField")
    protected String authorField;

    /**
     * Where reports go. Default <code>${project.build.directory}/corpus</code> for {@code check} and
     * <code>${project.build.directory}/corpus/GOAL</code> for the single-family goals ({@code metadata}, {@code duplicates}, {@code truncation}, {@code baseline}) ({@code ./target/corpus...}
     * without a project). The plugin writes nowhere else.
     *
     * Example: {@code outputDirectory} = <code>${project.build.directory}/corpus-reports</code>.
     */
    @Parameter(property = "corpus.outputDirectory", defaultValue = DEFAULT_OUTPUT_DIRECTORY)
    protected File outputDirectory;

    /**
     * Report formats to write, comma-separated: {@code json} ({@code report.json}, always written, with
     * {@code timing.json} beside it), {@code html} ({@code index.html}), {@code sarif} ({@code corpus.sarif}),
     * {@code junit} ({@code TEST-corpus.xml}), {@code markdown} ({@code summary.md}, also appended to
     * {@code $GITHUB_STEP_SUMMARY}), {@code csv} ({@code duplicates.csv}). Default {@code json,html}.
     *
     * Example: {@code reportFormats} = {@code json,html,sarif,junit,markdown}.
     */
    @Parameter(property = "corpus.reportFormats", defaultValue = "json,html")
    protected String reportFormats;

    /** Skips the goal. Default {@code false}. Example: {@code skip} = {@code true}. */
    @Parameter(property = "corpus.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Fails the build on an error finding or a crossed limit. With {@code false} the goal only reports. Default
     * {@code true}.
     *
     * Example: {@code failOnViolation} = {@code false}.
     */
    @Parameter(property = "corpus.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /**
     * Lets a corpus pass when files match the includes but none gives a document (every file empty, binary, too
     * large or unreadable). By default that fails the goal like a crossed limit, naming how many files were skipped
     * and why: such a corpus is usually the wrong folder. Default {@code false}.
     *
     * Example: {@code allowEmpty} = {@code true}.
     */
    @Parameter(property = "corpus.allowEmpty", defaultValue = "false")
    protected boolean allowEmpty;

    /**
     * How many findings of each rule are printed in the build log (all are in the reports). Default 20.
     *
     * Example: {@code maxConsoleFindings} = {@code 50}.
     */
    @Parameter(property = "corpus.maxConsoleFindings", defaultValue = "20")
    protected int maxConsoleFindings;

    /**
     * At most this many findings inside report.json, the first in report order; when a run has more, report.json
     * keeps those, says how many there are in all, and names {@code findings.jsonl} beside it, which holds every
     * finding as JSON Lines in report order. The summary, counts and limits always cover every finding. Default 0: no
     * cap (every finding inside report.json).
     *
     * Example: {@code maxReportJsonFindings} = {@code 1000000}.
     */
    @Parameter(property = "corpus.maxReportJsonFindings", defaultValue = "0")
    protected int maxReportJsonFindings;

    /**
     * Text files larger than this many bytes are reported ({@code input.too-large}) and skipped; JSON Lines files
     * are streamed and have no size limit (their lines have {@code maxLineSize}). Default 67108864 (64 MB).
     *
     * Example: {@code maxFileSize} = {@code 1048576}.
     */
    @Parameter(property = "corpus.maxFileSize", defaultValue = "67108864")
    protected long maxFileSize;

    /**
     * JSON Lines lines longer than this many bytes are reported ({@code input.too-large}) and skipped while they are
     * read, without ever being held in memory; reading goes on with the next line. At most 2147483630. Default
     * 67108864 (64 MB).
     *
     * Example: {@code maxLineSize} = {@code 1048576}.
     */
    @Parameter(property = "corpus.maxLineSize", defaultValue = "67108864")
    protected long maxLineSize;

    /**
     * Reads through symbolic links whose real target lies outside the corpus folder. By default such a link is
     * reported ({@code input.outside-corpus}, a warning naming the link) and nothing behind it is read, so a link to
     * {@code /etc} or to a credentials file cannot put their text into the reports. Links inside the corpus are
     * always followed. Default {@code false}.
     *
     * Example: {@code followLinksOutside} = {@code true}.
     */
    @Parameter(property = "corpus.followLinksOutside", defaultValue = "false")
    protected boolean followLinksOutside;

    /**
     * Worker threads for analysis, 1 to 256; 0 means one per available core. Results do not depend on it. Default 0.
     *
     * Example: {@code threads} = {@code 2}.
     */
    @Parameter(property = "corpus.threads", defaultValue = "0")
    protected int threads;

    /**
     * Severity overrides: a rule id, a family ({@code truncation.*}) or {@code *}, with {@code error},
     * {@code warning} or {@code off}. The most specific pattern wins.
     *
     * Example (two rule elements): id {@code truncation.too-short} with severity {@code off}, and id
     * {@code duplicate.near} with severity {@code error}.
     */
    @Parameter
    protected List<RuleConfig> rules;

    /**
     * Thresholds. {@code rule} is a rule id, a family ({@code duplicate.*}) or {@code *}; {@code maximumCount}
     * bounds the number of findings, {@code maximumRatio} the share of documents with at least one. Warnings fail
     * the build only through a limit. Default: none.
     *
     * Example (two limit elements): rule {@code duplicate.*} with maximumRatio {@code 0.01}, and rule
     * {@code truncation.mid-sentence} with maximumCount {@code 5}.
     */
    @Parameter
    protected List<LimitConfig> limits;

    /**
     * Links each finding of the HTML report to its file and line in the repository's web view: a URL with
     * {@code {path}} (the file's path in the repository), and optionally {@code {line}} and {@code {revision}} (the
     * CI's commit, else {@code HEAD}). Default: none, except on GitHub Actions and GitLab CI, whose variables give
     * the repository and commit. Only the HTML report uses it; {@code report.json} does not change.
     *
     * <pre>{@code <sourceLinkTemplate>https://git.example.org/news/site/src/{revision}/{path}#L{line}</sourceLinkTemplate>}</pre>
     */
    @Parameter(property = "corpus.sourceLinkTemplate")
    protected String sourceLinkTemplate;

    /** The project's name, for the title of the HTML report. */
    @Parameter(defaultValue = "${project.name}", readonly = true)
    protected String projectName;

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
     * Example: {@code requiredFields} = {@code date,title,id}.
     */
    @Parameter(property = "corpus.requiredFields", defaultValue = "date")
    protected String requiredFields;

    /**
     * Per-field schema: {@code name} plus any of {@code required}, {@code pattern} (a Java regular expression the
     * whole trimmed value must match), {@code allowedValues}, {@code minLength}, {@code maxLength}. A violation is
     * {@code metadata.invalid}; an allowed value in another case is {@code metadata.noisy}. Default: none.
     *
     * Example (three fieldRule elements): name {@code language}, required {@code true}, allowedValues {@code en}
     * and {@code fr}; name {@code id} with pattern {@code [a-z]+-\d{4}}; name {@code title} with minLength
     * {@code 10} and maxLength {@code 200}.
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
     * Example (two datePattern elements): {@code ISO_DATE} and {@code dd/MM/uuuu}.
     */
    @Parameter
    protected List<String> datePatterns;

    /**
     * Dates before this day ({@code yyyy-MM-dd}) are {@code metadata.out-of-range}. Default: none.
     *
     * Example: {@code minDate} = {@code 1980-01-01}.
     */
    @Parameter(property = "corpus.minDate")
    protected String minDate;

    /**
     * Dates after this day ({@code yyyy-MM-dd}) are {@code metadata.out-of-range}. Default {@code today}: the day of
     * the build (UTC), which also makes the incremental cache start afresh each day; set a fixed day to keep reports
     * reproducible.
     *
     * Example: {@code maxDate} = {@code 2025-12-31}.
     */
    @Parameter(property = "corpus.maxDate", defaultValue = "today")
    protected String maxDate;

    /**
     * How many days a dateline's date may be away from the {@code date} field before {@code metadata.inconsistent}
     * (wires file late). Default 2.
     *
     * Example: {@code datelineToleranceDays} = {@code 3}.
     */
    @Parameter(property = "corpus.datelineToleranceDays", defaultValue = "2")
    protected int datelineToleranceDays = 2;

    // ---- duplicate family parameters ----

    /**
     * Words per shingle for near-duplicate detection. Default 5.
     *
     * Example: {@code shingleSize} = {@code 5}.
     */
    @Parameter(property = "corpus.shingleSize", defaultValue = "5")
    protected int shingleSize = 5;

    /**
     * Texts with fewer words are not compared for near duplication (exact duplicates are still reported); the
     * summary counts them as {@code skippedShort}. Default 20.
     *
     * Example: {@code duplicateMinWords} = {@code 20}.
     */
    @Parameter(property = "corpus.duplicateMinWords", defaultValue = "20")
    protected int duplicateMinWords = 20;

    /**
     * Jaccard similarity of the shingle sets from which two texts are near duplicates. Default 0.8.
     *
     * Example: {@code nearJaccard} = {@code 0.8}.
     */
    @Parameter(property = "corpus.nearJaccard", defaultValue = "0.8")
    protected double nearJaccard = 0.8;

    /**
     * Share of one text's shingles found in the other from which two texts are near duplicates (a text re-filed
     * with a paragraph added or cut). Default 0.8.
     *
     * Example: {@code nearContainment} = {@code 0.8}.
     */
    @Parameter(property = "corpus.nearContainment", defaultValue = "0.8")
    protected double nearContainment = 0.8;

    /**
     * Editions of one story: this containment is enough when the texts also share {@code editionParagraphs}
     * identical paragraphs. Default 0.5.
     *
     * Example: {@code editionContainment} = {@code 0.5}.
     */
    @Parameter(property = "corpus.editionContainment", defaultValue = "0.5")
    protected double editionContainment = 0.5;

    /**
     * Identical paragraphs (of at least 6 words) that, with {@code editionContainment}, make two texts editions of
     * one story. Default 3.
     *
     * Example: {@code editionParagraphs} = {@code 3}.
     */
    @Parameter(property = "corpus.editionParagraphs", defaultValue = "3")
    protected int editionParagraphs = 3;

    /**
     * When the shorter of two texts has fewer words than this and holds a figure the other lacks, they are a
     * template filled with other numbers (e.g. price briefs), not duplicates. 0 disables. Default 100.
     *
     * Example: {@code templateMaxWords} = {@code 100}.
     */
    @Parameter(property = "corpus.templateMaxWords", defaultValue = "100")
    protected int templateMaxWords = 100;

    /**
     * Which member represents a duplicate cluster (it gets no finding): {@code most-complete} (fewest errors, then
     * longest text, then smallest id), {@code earliest-date}, {@code longest} or {@code first-id}. Default
     * {@code most-complete}.
     *
     * Example: {@code representativePolicy} = {@code earliest-date}.
     */
    @Parameter(property = "corpus.representativePolicy", defaultValue = "most-complete")
    protected String representativePolicy = "most-complete";

    /**
     * Compare texts after Unicode NFKC normalisation. Default {@code true}.
     *
     * Example: {@code normalizeUnicode} = {@code false}.
     */
    @Parameter(property = "corpus.normalizeUnicode", defaultValue = "true")
    protected boolean normalizeUnicode = true;

    /**
     * Compare texts lower-cased. Default {@code true}.
     *
     * Example: {@code foldCase} = {@code false}.
     */
    @Parameter(property = "corpus.foldCase", defaultValue = "true")
    protected boolean foldCase = true;

    /**
     * Compare texts with runs of whitespace collapsed to one space. Default {@code true}.
     *
     * Example: {@code collapseWhitespace} = {@code false}.
     */
    @Parameter(property = "corpus.collapseWhitespace", defaultValue = "true")
    protected boolean collapseWhitespace = true;

    // ---- truncation family parameters ----

    /**
     * Texts with fewer words than this are reported as {@code truncation.too-short}; {@code 0} switches the rule off.
     * Words are runs of letters or digits (each CJK character counts as one), counted after trailers and sign-offs
     * are stripped. Default 10.
     *
     * Example: {@code minWords} = {@code 50}.
     */
    @Parameter(property = "corpus.minWords", defaultValue = "10")
    protected int minWords = 10;

    /**
     * Reports the agency sign-offs ({@code Reuter}, {@code (AFP)}, {@code -- AP}, {@code (c) ...}) stripped from the
     * ends of texts as {@code boilerplate.sign-off}. They are stripped either way, so they never count as a missing
     * full stop. Default {@code false}.
     *
     * Example: {@code reportSignOffs} = {@code true}.
     */
    @Parameter(property = "corpus.reportSignOffs", defaultValue = "false")
    protected boolean reportSignOffs;

    /**
     * Trailer phrases added to the built-in list ({@code READ MORE:}, {@code Related:}, {@code Subscribe...}). A
     * phrase ending in {@code *} matches a paragraph that starts with it, otherwise the whole paragraph; case,
     * whitespace and the kind of dash are ignored. Default: none.
     *
     * Example (two extraTrailer elements): {@code Lire aussi :*} and {@code Most read*}.
     */
    @Parameter(property = "corpus.extraTrailers")
    protected List<String> extraTrailers;

    /**
     * Sign-offs added to the built-in list ({@code Reuter}, {@code (AFP)}, {@code -- AP}, {@code (c)*}), same syntax
     * as {@code extraTrailers}. Default: none.
     *
     * Example (two extraSignOff elements): {@code (ANSA)} and {@code -- Kyodo}.
     */
    @Parameter(property = "corpus.extraSignOffs")
    protected List<String> extraSignOffs;

    /**
     * UTF-8 files of further trailer phrases, one a line ({@code #} starts a comment). Default: none.
     *
     * Example (one trailerFile element): <code>${project.basedir}/src/corpus/trailers.txt</code>.
     */
    @Parameter
    protected List<File> trailerFiles;

    /**
     * UTF-8 files of further sign-offs, one a line ({@code #} starts a comment). Default: none.
     *
     * Example (one signOffFile element): <code>${project.basedir}/src/corpus/sign-offs.txt</code>.
     */
    @Parameter
    protected List<File> signOffFiles;

    /**
     * Reports the taglines stripped from the ends of texts (an author line such as {@code Maria Alvarez is a science
     * correspondent for Radio North}, credits such as {@code Additional reporting by ...}, a programme or availability
     * line such as {@code Harbour Tycoon out now for PC and Mac}) as {@code boilerplate.tagline}. They are stripped
     * either way, so the truncation checks look at the story before them. Default {@code false}.
     *
     * <pre>{@code <reportTaglines>true</reportTaglines>}</pre>
     */
    @Parameter(property = "corpus.reportTaglines", defaultValue = "false")
    protected boolean reportTaglines;

    /**
     * Tagline phrases added to the built-in list, same syntax as {@code extraTrailers}; a phrase may start with
     * {@code {name}}, a personal name of one to four capitalised words. Default: none.
     *
     * <pre>{@code <extraTaglines><extraTagline>{name} is our Paris bureau chief*</extraTagline><extraTagline>Listen on Radio North*</extraTagline></extraTaglines>}</pre>
     */
    @Parameter(property = "corpus.extraTaglines")
    protected List<String> extraTaglines;

    // ---- baseline and suppression parameters ----

    /**
     * The baseline written by {@code corpus:baseline} and, when the file exists, read by every checking goal: its
     * findings are counted as {@code baselined} and neither fail the build nor count against limits; only new
     * findings do. Default <code>${project.basedir}/corpus-baseline.json</code>. Meant to be committed.
     *
     * Example: {@code baselineFile} = <code>${project.basedir}/quality/corpus-baseline.json</code>.
     */
    @Parameter(property = "corpus.baselineFile", defaultValue = "${project.basedir}/corpus-baseline.json")
    protected File baselineFile;

    /**
     * A suppressions file: lines {@code rule-pattern: glob, glob} whose documents (corpus-relative file or id)
     * are exempt from those rules; {@code #} comments. Suppressed findings are counted as {@code suppressed}.
     * Default: <code>${project.basedir}/corpus-suppressions.txt</code> when that file exists; set to another file,
     * that file must exist. Documents can also opt out themselves with the metadata field
     * {@code corpus-ignore: duplicate.near, truncation.*}.
     *
     * Example: {@code suppressionsFile} = <code>${project.basedir}/corpus-suppressions.txt</code>.
     */
    @Parameter(property = "corpus.suppressionsFile", defaultValue = DEFAULT_SUPPRESSIONS_FILE)
    protected File suppressionsFile;

    /**
     * The folder that paths in the SARIF and GitLab Code Quality reports are relative to. Default: the root of the
     * git repository holding the project (the nearest folder above <code>${project.basedir}</code> with a
     * {@code .git} folder or file), so that code scanning places findings on the repository's files whatever module
     * the corpus is in; outside any repository the project's base directory (said in the log).
     *
     * <pre><code>&lt;sarifRoot&gt;${maven.multiModuleProjectDirectory}&lt;/sarifRoot&gt;</code></pre>
     */
    @Parameter(property = "corpus.sarifRoot")
    protected File sarifRoot;

    // ---- incremental cache parameters ----

    /**
     * Keeps per-document results in {@code outputDirectory/cache/analysis.bin} so that the next run reads only the
     * files that changed (size and modification time, else content hash) and reuses the rest; the report is the
     * same either way. The cache is discarded when the plugin version or any configuration changes. Default
     * {@code true}; {@code -Dcorpus.cache=false} turns it off.
     *
     * Example: {@code cache} = {@code false}.
     */
    @Parameter(property = "corpus.cache", defaultValue = "true")
    protected boolean cache = true;

    /** The goal this mojo runs. */
    protected abstract Goal goal();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Corpus checks skipped (corpus.skip).");
            return;
        }
        CorpusSettings settings;
        try {
            settings = settings();
        } catch (SettingsException e) {
            throw new MojoExecutionException("Invalid corpus plugin configuration: " + e.getMessage());
        }
        RunOutcome outcome;
        try {
            outcome = CorpusRun.execute(settings, new MavenRunLog(getLog()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid corpus plugin configuration: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check corpus " + settings.directory() + ": "
                    + IoProblems.describe(e, settings.outputDirectory()), e);
        }
        conclude(outcome, failOnViolation, getLog());
    }

    /**
     * Fails the goal as the outcome says: a failed gate (an error finding, a crossed limit, a corpus that gave no
     * document) or a missing corpus is a {@link MojoFailureException}, a heap too small for the corpus a
     * {@link MojoExecutionException}; with {@code failOnViolation} off a failed gate is only a warning.
     */
    static void conclude(RunOutcome outcome, boolean failOnViolation, Log log)
            throws MojoExecutionException, MojoFailureException {
        switch (outcome.status()) {
            case NO_INPUT -> throw new MojoFailureException(outcome.message());
            case OUT_OF_MEMORY -> throw new MojoExecutionException(outcome.message());
            case FAILED -> {
                if (failOnViolation) {
                    throw new MojoFailureException(outcome.message());
                }
                log.warn(outcome.message() + " (failOnViolation=false: not failing the build)");
            }
            default -> { }
        }
    }

    /** The parameters as run settings, by the names every front end shares. */
    CorpusSettings settings() throws SettingsException {
        Path root = projectRoot();
        // Outside any project Maven's stub project leaves ${project.build.directory} uninterpolated: use ./target then.
        boolean stub = buildDirectory == null || buildDirectory.getPath().contains("${");
        Path build = stub ? root.resolve("target") : buildDirectory.toPath();
        CorpusSettings.Builder b = CorpusSettings.builder(root).goal(goal())
                .toolVersion(pluginVersion == null ? "unknown" : pluginVersion).outputBase(build.resolve("corpus"))
                .projectName(stub || projectName == null || projectName.contains("${") ? null : projectName);
        b.set("sourceLinkTemplate", sourceLinkTemplate);
        b.set("directory", unlessDefault(directory, Path.of("src", "main", "corpus")))
                .set("includes", includes != null && includes.equals(List.of(DEFAULT_INCLUDES.split(","))) ? null : includes)
                .set("excludes", excludes)
                .set("useDefaultExcludes", useDefaultExcludes)
                .set("inputFormat", inputFormat).set("encoding", encoding).set("fields", fields)
                .set("idField", idField).set("textField", textField).set("titleField", titleField)
                .set("dateField", dateField).set("datelineField", datelineField).set("sourceField", sourceField)
                .set("urlField", urlField).set("languageField", languageField).set("authorField", authorField)
                .set("outputDirectory", outputDirectory == null || outputDirectory.getPath().contains("${")
                        || outputDirectory.toPath().toAbsolutePath().normalize()
                                .equals(build.resolve("corpus").toAbsolutePath().normalize()) ? null : outputDirectory)
                .set("reportFormats", reportFormats)
                .set("failOnViolation", failOnViolation).set("allowEmpty", allowEmpty)
                .set("maxConsoleFindings", maxConsoleFindings)
                .set("maxReportJsonFindings", maxReportJsonFindings)
                .set("maxFileSize", maxFileSize).set("maxLineSize", maxLineSize)
                .set("followLinksOutside", followLinksOutside).set("threads", threads)
                .set("rules", rules == null ? null : rules.stream().map(r -> record("id", r.getId(), "severity", r.getSeverity())).toList())
                .set("limits", limits == null ? null : limits.stream().map(l -> record("rule", l.getRule(),
                        "maximumCount", l.getMaximumCount(), "maximumRatio", l.getMaximumRatio())).toList())
                .set("baselineFile", baselineFile)
                .set("suppressionsFile", unlessDefault(suppressionsFile, Path.of("corpus-suppressions.txt")))
                .set("cache", cache);
        b.set("sarifRoot", sarifRoot);
        // metadata
        b.set("requiredFields", requiredFields)
                .set("fieldRules", fieldRules == null ? null : fieldRules.stream().map(r -> record("name", r.getName(),
                        "required", r.getRequired(), "pattern", r.getPattern(), "allowedValues", r.getAllowedValues(),
                        "minLength", r.getMinLength(), "maxLength", r.getMaxLength())).toList())
                .set("datePatterns", datePatterns).set("minDate", minDate).set("maxDate", maxDate)
                .set("datelineToleranceDays", datelineToleranceDays);
        // duplicate
        b.set("shingleSize", shingleSize).set("duplicateMinWords", duplicateMinWords).set("nearJaccard", nearJaccard)
                .set("nearContainment", nearContainment).set("editionContainment", editionContainment)
                .set("editionParagraphs", editionParagraphs).set("templateMaxWords", templateMaxWords)
                .set("representativePolicy", representativePolicy).set("normalizeUnicode", normalizeUnicode)
                .set("foldCase", foldCase).set("collapseWhitespace", collapseWhitespace);
        // truncation and boilerplate
        b.set("minWords", minWords).set("reportSignOffs", reportSignOffs).set("extraTrailers", extraTrailers)
                .set("extraSignOffs", extraSignOffs).set("trailerFiles", trailerFiles).set("signOffFiles", signOffFiles);
        b.set("reportTaglines", reportTaglines).set("extraTaglines", extraTaglines);
        return b.build();
    }

    /**
     * {@code null} when the parameter holds its descriptor default (so the run applies its own rule): a path ending in
     * the default's own ({@code src/main/corpus}, {@code corpus-suppressions.txt}), or an
     * expression Maven could not resolve (no project); else the file.
     */
    private static File unlessDefault(File value, Path defaultEnd) {
        return value == null || value.getPath().contains("${") || value.toPath().normalize().endsWith(defaultEnd)
                ? null : value;
    }

    private Path projectRoot() {
        return basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath();
    }

    /** A configuration bean's fields as a record; unset fields are left out. */
    private static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }
}
