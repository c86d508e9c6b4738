package io.github.corpuscheck.report;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Severity;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.gate.LimitResult;
import io.github.corpuscheck.gate.RulePattern;
import io.github.corpuscheck.internal.SafeText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-corpus.xml} in Surefire's format, so CI test tabs show the gate: one test case per rule with findings
 * (failing when the rule has an error finding) and one per evaluated limit (failing when crossed); the findings are
 * in the failure text, or in {@code system-out} for passing cases. Times are 0 to keep the file deterministic.
 */
public final class JunitXmlReportWriter implements ReportWriter {

    public static final String FILE_NAME = "TEST-corpus.xml";
    /** Findings listed in one test case's text; the rest are counted. */
    static final int MAX_LISTED = 500;

    private record Case(String classname, String name, boolean failed, String failureMessage, String failureType, String text) {}

    /** Where all findings of a result with so many findings are, for "... more in": report.json unless capped. */
    private java.util.function.IntFunction<String> allFindingsIn = n -> "report.json";

    /** Has the cases' texts name where all findings are ({@link JsonReportWriter#allFindingsIn}); returns this. */
    public JunitXmlReportWriter allFindingsIn(java.util.function.IntFunction<String> where) {
        this.allFindingsIn = where;
        return this;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public Path write(CheckResult result, ReportContext context) throws IOException {
        Files.createDirectories(context.outputDirectory());
        Path file = context.outputDirectory().resolve(FILE_NAME);
        List<Case> cases = cases(result, allFindingsIn.apply(result.findings().size()));
        long failures = cases.stream().filter(Case::failed).count();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8"); // the JDK's writer, whatever StAX is on the classpath
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "corpus");
            x.writeAttribute("tests", String.valueOf(cases.size()));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            x.writeAttribute("time", "0");
            x.writeCharacters("\n");
            x.writeCharacters("  ");
            x.writeStartElement("properties");
            property(x, "corpus", result.corpusLabel());
            property(x, "documents", String.valueOf(result.documents()));
            property(x, "files", String.valueOf(result.files()));
            x.writeEndElement();
            x.writeCharacters("\n");
            for (Case c : cases) {
                x.writeCharacters("  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", clean(c.classname()));
                x.writeAttribute("name", clean(c.name()));
                x.writeAttribute("time", "0");
                if (c.failed()) {
                    x.writeStartElement("failure");
                    x.writeAttribute("message", clean(c.failureMessage()));
                    x.writeAttribute("type", c.failureType());
                    x.writeCharacters(clean(c.text()));
                    x.writeEndElement();
                } else if (!c.text().isEmpty()) {
                    x.writeStartElement("system-out");
                    x.writeCharacters(clean(c.text()));
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static List<Case> cases(CheckResult result, String allIn) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        result.byRule().keySet().forEach(id -> byRule.put(id, new ArrayList<>()));
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        List<Case> out = new ArrayList<>();
        byRule.forEach((rule, findings) -> {
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            String family = rule.substring(0, rule.indexOf('.'));
            String message = errors > 0
                    ? errors + " error finding(s) of " + rule
                    : findings.size() + " warning finding(s) of " + rule;
            out.add(new Case("corpus." + family, rule, errors > 0, message, "error", list(findings, allIn)));
        });
        for (LimitResult l : result.limits()) {
            List<Finding> matching = result.findings().stream().filter(f -> RulePattern.matches(l.target(), f.ruleId())).toList();
            out.add(new Case("corpus.limits", "limit " + l.target() + " " + l.metric(), !l.passed(),
                    "Limit crossed: " + l.describe(), "limit", l.describe() + "\n" + list(matching, allIn)));
        }
        return out;
    }

    private static String list(List<Finding> findings, String allIn) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Finding f : findings) {
            if (n++ == MAX_LISTED) {
                sb.append("... ").append(findings.size() - MAX_LISTED).append(" more in ").append(allIn).append('\n');
                break;
            }
            sb.append(ConsoleSummary.format(f)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Replaces with U+FFFD the characters XML 1.0 cannot hold (control characters from broken input), which would make
     * the file unreadable, and unpaired surrogates, which UTF-8 cannot encode; surrogate pairs are kept.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        s = SafeText.wellFormed(s);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!ok) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
