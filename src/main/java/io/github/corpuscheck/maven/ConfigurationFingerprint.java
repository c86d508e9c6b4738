package io.github.corpuscheck.maven;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;

/**
 * The effective configuration of a mojo as one string, for the incremental cache: every field of the mojo classes
 * (sorted by name, nested configuration beans field by field), with the content hash of every configured file that
 * exists (phrase lists, trailer files...). Reflection rather than a hand-written list, so that a parameter added
 * later cannot be forgotten; a field that does not affect results only costs a needless cache miss.
 */
final class ConfigurationFingerprint {

    private static final int MAX_DEPTH = 6;

    /**
     * Stored: configured files' content hashes are part of the fingerprint in the cache header, compared with the
     * next run's. XXH3-64 without seed is a specified algorithm, the same in every hash4j release.
     */
    private static final Hasher64 XXH3 = Hashing.xxh3_64();

    private ConfigurationFingerprint() {}

    static String of(Object mojo, Set<String> ignoredFields) {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields(mojo.getClass(), AbstractMojo.class)) {
            if (!ignoredFields.contains(f.getName())) {
                sb.append(f.getName()).append('=');
                render(sb, read(f, mojo), 0);
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static List<Field> fields(Class<?> type, Class<?> stop) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparing((Field f) -> f.getDeclaringClass().getName()).thenComparing(Field::getName));
        return out;
    }

    private static Object read(Field f, Object target) {
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "<unreadable " + e + ">";
        }
    }

    private static void render(StringBuilder sb, Object v, int depth) {
        if (v == null) {
            sb.append("null");
        } else if (depth > MAX_DEPTH) {
            sb.append("...");
        } else if (v instanceof File file) {
            sb.append('"').append(file.getPath()).append('"');
            if (file.isFile()) {
                try {
                    sb.append("#").append(Long.toHexString(XXH3.hashBytesToLong(Files.readAllBytes(file.toPath()))));
                } catch (IOException e) {
                    sb.append("#unreadable");
                }
            }
        } else if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>
                || v instanceof Character) {
            sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            for (Object o : c) {
                render(sb, o, depth + 1);
                sb.append(',');
            }
            sb.append(']');
        } else if (v.getClass().isArray()) {
            sb.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                render(sb, Array.get(v, i), depth + 1);
                sb.append(',');
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, val) -> sorted.put(String.valueOf(k), val));
            sb.append('{');
            sorted.forEach((k, val) -> {
                sb.append('"').append(k).append("\":");
                render(sb, val, depth + 1);
                sb.append(',');
            });
            sb.append('}');
        } else if (v.getClass().getName().startsWith("io.github.corpuscheck.")) {
            sb.append(v.getClass().getSimpleName()).append('{');
            for (Field f : fields(v.getClass(), Object.class)) {
                sb.append(f.getName()).append('=');
                render(sb, read(f, v), depth + 1);
                sb.append(',');
            }
            sb.append('}');
        } else {
            sb.append(v.getClass().getName()).append(':').append(v);
        }
    }
}
