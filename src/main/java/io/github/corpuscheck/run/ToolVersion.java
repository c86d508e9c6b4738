package io.github.corpuscheck.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, as reports name the tool: {@code version.properties} beside this class, filtered with
 * the project version at build time, else the jar manifest's {@code Implementation-Version}, else {@code unknown}.
 * Front ends other than Maven use it, so their reports name the same version as the plugin's.
 */
public final class ToolVersion {

    private static final String VERSION = find();

    private ToolVersion() {}

    /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return VERSION;
    }

    private static String find() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.contains("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifest = ToolVersion.class.getPackage() == null ? null
                : ToolVersion.class.getPackage().getImplementationVersion();
        return manifest == null || manifest.isBlank() ? "unknown" : manifest;
    }
}
