package io.github.corpuscheck.checks.metadata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL values: absolute {@code http}/{@code https} with a host, and a normalised form for comparing them. */
final class UrlValue {

    private UrlValue() {}

    /** The normalised URL (scheme and host in lower case, no fragment), or {@code null} when not acceptable. */
    static String normalised(String value) {
        try {
            URI u = new URI(value);
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || u.getHost() == null || u.getHost().isEmpty()) {
                return null;
            }
            URI n = new URI(scheme.toLowerCase(Locale.ROOT), u.getRawUserInfo() == null ? null : u.getUserInfo(),
                    u.getHost().toLowerCase(Locale.ROOT), u.getPort(), u.getPath(), u.getQuery(), null).normalize();
            return n.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
