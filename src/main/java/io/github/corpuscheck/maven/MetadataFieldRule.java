package io.github.corpuscheck.maven;

import java.util.List;

/**
 * The schema of one metadata field in the pom:
 *
 * <pre>{@code
 * <fieldRule>
 *   <name>language</name>
 *   <required>true</required>
 *   <pattern>[a-z]{2}</pattern>
 *   <allowedValues><allowedValue>en</allowedValue><allowedValue>fr</allowedValue></allowedValues>
 *   <minLength>2</minLength>
 *   <maxLength>2</maxLength>
 * </fieldRule>
 * }</pre>
 *
 * Every element but {@code name} is optional; {@code required} left out keeps what {@code requiredFields} says.
 */
public class MetadataFieldRule {
    private String name;
    private Boolean required;
    private String pattern;
    private List<String> allowedValues;
    private Integer minLength;
    private Integer maxLength;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getRequired() {
        return required;
    }

    public void setRequired(Boolean required) {
        this.required = required;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public List<String> getAllowedValues() {
        return allowedValues;
    }

    public void setAllowedValues(List<String> allowedValues) {
        this.allowedValues = allowedValues;
    }

    public Integer getMinLength() {
        return minLength;
    }

    public void setMinLength(Integer minLength) {
        this.minLength = minLength;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }
}
