package io.github.corpuscheck.api;

import java.util.List;
import java.util.Map;

/**
 * How a result met the baseline of accepted findings ({@code report.json}: {@value #NAME}).
 *
 * @param fingerprintVersion the fingerprint scheme of the baseline
 * @param baselined findings the baseline accepted (left out of the result), in report order
 * @param fixed baseline entries no finding matched any more, in baseline order
 */
public record BaselineSection(int fingerprintVersion, List<Baselined> baselined, List<Fixed> fixed) implements ReportSection {

    public static final String NAME = "baseline";

    public BaselineSection {
        baselined = List.copyOf(baselined);
        fixed = List.copyOf(fixed);
    }

    /**
     * @param finding the accepted finding
     * @param fingerprint the baseline fingerprint it matched
     */
    public record Baselined(Finding finding, String fingerprint) {}

    /**
     * A baseline entry that no longer occurs.
     *
     * @param rule the entry's rule id
     * @param document the entry's document
     * @param fingerprint the entry's fingerprint
     */
    public record Fixed(String rule, String document, String fingerprint) {
        Map<String, Object> json() {
            return SectionJson.ordered(
                    "rule", rule,
                    "document", document,
                    "fingerprint", fingerprint);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code {"fingerprintVersion", "baselined": [finding brief + "fingerprint"], "fixed": [{"rule", "document", "fingerprint"}]}}. */
    @Override
    public Object json() {
        return SectionJson.ordered(
                "fingerprintVersion", fingerprintVersion,
                "baselined", SectionJson.mapped(baselined, b -> SectionJson.brief(b.finding(), "fingerprint", b.fingerprint())),
                "fixed", SectionJson.mapped(fixed, Fixed::json));
    }
}
