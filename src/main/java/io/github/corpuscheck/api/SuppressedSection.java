package io.github.corpuscheck.api;

import java.util.List;

/**
 * Findings left out of a result because the user opted out of them ({@code report.json}: {@value #NAME}).
 *
 * @param findings the suppressed findings, in report order
 */
public record SuppressedSection(List<Suppressed> findings) implements ReportSection {

    public static final String NAME = "suppressed";

    public SuppressedSection {
        findings = List.copyOf(findings);
    }

    /**
     * @param finding the finding
     * @param reason why it is suppressed, e.g. {@code corpus-ignore: truncation.*}
     */
    public record Suppressed(Finding finding, String reason) {}

    @Override
    public String name() {
        return NAME;
    }

    /** {@code [{"rule", "severity", "document", "file", "line", "message", "reason"}, ...]}. */
    @Override
    public Object json() {
        return SectionJson.mapped(findings, s -> SectionJson.brief(s.finding(), "reason", s.reason()));
    }
}
