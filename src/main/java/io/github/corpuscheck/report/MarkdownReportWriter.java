package io.github.corpuscheck.report;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.internal.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code summary.md}: the outcome in a few tables, for pull-request comments and job summaries. When the
 * environment variable {@value #STEP_SUMMARY} names a file (GitHub Actions), the same text is appended to it; when
 * that fails, the context's {@link ReportContext#problems()} hears of it and the write still succeeds.
 */
public final class MarkdownReportWriter implements ReportWriter {

    public static final String FILE_NAME = "summary.md";
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";
    /** Findings listed per rule; the rest are counted. */
    static final int MAX_PER_RULE = 10;

    private final UnaryOperator<String> environment;

    public MarkdownReportWriter() {
        this(System::getenv);
    }

    /** @param environment looks up environment variables (injectable for tests) */
    public MarkdownReportWriter(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve(FILE_NAME);
        String text = render(result);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String summary = environment.apply(STEP_SUMMARY);
        if (summary != null && !summary.isBlank()) {
            try {
                Files.writeString(Path.of(summary), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException | InvalidPathException e) {
                // The job summary is a courtesy: the report is written, the build goes on.
                context.problems().accept("Could not append the summary to " + STEP_SUMMARY, e);
            }
        }
        return file;
    }

    static String render(CheckResult r) {
        StringBuilder m = new StringBuilder();
        m.append("## Corpus folder ").append(cell(r.corpusLabel())).append(": ").append(r.failed() ? "❌ failed" : "✅ passed").append("\n\n");
        m.append("| Documents | Files | Bytes | Errors | Warnings |\n|---:|---:|---:|---:|---:|\n");
        m.append("| ").append(r.documents()).append(" | ").append(r.files()).append(" | ").append(r.bytes()).append(" | ")
                .append(r.errors()).append(" | ").append(r.warnings()).append(" |\n\n");
        if (!r.summary().isEmpty()) {
            r.summary().forEach((k, v) -> m.append("- ").append(cell(k)).append(": ").append(cell(HtmlReportWriter.plain(v))).append('\n'));
            m.append('\n');
        }
        if (r.byRule().isEmpty()) {
            m.append("No findings.\n\n");
        } else {
            m.append("| Rule | Severity | Findings |\n|---|---|---:|\n");
            r.byRule().forEach((rule, n) -> {
                CheckResult.RuleStatus s = r.rules().get(rule);
                m.append("| `").append(rule).append("` | ").append(s == null ? "" : s.severity().label()).append(" | ").append(n).append(" |\n");
            });
            m.append('\n');
        }
        if (!r.limits().isEmpty()) {
            m.append("| Limit | Value | Maximum | Result |\n|---|---:|---:|---|\n");
            for (LimitResult l : r.limits()) {
                boolean count = l.metric().equals("count");
                m.append("| `").append(cell(l.target())).append("` ").append(l.metric()).append(" | ")
                        .append(count ? String.valueOf((long) l.value()) : String.valueOf(l.value())).append(" | ")
                        .append(count ? String.valueOf((long) l.maximum()) : String.valueOf(l.maximum())).append(" | ")
                        .append(l.passed() ? "passed" : "**crossed**").append(" |\n");
            }
            m.append('\n');
        }
        if (!r.findings().isEmpty()) {
            m.append("<details><summary>Findings (first ").append(MAX_PER_RULE).append(" per rule)</summary>\n\n");
            m.append("| Rule | Where | Message |\n|---|---|---|\n");
            Map<String, Integer> shown = new HashMap<>();
            for (Finding f : r.findings()) {
                if (shown.merge(f.ruleId(), 1, Integer::sum) <= MAX_PER_RULE) {
                    String where = (f.file() == null ? "" : f.file()) + (f.line() > 0 ? ":" + f.line() : "");
                    m.append("| `").append(f.ruleId()).append("` | ").append(cell(where)).append(" | ").append(cell(f.message())).append(" |\n");
                }
            }
            m.append("\n</details>\n\n");
        }
        return m.toString();
    }

    /**
     * Text safe inside a table cell or a list item: pipes and markup characters escaped, control characters (line
     * breaks, terminal escapes) shown as {@code \n}, {@code \u001b}, unpaired surrogates as U+FFFD. So a value stays
     * on its line and no line of the summary starts with text from the corpus.
     */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String t = SafeText.wellFormed(s);
        StringBuilder sb = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            switch (c) {
                case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#' -> sb.append('\\').append(c);
                default -> {
                    if (SafeText.isControl(c)) {
                        sb.append(SafeText.oneLine(String.valueOf(c)));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
