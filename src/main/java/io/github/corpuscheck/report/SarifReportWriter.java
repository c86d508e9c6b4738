package io.github.corpuscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.adopt.Fingerprints;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code corpus.sarif}: SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, Azure DevOps). One run, one result
 * per finding, rule metadata for every rule of the run; artifact URIs relative to the repository's root
 * ({@code %SRCROOT%}, declared in {@code originalUriBaseIds}, see {@link SourceRoot}); the run's
 * {@code automationDetails.id} is the corpus's category, so that the files of several modules can be uploaded
 * side by side.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String FILE_NAME = "corpus.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/corpuscheck/corpus-maven-plugin";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve(FILE_NAME);
        ArtifactUris uris = new ArtifactUris(context);
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (CheckResult.RuleStatus s : result.rules().values()) {
            ruleIndex.put(s.rule().id(), rules.size());
            rules.add(s.rule());
        }
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = JsonValues.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, result, rules, context.toolVersion());
            g.writeObjectFieldStart("automationDetails");
            g.writeStringField("id", context.category());
            g.writeEndObject();
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(ArtifactUris.SRCROOT);
            g.writeStringField("uri", uris.rootUri());
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                writeResult(g, f, ruleIndex, uris);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return file;
    }

    private static void writeTool(JsonGenerator g, CheckResult result, List<Rule> rules, String version) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "corpus-maven-plugin");
        g.writeStringField("version", version);
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (Rule r : rules) {
            String description = r.description() == null || r.description().isBlank() ? r.id() : r.description().trim();
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.id());
            text(g, "shortDescription", firstSentence(description));
            text(g, "fullDescription", description);
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.defaultSeverity()));
            g.writeEndObject();
            g.writeObjectFieldStart("help");
            g.writeStringField("text", help(r, description, result.rules().get(r.id()).severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("family", r.family());
            g.writeStringField("effectiveSeverity", result.rules().get(r.id()).severity().label());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String help(Rule r, String description, Severity effective) {
        return description + " Default severity: " + r.defaultSeverity().label() + " (in this run: " + effective.label()
                + "). Change it with <rules><rule><id>" + r.id() + "</id><severity>warning</severity></rule></rules>, "
                + "bound it with <limits>, or let a document opt out with the front-matter key corpus-ignore: " + r.id() + ".";
    }

    private static void writeResult(JsonGenerator g, Finding f, Map<String, Integer> ruleIndex, ArtifactUris uris)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        text(g, "message", f.message());
        if (f.file() != null) {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            physicalLocation(g, f.file(), f.line(), uris);
            if (f.document() != null) {
                g.writeArrayFieldStart("logicalLocations");
                g.writeStartObject();
                g.writeStringField("name", f.document());
                g.writeStringField("kind", "object");
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        if (!f.relatedLocations().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            for (int i = 0; i < f.relatedLocations().size(); i++) {
                Location l = f.relatedLocations().get(i);
                if (l == null || l.file() == null) {
                    continue;
                }
                g.writeStartObject();
                g.writeNumberField("id", i + 1);
                physicalLocation(g, l.file(), l.line(), uris);
                String relatedId = i < f.related().size() ? f.related().get(i) : null;
                text(g, "message", "Related document " + (relatedId == null ? l.file() : relatedId) + ".");
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("corpusFinding/v" + Fingerprints.CURRENT_VERSION, Fingerprints.of(f, Fingerprints.CURRENT_VERSION));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        if (f.document() != null) {
            g.writeStringField("document", f.document());
        }
        if (!f.related().isEmpty()) {
            g.writeFieldName("related");
            JsonValues.write(g, f.related());
        }
        g.writeFieldName("evidence");
        JsonValues.write(g, f.evidence());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void physicalLocation(JsonGenerator g, String file, int line, ArtifactUris uris) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uris.uri(file));
        if (uris.relativeToBase()) {
            g.writeStringField("uriBaseId", ArtifactUris.SRCROOT);
        }
        g.writeEndObject();
        if (line > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", line);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    /** Up to and including the first sentence end, for {@code shortDescription}. */
    static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }
}
