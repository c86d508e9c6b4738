package io.github.corpuscheck.report;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.adopt.Fingerprints;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality report (a subset of the Code Climate issue format), so
 * merge requests show the findings that a change adds or resolves. A JSON array, one object per finding:
 * {@code description} (the message), {@code check_name} (the rule id), {@code fingerprint}, {@code severity}
 * ({@link #severity}) and {@code location} with {@code path} relative to the repository's root (as in SARIF, see
 * {@link SourceRoot}) and {@code lines.begin}.
 *
 * <p>GitLab compares a merge request's report with the target branch's by fingerprint, and keeps one finding per
 * fingerprint. The fingerprint is 32 hex digits: the finding's baseline fingerprint ({@link Fingerprints}, the one
 * in {@code corpus-baseline.json} and in SARIF's {@code partialFingerprints}, stable across runs and edits
 * elsewhere), then 16 digits that tell apart the same finding in another corpus of the repository (the reports of
 * several modules are merged) and repeats of one fingerprint within the report (numbered in report order).
 */
public final class CodeClimateReportWriter implements ReportWriter {

    public static final String FILE_NAME = "gl-code-quality-report.json";

    /** Stored in merge-request comparisons across plugin versions: XXH3-64 without seed is a specified algorithm. */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    @Override
    public String format() {
        return "codeclimate";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve(FILE_NAME);
        ArtifactUris uris = new ArtifactUris(context);
        String corpusPath = corpusPath(context);
        Map<String, Integer> seen = new HashMap<>();
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = JsonValues.prettyGenerator(out)) {
            g.writeStartArray();
            for (Finding f : result.findings()) {
                String baseline = Fingerprints.of(f, Fingerprints.CURRENT_VERSION);
                int occurrence = seen.merge(baseline, 1, Integer::sum);
                g.writeStartObject();
                g.writeStringField("description", f.message());
                g.writeStringField("check_name", f.ruleId());
                g.writeStringField("fingerprint", fingerprint(baseline, corpusPath, occurrence));
                g.writeStringField("severity", severity(f.severity()));
                g.writeObjectFieldStart("location");
                g.writeStringField("path", f.file() == null ? corpusPath : path(uris, context, f.file()));
                g.writeObjectFieldStart("lines");
                g.writeNumberField("begin", Math.max(1, f.line()));
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
        return file;
    }

    /** GitLab's severity for ours: an error (which fails the build) is {@code critical}. */
    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case OFF -> "info";
        };
    }

    /**
     * The baseline fingerprint followed by 16 hex digits of the corpus's repository-relative folder and the
     * occurrence number of that baseline fingerprint in this report.
     */
    static String fingerprint(String baseline, String corpusPath, int occurrence) {
        byte[] scope = (corpusPath + '\u001f' + occurrence).getBytes(StandardCharsets.UTF_8);
        String s = Long.toHexString(XXH3.hashBytesToLong(scope));
        return baseline + "0".repeat(16 - s.length()) + s;
    }

    /** The corpus folder relative to the root ({@code .} at the root), or its absolute path when outside it. */
    private static String corpusPath(ReportContext context) {
        String rel = context.sourceRoot().relative(context.corpusDirectory());
        if (rel == null) {
            return context.corpusDirectory().toAbsolutePath().normalize().toString();
        }
        return rel.isEmpty() ? "." : rel;
    }

    private static String path(ArtifactUris uris, ReportContext context, String corpusRelativeFile) {
        String rel = uris.path(corpusRelativeFile);
        return rel != null ? rel
                : context.corpusDirectory().toAbsolutePath().normalize().resolve(corpusRelativeFile).normalize().toString();
    }
}
