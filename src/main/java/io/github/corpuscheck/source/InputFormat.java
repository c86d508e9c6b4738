package io.github.corpuscheck.source;

import java.util.Locale;

/** How files are read: by extension ({@code auto}), all as text articles, or all as JSON Lines. */
public enum InputFormat {
    AUTO,
    TEXT,
    JSONL;

    public static InputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown inputFormat '" + value + "': use auto, text or jsonl.");
        }
    }
}
