package io.github.corpuscheck.checks.boilerplate;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of the boilerplate family, immutable. {@link #defaults()} strips sign-offs silently and uses the built-in
 * phrase lists only; change them with {@link #builder()}.
 */
public final class BoilerplateConfig {

    private static final BoilerplateConfig DEFAULTS = new BoilerplateConfig(new Builder());

    private final boolean reportSignOffs;
    private final boolean reportTaglines;
    private final List<String> extraTaglines;
    private final List<String> extraTrailers;
    private final List<String> extraSignOffs;
    private final List<Path> trailerFiles;
    private final List<Path> signOffFiles;

    private BoilerplateConfig(Builder b) {
        this.reportSignOffs = b.reportSignOffs;
        this.reportTaglines = b.reportTaglines;
        this.extraTaglines = copy("extraTaglines", b.extraTaglines);
        this.extraTrailers = copy("extraTrailers", b.extraTrailers);
        this.extraSignOffs = copy("extraSignOffs", b.extraSignOffs);
        this.trailerFiles = copy("trailerFiles", b.trailerFiles);
        this.signOffFiles = copy("signOffFiles", b.signOffFiles);
    }

    private static <T> List<T> copy(String name, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) { // not values.contains(null): immutable lists throw on that
            if (v == null) {
                throw new IllegalArgumentException(name + " must not contain null, not " + values + ".");
            }
        }
        return List.copyOf(values);
    }

    /** The defaults (see the class comment). */
    public static BoilerplateConfig defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Report stripped agency sign-offs as {@code boilerplate.sign-off} (they are stripped either way; default false). */
    public boolean reportSignOffs() {
        return reportSignOffs;
    }

    /**
     * Report stripped taglines (author lines, credits, availability lines after the story) as
     * {@code boilerplate.tagline} (they are stripped either way; default false).
     */
    public boolean reportTaglines() {
        return reportTaglines;
    }

    /** Tagline phrases added to the built-in list; {@code {name}} at the start stands for a personal name (default none). */
    public List<String> extraTaglines() {
        return extraTaglines;
    }

    /** Trailer phrases added to the built-in list, same syntax as the resource file (default none). */
    public List<String> extraTrailers() {
        return extraTrailers;
    }

    /** Sign-offs added to the built-in list (default none). */
    public List<String> extraSignOffs() {
        return extraSignOffs;
    }

    /** UTF-8 files of further trailer phrases, one a line (default none). */
    public List<Path> trailerFiles() {
        return trailerFiles;
    }

    /** UTF-8 files of further sign-offs, one a line (default none). */
    public List<Path> signOffFiles() {
        return signOffFiles;
    }

    /** Mutable builder starting from the defaults; {@code null} lists stand for empty ones. */
    public static final class Builder {
        private boolean reportSignOffs;
        private boolean reportTaglines;
        private List<String> extraTaglines = List.of();
        private List<String> extraTrailers = List.of();
        private List<String> extraSignOffs = List.of();
        private List<Path> trailerFiles = List.of();
        private List<Path> signOffFiles = List.of();

        private Builder() {}

        public Builder reportSignOffs(boolean v) { reportSignOffs = v; return this; }
        public Builder reportTaglines(boolean v) { reportTaglines = v; return this; }
        public Builder extraTaglines(List<String> v) { extraTaglines = v; return this; }
        public Builder extraTrailers(List<String> v) { extraTrailers = v; return this; }
        public Builder extraSignOffs(List<String> v) { extraSignOffs = v; return this; }
        public Builder trailerFiles(List<Path> v) { trailerFiles = v; return this; }
        public Builder signOffFiles(List<Path> v) { signOffFiles = v; return this; }

        /** The configuration; throws {@link IllegalArgumentException} naming the parameter for a null entry. */
        public BoilerplateConfig build() {
            return new BoilerplateConfig(this);
        }
    }
}
