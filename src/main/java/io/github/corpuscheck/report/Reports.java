package io.github.corpuscheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The report formats a user can ask for, by name. */
public final class Reports {

    private static final Map<String, Supplier<ReportWriter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("json", JsonReportWriter::new);
        FORMATS.put("sarif", SarifReportWriter::new);
        FORMATS.put("junit", JunitXmlReportWriter::new);
        FORMATS.put("html", HtmlReportWriter::new);
        FORMATS.put("markdown", MarkdownReportWriter::new);
        FORMATS.put("csv", DuplicatesCsvWriter::new);
        FORMATS.put("codeclimate", CodeClimateReportWriter::new);
    }

    private Reports() {}

    /** Writers for a comma-separated list of formats; {@code json} and {@code timing} are always included. */
    public static List<ReportWriter> writersFor(String formats) {
        return writersFor(formats, new JsonReportWriter());
    }

    /** The same, with {@code json} the given writer (e.g. one with a cap on its findings). */
    public static List<ReportWriter> writersFor(String formats, JsonReportWriter json) {
        List<ReportWriter> out = new ArrayList<>();
        out.add(json);
        out.add(new TimingReportWriter());
        if (formats != null) {
            for (String f : formats.split(",")) {
                String name = f.trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || name.equals("json")) {
                    continue;
                }
                Supplier<ReportWriter> s = FORMATS.get(name);
                if (s == null) {
                    throw new IllegalArgumentException("Unknown report format '" + f.trim() + "': known " + FORMATS.keySet() + ".");
                }
                ReportWriter w = s.get();
                if (w instanceof HtmlReportWriter html) {
                    html.allFindingsIn(json::allFindingsIn);
                } else if (w instanceof JunitXmlReportWriter junit) {
                    junit.allFindingsIn(json::allFindingsIn);
                }
                out.add(w);
            }
        }
        return out;
    }
}
