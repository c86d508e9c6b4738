package io.github.corpuscheck.maven;

/**
 * A severity override in the pom:
 *
 * <pre>{@code
 * <rule><id>truncation.too-short</id><severity>off</severity></rule>
 * }</pre>
 *
 * {@code id} may be a rule id, a family ({@code truncation.*}) or {@code *}; severity is error, warning or off.
 */
public class RuleConfig {
    private String id;
    private String severity;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }
}
