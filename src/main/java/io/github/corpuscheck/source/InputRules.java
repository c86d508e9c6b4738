package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;

/** Rules for input that cannot be read as intended. The run always goes on. */
public final class InputRules {

    public static final Rule ENCODING = new Rule("input.encoding", Severity.ERROR,
            "Bytes that are not valid in the configured encoding, or JSON escapes of unpaired UTF-16 surrogates; the text"
                    + " is read with replacement characters.");
    public static final Rule MALFORMED = new Rule("input.malformed", Severity.ERROR,
            "A JSON Lines line that is not valid JSON, or a front-matter block (YAML, TOML, JSON) that does not parse.");
    public static final Rule NOT_OBJECT = new Rule("input.not-object", Severity.ERROR,
            "A JSON Lines line whose value is not a JSON object.");
    public static final Rule MISSING_TEXT = new Rule("input.missing-text", Severity.WARNING,
            "A document without a text, or with a blank one.");
    public static final Rule EMPTY_FILE = new Rule("input.empty-file", Severity.WARNING,
            "A file with no content.");
    public static final Rule BINARY = new Rule("input.binary", Severity.ERROR,
            "A file that holds binary data rather than text; it is skipped.");
    public static final Rule TOO_LARGE = new Rule("input.too-large", Severity.ERROR,
            "A text file over maxFileSize, or a JSON Lines line over maxLineSize; it is skipped.");
    public static final Rule UNREADABLE = new Rule("input.unreadable", Severity.ERROR,
            "A file that cannot be read (permissions, I/O error, corrupt gzip stream).");

    public static final Rule OUTSIDE_CORPUS = new Rule("input.outside-corpus", Severity.WARNING,
            "A symbolic link that leads out of the corpus folder; it is not read (followLinksOutside=true reads it).");

    public static final List<Rule> ALL = List.of(ENCODING, MALFORMED, NOT_OBJECT, MISSING_TEXT, EMPTY_FILE, BINARY,
            TOO_LARGE, UNREADABLE, OUTSIDE_CORPUS);

    private InputRules() {}
}
