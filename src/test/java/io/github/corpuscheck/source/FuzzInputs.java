package io.github.corpuscheck.source;

import io.github.corpuscheck.hostile.HostileCorpora;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile reader input for {@link ReaderFuzzTest}: texts built from the pieces the parsers look for
 * (fences, keys, dates, line ends, BOMs, odd whitespace, surrogates, markup) mixed with random characters; JSON
 * lines that start valid and are then cut, spliced or given bad bytes; gzip streams valid, cut, corrupted, padded;
 * whole small corpora of such files.
 */
final class FuzzInputs {

    private FuzzInputs() {}

    static final List<String> TEXT_PIECES = List.of("---", "---", "+++", "\n", "\n", "\n", "\r\n", "\r", "\n\n", " ",
            "  ", "\t", "\u00A0", "\uFEFF", ":", ": ", "#", "- ", "id: ", "id:", "date: ", "title: ", "url: ",
            "corpus-ignore: duplicate.*, truncation.*", "date ", "DATE ", "2024-05-14", "2024-13-45", "T10:15:30Z",
            "T10:15", " 10:15:30.5+02:00", "\"", "'", "WASHINGTON, May 4, 2024 (AFP) - ", "LONDON (Reuters) - ",
            "READ MORE: ", "Related:", "Reuter", "(more)", "The council met on Tuesday.", "and the", "word", "words",
            ",", ".", "...", "?", "\u2028", "\u2029", "\u0085", "\u0000", "\u001b[31m", "\uD800", "\uDC00",
            "\uD83D\uDE00", "\u00E9", "e\u0301", "\u200B", "\u202E", "::error::x", "<script>", "{", "}", "[", "]",
            "\\", "\u3002", "\u201C", "\u201D");

    /**
     * Texts: pieces of the parsers' own vocabulary with some random characters of any kind; front matter and inline
     * dates around a body of such pieces; and plain random strings.
     */
    static Arbitrary<String> texts() {
        Arbitrary<String> body = pieces(40);
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("id", "date", "title", "url", "source", " id",
                "corpus-ignore", "#id", "- id", "", "x"), Arbitraries.of(": ", ":", " : ", " "), pieces(4),
                Arbitraries.of("\n", "\r\n")).as((k, sep, v, nl) -> k + sep + v + nl);
        Arbitrary<String> frontMatter = Combinators.combine(Arbitraries.of("---", "--- ", "---\t", "+++", "----"),
                Arbitraries.of("\n", "\r\n"), line.list().ofMaxSize(5).map(l -> String.join("", l)),
                Arbitraries.of("---\n", "---\r\n", "--- \n", "---", "", "+++\n"), body)
                .as((open, nl, lines, close, rest) -> open + nl + lines + close + rest);
        Arbitrary<String> inline = Combinators.combine(Arbitraries.of("", " ", "\n ", "\u00A0"),
                Arbitraries.of("date ", "DATE\t", "date  ", "dated "), Arbitraries.of("2024-05-14", "2024-5-14",
                        "2024-05-14T10:15", "2024-05-14 10:15:30.123+02:00", "2024-05-14Z", "2024-05-14x", "9999-99-99"),
                Arbitraries.of(" ", "\n", "", "\r\n"), body).as((a, b, c, d, e) -> a + b + c + d + e);
        return Arbitraries.frequencyOf(
                Tuple.of(4, body),
                Tuple.of(3, frontMatter),
                Tuple.of(2, inline),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(100)),
                Tuple.of(1, Arbitraries.of("", " ", "\n", "---\n---\n", "---\n", "date 2024-05-14", "\uFEFF")));
    }

    /** Up to {@code max} pieces, mostly from {@link #TEXT_PIECES}. */
    static Arbitrary<String> pieces(int max) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(TEXT_PIECES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(4)));
        return piece.list().ofMaxSize(max).map(l -> String.join("", l));
    }

    /** Bytes that are mostly UTF-8 with the classic invalid sequences spliced in. */
    static Arbitrary<byte[]> utf8ishBytes() {
        Arbitrary<byte[]> valid = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
                        (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0});
        Arbitrary<byte[]> spliced = Combinators.combine(valid, bad, valid).as(FuzzInputs::concat);
        return Arbitraries.frequencyOf(
                Tuple.of(3, valid),
                Tuple.of(4, spliced),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)));
    }

    // --- JSON lines ------------------------------------------------------------------------------------------------

    static final List<String> KEYS = List.of("id", "text", "title", "date", "url", "source", "author", "dateline",
            "language", "meta", "x", "", "id", "text");

    /** A JSON value: strings with escapes (lone surrogates too), numbers of every shape, literals, nesting. */
    static Arbitrary<String> jsonValues(int depth) {
        Arbitrary<String> string = Arbitraries.frequencyOf(
                Tuple.of(6, pieces(6).map(FuzzInputs::jsonString)),
                Tuple.of(1, Arbitraries.of("\"\\ud800\"", "\"a\\udfffb\"", "\"\\u0000\"", "\"\\n\\r\\t\\\"\\\\\"",
                        "\"\\u00e9\\uD83D\\uDE00\"", "\"\\x\"", "\"\\u12\"", "\"" + "w ".repeat(300) + "\"")));
        Arbitrary<String> number = Arbitraries.of("0", "-0", "1", "-17", "3.25", "1e999999", "-1E-999999", "01",
                "1.", ".5", "NaN", "Infinity", "9".repeat(1200), "123456789012345678901234567890", "0x1F", "+1");
        Arbitrary<String> literal = Arbitraries.of("true", "false", "null", "nul", "True");
        if (depth <= 0) {
            return Arbitraries.frequencyOf(Tuple.of(5, string), Tuple.of(2, number), Tuple.of(1, literal));
        }
        Arbitrary<String> array = jsonValues(depth - 1).list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> object = jsonObjects(depth - 1);
        Arbitrary<String> deep = Arbitraries.of(990, 999, 1000, 1001, 1010).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.frequencyOf(Tuple.of(10, string), Tuple.of(3, number), Tuple.of(2, literal),
                Tuple.of(1, array), Tuple.of(1, object), Tuple.of(1, deep));
    }

    static Arbitrary<String> jsonObjects(int depth) {
        Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(KEYS)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(4)));
        Arbitrary<String> pair = Combinators.combine(key, jsonValues(depth)).as((k, v) -> jsonString(k) + ": " + v);
        return pair.list().ofMaxSize(5).map(l -> "{" + String.join(", ", l) + "}");
    }

    /** One line: a valid object, the same cut or spliced, another top-level value, or random bytes. */
    static Arbitrary<byte[]> jsonLines() {
        Arbitrary<String> valid = jsonObjects(1);
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.of(TEXT_PIECES))
                .as(FuzzInputs::mutate);
        Arbitrary<byte[]> text = Arbitraries.frequencyOf(
                Tuple.of(4, valid),
                Tuple.of(4, mutated),
                Tuple.of(2, jsonValues(1)),
                Tuple.of(1, Arbitraries.of("", "   ", "\t", "{}", "{\"text\": \"\"}", "{\"text\": null}")))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> badBytes = Combinators.combine(text, utf8ishBytes()).as((a, b) -> {
            int cut = a.length / 2;
            return concat(Arrays.copyOf(a, cut), b, Arrays.copyOfRange(a, cut, a.length));
        });
        return Arbitraries.frequencyOf(Tuple.of(8, text), Tuple.of(2, badBytes),
                        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(40)))
                .map(FuzzInputs::oneLine);
    }

    /** Cuts, inserts, deletes or doubles at {@code at} (taken modulo the length). */
    static String mutate(String s, int kind, int at, String piece) {
        int p = s.isEmpty() ? 0 : at % s.length();
        return switch (kind) {
            case 0 -> s.substring(0, p);
            case 1 -> s.substring(0, p) + piece + s.substring(p);
            case 2 -> s.isEmpty() ? s : s.substring(0, p) + s.substring(p + 1);
            case 3 -> s + s;
            case 4 -> s.substring(0, p) + s.substring(p).replace('"', '\'');
            default -> s.substring(p) + s.substring(0, p);
        };
    }

    /** A line holds no line feed (that would make it two lines). */
    static byte[] oneLine(byte[] b) {
        byte[] out = b.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\n') {
                out[i] = ' ';
            }
        }
        return out;
    }

    static Arbitrary<byte[]> jsonLinesFiles() {
        return Combinators.combine(jsonLines().list().ofMaxSize(6), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false)).as((lines, sep, trailing) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (int i = 0; i < lines.size(); i++) {
                        if (i > 0) {
                            out.writeBytes(sep.getBytes(StandardCharsets.US_ASCII));
                        }
                        out.writeBytes(lines.get(i));
                    }
                    if (trailing && !lines.isEmpty()) {
                        out.writeBytes(sep.getBytes(StandardCharsets.US_ASCII));
                    }
                    return out.toByteArray();
                });
    }

    // --- gzip and files ----------------------------------------------------------------------------------------------

    /** What happens to a gzip stream. */
    enum GzipDamage { NONE, TRUNCATED, FLIPPED, TRAILING_GARBAGE, TWO_MEMBERS, EMPTY_FILE, NOT_GZIP }

    static byte[] damage(byte[] content, GzipDamage how, int at) {
        byte[] gz = gzip(content);
        int p = at % Math.max(1, gz.length);
        return switch (how) {
            case NONE -> gz;
            case TRUNCATED -> Arrays.copyOf(gz, p);
            case FLIPPED -> {
                byte[] b = gz.clone();
                b[p] ^= (byte) (1 + at % 255);
                yield b;
            }
            case TRAILING_GARBAGE -> concat(gz, "garbage".getBytes(StandardCharsets.US_ASCII));
            case TWO_MEMBERS -> concat(gz, gz);
            case EMPTY_FILE -> new byte[0];
            case NOT_GZIP -> content;
        };
    }

    /** A file of a generated corpus. */
    record FileSpec(String name, byte[] content) {
        @Override
        public String toString() {
            String s = new String(content, 0, Math.min(content.length, 160), StandardCharsets.ISO_8859_1);
            return name + " (" + content.length + " bytes): " + s.replace("\n", "\\n").replace("\r", "\\r");
        }
    }

    /** Text article bytes: UTF-8 with or without BOM, UTF-16 with BOM, Latin-1, or raw bytes. */
    static Arbitrary<byte[]> textFiles() {
        Arbitrary<String> t = texts();
        return Arbitraries.frequencyOf(
                Tuple.of(5, t.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, t.map(s -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        s.getBytes(StandardCharsets.UTF_8)))),
                Tuple.of(1, t.map(s -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE)))),
                Tuple.of(1, t.map(s -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE)))),
                Tuple.of(1, t.map(s -> s.getBytes(StandardCharsets.ISO_8859_1))),
                Tuple.of(2, utf8ishBytes()));
    }

    /** One file: a kind (extension, maybe a folder) and matching content; gzip files damaged one way or another. */
    static Arbitrary<FileSpec> files() {
        Arbitrary<FileSpec> text = Combinators.combine(Arbitraries.of(".txt", ".md"), textFiles(), Arbitraries.of("", "sub/"))
                .as((ext, b, dir) -> new FileSpec(dir + "*" + ext, b));
        Arbitrary<FileSpec> jsonl = Combinators.combine(Arbitraries.of(".jsonl", ".ndjson"), jsonLinesFiles())
                .as((ext, b) -> new FileSpec("*" + ext, b));
        Arbitrary<FileSpec> gz = Combinators.combine(jsonLinesFiles(), Arbitraries.of(GzipDamage.class),
                Arbitraries.integers().between(0, 1 << 20))
                .as((b, how, at) -> new FileSpec("*.jsonl.gz", damage(b, how, at)));
        return Arbitraries.frequencyOf(Tuple.of(3, text), Tuple.of(3, jsonl), Tuple.of(2, gz));
    }

    /** 1 to 8 files with distinct names ({@code *} in each name becomes {@code f<n>}). */
    static Arbitrary<List<FileSpec>> corpora() {
        return files().list().ofMinSize(1).ofMaxSize(8).map(l -> {
            List<FileSpec> named = new java.util.ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                named.add(new FileSpec(l.get(i).name().replace("*", "f" + i), l.get(i).content()));
            }
            return named;
        });
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static byte[] concat(byte[]... parts) {
        return HostileCorpora.concat(parts);
    }

    static byte[] gzip(byte[] content) {
        return HostileCorpora.gzip(content);
    }
}
