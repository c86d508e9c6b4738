package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import java.util.List;

/**
 * Applies the configured {@link FieldRule}s to one document: missing, length, pattern, allowed values. A list value
 * ({@link ListValue}) is present when one of its elements is not blank, and each element is checked on its own.
 */
final class FieldValidator {

    private final List<FieldRule> rules;

    FieldValidator(List<FieldRule> rules) {
        this.rules = List.copyOf(rules);
    }

    void check(Document doc, FindingSink sink) {
        for (FieldRule r : rules) {
            String raw = doc.field(r.name());
            List<String> elements = ListValue.elements(raw);
            String value = elements != null && elements.stream().allMatch(String::isBlank) ? null
                    : MetadataCheck.trimmed(raw);
            if (value == null) {
                if (r.required()) {
                    String how = raw == null ? "missing" : "blank";
                    Finding.Builder b = Finding.about(MetadataRules.MISSING, doc)
                            .message("No " + r.name() + ": the required field '" + r.name() + "' is " + how + ".")
                            .evidence("field", r.name());
                    if (raw != null) {
                        b.evidence("value", raw);
                    }
                    sink.report(b);
                }
                continue;
            }
            if (elements == null) {
                checkValue(doc, r, value, sink);
                continue;
            }
            for (String element : elements) { // a list: each element is checked, blank ones left out
                String e = MetadataCheck.trimmed(element);
                if (e != null) {
                    checkValue(doc, r, e, sink);
                }
            }
        }
    }

    private static void checkValue(Document doc, FieldRule r, String value, FindingSink sink) {
        int len = value.codePointCount(0, value.length());
        if (r.minLength() != null && len < r.minLength()) {
            invalid(doc, r, value, "at least " + r.minLength() + " characters (has " + len + ")", sink);
            return;
        }
        if (r.maxLength() != null && len > r.maxLength()) {
            invalid(doc, r, value, "at most " + r.maxLength() + " characters (has " + len + ")", sink);
            return;
        }
        if (r.pattern() != null && !r.pattern().matcher(value).matches()) {
            invalid(doc, r, value, "a value matching " + r.pattern().pattern(), sink);
            return;
        }
        if (!r.allowedValues().isEmpty() && !r.allowedValues().contains(value)) {
            String canonical = null;
            for (String a : r.allowedValues()) {
                if (a.equalsIgnoreCase(value)) {
                    canonical = a;
                    break;
                }
            }
            if (canonical == null) {
                invalid(doc, r, value, "one of " + String.join(", ", r.allowedValues()), sink);
            } else {
                sink.report(Finding.about(MetadataRules.NOISY, doc)
                        .message("Noisy " + r.name() + " '" + value + "': it is the allowed value '" + canonical
                                + "' written in another case.")
                        .evidence("field", r.name()).evidence("value", value).evidence("cleaned", canonical));
            }
        }
    }

    private static void invalid(Document doc, FieldRule r, String value, String expected, FindingSink sink) {
        sink.report(Finding.about(MetadataRules.INVALID, doc)
                .message("Invalid " + r.name() + " '" + value + "': expected " + expected + ".")
                .evidence("field", r.name()).evidence("value", value).evidence("expected", expected));
    }
}
