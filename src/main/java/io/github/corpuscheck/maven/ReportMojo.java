package io.github.corpuscheck.maven;

import io.github.corpuscheck.report.SitePage;
import io.github.corpuscheck.report.SitePages;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.Goal;
import io.github.corpuscheck.run.IoProblems;
import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.SiteReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The corpus page of {@code mvn site} ("Corpus", under Project Reports): the verdict, findings per rule, the limits
 * with their margin, the worst findings and the duplicate clusters. It shows the {@code report.json} that
 * {@code corpus:check} wrote (same parameters, so the same {@code outputDirectory}); when there is none it runs the
 * check now, writing the reports as {@code check} would, without failing the site on violations. Only sink events
 * that Doxia 1 and 2 share are used (tested with maven-site-plugin 3.12.1 and 3.21.0). Run on its own
 * ({@code mvn corpus:report}) it makes sure report.json exists and logs the verdict; the page itself is rendered by
 * the site.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractCorpusMojo implements MavenMultiPageReport {

    /**
     * How many findings the site page lists, errors first (all are in report.json). Default 100.
     *
     * <pre>{@code <maxReportFindings>500</maxReportFindings>}</pre>
     */
    @Parameter(property = "corpus.maxReportFindings", defaultValue = "100")
    protected int maxReportFindings = 100;

    /**
     * How many duplicate clusters the site page lists (all are in report.json). Default 50.
     *
     * <pre>{@code <maxReportClusters>200</maxReportClusters>}</pre>
     */
    @Parameter(property = "corpus.maxReportClusters", defaultValue = "50")
    protected int maxReportClusters = 50;

    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    private File siteDirectory;

    @Override
    protected Goal goal() {
        return Goal.CHECK;
    }

    @Override
    public void execute() throws MojoExecutionException {
        try {
            if (!canGenerateReport()) {
                return;
            }
            SiteReport loaded = load();
            if (loaded.report() == null) {
                return;
            }
            getLog().info("Corpus folder " + loaded.report().corpusDirectory() + ": "
                    + (loaded.report().failed() ? "failed" : "passed") + " (" + loaded.file() + "). The page is part of"
                    + " mvn site; the reports' own page is index.html beside"
                    + " report.json when reportFormats has html.");
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        SiteReport loaded = load();
        SitePage page = loaded.report() == null
                ? new SitePage("Corpus report", java.util.List.of(new SitePage.Heading(1, "Corpus"),
                        new SitePage.Paragraph("Nothing was checked: " + loaded.message())))
                : SitePages.of(loaded.report(), shown(loaded.file()), maxReportFindings, maxReportClusters);
        SitePageSink.render(page, sink);
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip) {
            getLog().info("Corpus report skipped (corpus.skip).");
            return false;
        }
        CorpusSettings settings = reportSettings();
        if (!SiteReport.available(settings)) {
            getLog().info("No corpus at " + settings.directory() + " and no report.json: no corpus report.");
            return false;
        }
        return true;
    }

    /** The report, read or made now. */
    private SiteReport load() throws MavenReportException {
        CorpusSettings settings = reportSettings();
        try {
            return SiteReport.load(settings, new MavenRunLog(getLog()), maxReportFindings);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MavenReportException(e.getMessage());
        } catch (IOException e) {
            throw new MavenReportException("Could not check corpus " + settings.directory() + ": "
                    + IoProblems.describe(e, settings.outputDirectory()), e);
        }
    }

    private CorpusSettings reportSettings() throws MavenReportException {
        try {
            return settings();
        } catch (SettingsException e) {
            throw new MavenReportException("Invalid corpus plugin configuration: " + e.getMessage());
        }
    }

    /** A file as the page names it: relative to the project when inside it. */
    private String shown(Path file) {
        Path root = basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath().toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    @Override
    public String getOutputName() {
        return "corpus";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Corpus";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Corpus quality gate: verdict, findings per rule, limits, the worst findings and duplicate clusters.";
    }

    private File reportOutputDirectory;

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : siteDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }
}
