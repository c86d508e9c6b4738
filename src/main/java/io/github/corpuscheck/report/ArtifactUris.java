package io.github.corpuscheck.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Turns corpus-relative finding files into paths relative to the run's {@link SourceRoot} (the repository's root),
 * the way code-scanning tools expect them ({@code module-a/src/main/corpus/a.txt}, base id {@code %SRCROOT%}), so
 * they land on the files of a pull request rather than on paths relative to the module or the corpus folder.
 */
final class ArtifactUris {

    static final String SRCROOT = "%SRCROOT%";

    private final SourceRoot root;
    private final Path corpus;
    private final String corpusPath;

    ArtifactUris(ReportContext context) {
        this.root = context.sourceRoot();
        this.corpus = context.corpusDirectory().toAbsolutePath().normalize();
        this.corpusPath = root.relative(corpus);
    }

    /** True when the corpus lies inside the root, so paths are relative to {@link #SRCROOT}. */
    boolean relativeToBase() {
        return corpusPath != null;
    }

    /** The root as an absolute {@code file:} URI ending in {@code /}, for SARIF's {@code originalUriBaseIds}. */
    String rootUri() {
        String uri = root.directory().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * The repository-relative path of a corpus-relative file ({@code /} separators, not encoded), or {@code null}
     * when the corpus lies outside the root.
     */
    String path(String corpusRelativeFile) {
        if (corpusPath == null) {
            return null;
        }
        return root.relative(corpus.resolve(corpusRelativeFile));
    }

    /** The URI of a corpus-relative file: relative to the root (percent-encoded), or absolute. */
    String uri(String corpusRelativeFile) {
        String rel = path(corpusRelativeFile);
        if (rel != null) {
            return encode(rel);
        }
        return corpus.resolve(corpusRelativeFile).normalize().toUri().toASCIIString();
    }

    private static String encode(String relativePath) {
        try {
            // Percent-encodes spaces and other characters not allowed in a URI path; keeps '/'.
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot make a URI of " + relativePath, e);
        }
    }
}
