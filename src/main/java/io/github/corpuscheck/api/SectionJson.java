package io.github.corpuscheck.api;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Helpers of the report sections' {@code json()}. */
final class SectionJson {

    private SectionJson() {}

    /**
     * A read-only view of {@code list} with {@code toJson} applied to each element when it is read. A report can
     * hold tens of thousands of clusters: their maps need not all exist at once.
     */
    static <T> List<Object> mapped(List<T> list, Function<? super T, Object> toJson) {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                return toJson.apply(list.get(index));
            }

            @Override
            public int size() {
                return list.size();
            }
        };
    }

    /** A JSON object of these keys and values, in this order (the report's field order). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A finding in brief, as suppressed and baselined findings are listed, then one more field. */
    static Map<String, Object> brief(Finding f, String key, String value) {
        return ordered(
                "rule", f.ruleId(),
                "severity", f.severity().label(),
                "document", f.document(),
                "file", f.file(),
                "line", f.line(),
                "message", f.message(),
                key, value);
    }
}
