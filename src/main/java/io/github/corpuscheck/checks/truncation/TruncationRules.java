package io.github.corpuscheck.checks.truncation;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;

/** Rules of the truncation family. At most one of the three ending rules fires per document, the most specific. */
public final class TruncationRules {

    public static final Rule CONTINUATION_MARKER = new Rule("truncation.continuation-marker", Severity.WARNING,
            "The text ends in a wire continuation marker (More, (more), to be continued, Continued on page ...).");

    public static final Rule MID_SENTENCE = new Rule("truncation.mid-sentence", Severity.WARNING,
            "The text ends where no finished sentence ends: a dangling article, preposition or conjunction, a comma,"
                    + " a hyphen, an unclosed quote or bracket.");

    public static final Rule NO_TERMINAL_PUNCTUATION = new Rule("truncation.no-terminal-punctuation", Severity.WARNING,
            "The last sentence does not end in terminal punctuation (. ! ? ... and CJK forms, optionally followed by"
                    + " closing quotes or brackets).");

    public static final Rule PREFIX_OF = new Rule("truncation.prefix-of", Severity.WARNING,
            "The text stops at a paragraph that another edition in its duplicate cluster follows with more paragraphs.");

    public static final Rule TOO_SHORT = new Rule("truncation.too-short", Severity.WARNING,
            "The text has fewer words than minWords.");

    public static final List<Rule> ALL = List.of(CONTINUATION_MARKER, MID_SENTENCE, NO_TERMINAL_PUNCTUATION, PREFIX_OF, TOO_SHORT);

    private TruncationRules() {}
}
