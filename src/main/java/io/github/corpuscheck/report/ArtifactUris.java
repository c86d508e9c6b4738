package io.github.corpuscheck.report;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Turns corpus-relative finding files into URIs relative to the project's base directory, the way code-scanning
 * tools expect them ({@code src/main/corpus/a.txt} with base id {@code %SRCROOT%}), so they land on the files of a
 * pull request rather than on paths relative to the corpus folder.
 */
final class ArtifactUris {

    static final String SRCROOT = "%SRCROOT%";

    private final Path base;
    private final Path corpus;

    ArtifactUris(ReportContext context) {
        this.base = context.baseDirectory() == null ? null : context.baseDirectory().toAbsolutePath().normalize();
        this.corpus = context.corpusDirectory().toAbsolutePath().normalize();
    }

    /** True when the corpus lies inside the base directory, so URIs are relative to {@link #SRCROOT}. */
    boolean relativeToBase() {
        return base != null && corpus.startsWith(base);
    }

    /** The URI of a corpus-relative file ({@code /} separators): relative to the base directory, or absolute. */
    String uri(String corpusRelativeFile) {
        Path abs = corpus.resolve(corpusRelativeFile).normalize();
        if (relativeToBase()) {
            String rel = base.relativize(abs).toString();
            // Only the platform's separator: on Linux a backslash belongs to the file name (percent-encoded).
            return encode(File.separatorChar == '/' ? rel : rel.replace(File.separatorChar, '/'));
        }
        return abs.toUri().toASCIIString();
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
