package io.github.corpuscheck.maven;

import io.github.corpuscheck.report.AggregateJsonWriter;
import io.github.corpuscheck.report.CorpusAggregate;
import io.github.corpuscheck.report.SitePages;
import io.github.corpuscheck.run.CorpusSettings;
import io.github.corpuscheck.run.IoProblems;
import io.github.corpuscheck.run.SettingsException;
import io.github.corpuscheck.run.SiteReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * One corpus page over the modules of a multi-module build ("Corpus (aggregate)"), for the aggregating project:
 * totals, counts per module and rule, limits, the worst findings with their module in the location, and duplicate
 * clusters; plus {@code target/corpus/aggregate/report.json} (schema in docs/reports.md). Each module's
 * {@code report.json} is read from where its {@code check} writes it (its {@code outputDirectory}, default
 * {@code target/corpus}); a module without one is checked now with this goal's parameters on the module's own
 * {@code directory} and {@code outputDirectory}, without failing on violations. Modules without a corpus are left
 * out; modules are sorted by folder.
 */
@Mojo(name = "report-aggregate", aggregator = true, threadSafe = true)
public class ReportAggregateMojo extends ReportMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    List<MavenProject> reactorProjects;

    @Parameter(defaultValue = "${plugin.groupId}", readonly = true)
    private String pluginGroupId;

    @Parameter(defaultValue = "${plugin.artifactId}", readonly = true)
    private String pluginArtifactId;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            if (!canGenerateReport()) {
                return;
            }
            CorpusAggregate aggregate = aggregate();
            getLog().info("Corpus of " + aggregate.modules().size() + " module(s): "
                    + (aggregate.failed() ? "failed in " + String.join(", ", aggregate.failedModules()) : "passed")
                    + " (" + aggregateFile() + ").");
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        CorpusAggregate aggregate = aggregate();
        SitePageSink.render(SitePages.of(aggregate, relative(aggregateFile()), maxReportFindings, maxReportClusters),
                sink);
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Corpus aggregate report skipped (corpus.skip).");
            return false;
        }
        return true;
    }

    /** Every module's report, and the aggregate report.json written. */
    CorpusAggregate aggregate() throws MavenReportException {
        Path root = root();
        List<CorpusAggregate.Module> modules = new ArrayList<>();
        for (MavenProject module : reactorProjects == null ? List.of(project) : reactorProjects) {
            Path base = module.getBasedir().toPath().toAbsolutePath().normalize();
            if (!base.startsWith(root)) {
                continue;
            }
            String name = root.equals(base) ? "." : root.relativize(base).toString().replace('\\', '/');
            CorpusSettings settings = moduleSettings(module);
            if (!SiteReport.available(settings)) {
                continue;
            }
            try {
                SiteReport loaded = SiteReport.load(settings, new MavenRunLog(getLog()), maxReportFindings);
                if (loaded.report() != null) {
                    modules.add(new CorpusAggregate.Module(name, module.getArtifactId(), loaded.report()));
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new MavenReportException("Module " + name + ": " + e.getMessage());
            } catch (IOException e) {
                throw new MavenReportException("Module " + name + ": could not check corpus " + settings.directory()
                        + ": " + IoProblems.describe(e, settings.outputDirectory()), e);
            }
        }
        CorpusAggregate aggregate = new CorpusAggregate(pluginVersion == null ? "unknown" : pluginVersion, modules);
        Path file = aggregateFile();
        try {
            AggregateJsonWriter.write(aggregate, file);
        } catch (IOException e) {
            throw new MavenReportException("Could not write " + file + ": " + IoProblems.describe(e, file.getParent()), e);
        }
        return aggregate;
    }

    /**
     * This goal's parameters for one module: its folder and build folder, and the {@code directory} and
     * {@code outputDirectory} its own {@code check} is configured with (else their defaults).
     */
    private CorpusSettings moduleSettings(MavenProject module) throws MavenReportException {
        File savedBase = basedir, savedBuild = buildDirectory, savedDirectory = directory, savedOutput = outputDirectory;
        try {
            basedir = module.getBasedir();
            buildDirectory = new File(module.getBuild().getDirectory());
            Xpp3Dom config = pluginGroupId == null ? null
                    : (Xpp3Dom) module.getGoalConfiguration(pluginGroupId, pluginArtifactId, null, "check");
            directory = configured(config, "directory", module);
            outputDirectory = configured(config, "outputDirectory", module);
            return settings();
        } catch (SettingsException e) {
            throw new MavenReportException("Invalid corpus plugin configuration: " + e.getMessage());
        } finally {
            basedir = savedBase;
            buildDirectory = savedBuild;
            directory = savedDirectory;
            outputDirectory = savedOutput;
        }
    }

    private static File configured(Xpp3Dom config, String name, MavenProject module) {
        Xpp3Dom child = config == null ? null : config.getChild(name);
        String value = child == null ? null : child.getValue();
        if (value == null || value.isBlank() || value.contains("${")) {
            return null;
        }
        File f = new File(value.trim());
        return f.isAbsolute() ? f : new File(module.getBasedir(), value.trim());
    }

    private Path root() {
        File base = project != null ? project.getBasedir() : basedir;
        return base.toPath().toAbsolutePath().normalize();
    }

    private Path aggregateFile() {
        File build = project != null ? new File(project.getBuild().getDirectory()) : buildDirectory;
        return build.toPath().resolve("corpus").resolve("aggregate").resolve("report.json");
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = root();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    @Override
    public String getOutputName() {
        return "corpus-aggregate";
    }

    @Override
    public String getName(Locale locale) {
        return "Corpus (aggregate)";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Corpus quality gate over every module: counts per module, limits, the worst findings and duplicate"
                + " clusters.";
    }
}
