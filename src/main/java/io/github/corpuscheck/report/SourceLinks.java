package io.github.corpuscheck.report;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Links from the HTML report to a finding's file: relative to the report folder, and in the repository's web view
 * when {@code sourceLinkTemplate} is set or the run is on a CI that names the repository and revision (GitHub
 * Actions: {@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY}, {@code GITHUB_SHA}; GitLab CI:
 * {@code CI_PROJECT_URL}, {@code CI_COMMIT_SHA}). The environment is a map, so tests are exact; only the HTML
 * report reads it, never {@code report.json}.
 */
public final class SourceLinks {

    /** Placeholders of a template. */
    static final String PATH = "{path}";
    static final String LINE = "{line}";
    static final String REVISION = "{revision}";

    private SourceLinks() {}

    /**
     * Checks a {@code sourceLinkTemplate} value.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void validate(String template) {
        if (template == null || template.isBlank()) {
            return;
        }
        String t = template.strip();
        if (!t.startsWith("https://") && !t.startsWith("http://")) {
            throw new IllegalArgumentException("'" + t + "' must start with https:// or http://, e.g. "
                    + "https://github.com/org/repo/blob/{revision}/{path}#L{line}.");
        }
        if (!t.contains(PATH)) {
            throw new IllegalArgumentException("'" + t + "' must contain {path} (the file's path in the repository); "
                    + "{line} and {revision} are optional.");
        }
    }

    /** The template in force: the setting, else one made of the CI's variables; {@code null} when there is none. */
    static String template(String setting, Map<String, String> env) {
        if (setting != null && !setting.isBlank()) {
            return setting.strip();
        }
        String server = value(env, "GITHUB_SERVER_URL");
        String repository = value(env, "GITHUB_REPOSITORY");
        if (server != null && repository != null && value(env, "GITHUB_SHA") != null) {
            return trimSlash(server) + "/" + repository + "/blob/" + REVISION + "/" + PATH + "#L" + LINE;
        }
        String project = value(env, "CI_PROJECT_URL");
        if (project != null && value(env, "CI_COMMIT_SHA") != null) {
            return trimSlash(project) + "/-/blob/" + REVISION + "/" + PATH + "#L" + LINE;
        }
        return null;
    }

    /** The revision links name: the CI's commit, else {@code HEAD} (which GitHub and GitLab resolve). */
    static String revision(Map<String, String> env) {
        String sha = value(env, "GITHUB_SHA");
        if (sha == null) {
            sha = value(env, "CI_COMMIT_SHA");
        }
        return sha == null ? "HEAD" : sha;
    }

    /**
     * The forge link pattern for the page's script, or {@code null}: the template with the revision filled in and
     * the corpus folder's path in the repository ({@code root}, the run's {@link SourceRoot}) put before {@code {path}}, which then stands for the
     * corpus-relative file. Two forms: with the line, and without (the part from the {@code #} before
     * {@code {line}} left out) for findings whose line is not known.
     */
    static String[] forgePatterns(String template, Map<String, String> env, Path root, Path corpus) {
        if (template == null) {
            return null;
        }
        try {
            validate(template);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Path c = corpus.toAbsolutePath().normalize();
        if (!c.startsWith(root)) {
            return null;
        }
        String prefix = encodedPath(root.relativize(c));
        String t = template.replace(REVISION, revision(env)).replace(PATH, prefix + PATH);
        int line = t.indexOf(LINE);
        String noLine = t;
        if (line >= 0) {
            int hash = t.lastIndexOf('#', line);
            noLine = hash >= 0 ? t.substring(0, hash) : t.replace(LINE, "1");
        }
        return new String[] {t, noLine};
    }

    /**
     * The corpus folder relative to the report folder, each segment percent-encoded, with a trailing {@code /} (or
     * empty when they are the same folder); a {@code file:} URI when no relative path leads there.
     */
    static String relativePrefix(Path reportDirectory, Path corpus) {
        Path from = reportDirectory.toAbsolutePath().normalize();
        Path to = corpus.toAbsolutePath().normalize();
        try {
            return encodedPath(from.relativize(to));
        } catch (IllegalArgumentException e) {
            String uri = to.toUri().toASCIIString();
            return uri.endsWith("/") ? uri : uri + "/";
        }
    }

    /** {@code a/b c/} for the path {@code a/b c}: segments percent-encoded, a trailing slash; empty for no path. */
    private static String encodedPath(Path relative) {
        String s = relative.toString();
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : (File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/')).split("/", -1)) {
            out.append(encodeSegment(segment)).append('/');
        }
        return out.toString();
    }

    /** Percent-encodes a path segment as JavaScript's {@code encodeURIComponent} does (UTF-8). */
    static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length() + 8);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
