package io.github.corpuscheck.gate;

/** One bound of a limit, evaluated: {@code metric} is {@code count} or {@code ratio}. */
public record LimitResult(String target, String metric, double value, double maximum, boolean passed) {

    /** E.g. {@code duplicate.* ratio 0.0312 > 0.01}. */
    public String describe() {
        String v = metric.equals("count") ? String.valueOf((long) value) : String.valueOf(value);
        String m = metric.equals("count") ? String.valueOf((long) maximum) : String.valueOf(maximum);
        return target + " " + metric + " " + v + (passed ? " <= " : " > ") + m;
    }
}
