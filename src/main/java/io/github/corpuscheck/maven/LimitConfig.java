package io.github.corpuscheck.maven;

/**
 * A threshold in the pom:
 *
 * <pre>{@code
 * <limit><rule>duplicate.*</rule><maximumCount>10</maximumCount><maximumRatio>0.01</maximumRatio></limit>
 * }</pre>
 */
public class LimitConfig {
    private String rule;
    private Long maximumCount;
    private Double maximumRatio;

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public Long getMaximumCount() {
        return maximumCount;
    }

    public void setMaximumCount(Long maximumCount) {
        this.maximumCount = maximumCount;
    }

    public Double getMaximumRatio() {
        return maximumRatio;
    }

    public void setMaximumRatio(Double maximumRatio) {
        this.maximumRatio = maximumRatio;
    }
}
