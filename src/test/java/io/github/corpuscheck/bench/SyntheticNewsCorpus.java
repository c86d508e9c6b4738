package io.github.corpuscheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic synthetic news corpus with a known duplicate structure. Sentences come from Reuters-21578 at run
 * time (never stored in the project; a made-up vocabulary is used when it is absent), each drawn with a word or two
 * swapped so that articles stay distinct. Every document is one of:
 *
 * <ul>
 *   <li>an original article of 2-3 KB (about 80%);
 *   <li>an exact copy of an earlier original with extra spaces and blank lines (5%);
 *   <li>a near duplicate of an earlier original (15%): light word edits, a dropped paragraph, added paragraphs,
 *       a cut ending, or a new edition (paragraph added and one dropped, plus an edit);
 *   <li>a decoy (3% of the originals' slots): a new story that quotes one paragraph of an earlier original, which
 *       must not be reported.
 * </ul>
 *
 * {@link #family(int)} gives the original each document derives from (itself for originals and decoys).
 */
public final class SyntheticNewsCorpus {

    enum Kind { ORIGINAL, EXACT, EDITS, DROPPED, ADDED, CUT, EDITION, DECOY }

    private final int size;
    private final long seed;
    private final List<String> sentences;
    /** The sentences split into words once, so drawing them is cheap. */
    private final String[][] words;
    private final int[] family;
    private final Kind[] kinds;

    public SyntheticNewsCorpus(int size, long seed, Path reuters) throws IOException {
        this.size = size;
        this.seed = seed;
        this.sentences = loadSentences(reuters);
        this.words = new String[sentences.size()][];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentences.get(i).split(" ");
        }
        this.family = new int[size];
        this.kinds = new Kind[size];
        Random r = new Random(seed);
        int originals = 0;
        int[] originalIds = new int[size];
        for (int i = 0; i < size; i++) {
            double x = r.nextDouble();
            if (originals < 10 || x < 0.77) {
                kinds[i] = Kind.ORIGINAL;
            } else if (x < 0.80) {
                kinds[i] = Kind.DECOY;
            } else if (x < 0.85) {
                kinds[i] = Kind.EXACT;
            } else {
                kinds[i] = Kind.values()[2 + r.nextInt(5)];
            }
            if (kinds[i] == Kind.ORIGINAL || kinds[i] == Kind.DECOY) {
                family[i] = i;
                if (kinds[i] == Kind.ORIGINAL) {
                    originalIds[originals++] = i;
                }
            } else {
                // Sources are recent-ish originals, as re-filed wire stories are.
                int back = Math.min(originals, 1 + r.nextInt(Math.min(originals, 5000)));
                family[i] = originalIds[originals - back];
            }
        }
        // Decoys quote one paragraph of an earlier original, stored as a negative "source" in the low bits.
        decoySource = new int[size];
        for (int i = 0, seen = 0; i < size; i++) {
            if (kinds[i] == Kind.ORIGINAL) {
                seen++;
            } else if (kinds[i] == Kind.DECOY) {
                decoySource[i] = seen == 0 ? -1 : originalIds[Math.max(0, seen - 1 - r.nextInt(Math.min(seen, 5000)))];
            }
        }
    }

    private final int[] decoySource;

    int size() {
        return size;
    }

    int family(int i) {
        return family[i];
    }

    Kind kind(int i) {
        return kinds[i];
    }

    static String id(int i) {
        return String.format("n%07d", i);
    }

    static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /**
     * Writes a corpus for runs outside the benchmarks (e.g. the Spark job's): {@code N FILE [REUTERS]}, seed 42 as
     * in {@link DuplicateBenchmark}.
     */
    public static void main(String[] args) throws IOException {
        Path reuters = Path.of(args.length > 2 ? args[2] : "../shared/corpora/reuters21578/reuters21578.jsonl.gz");
        Path file = Path.of(args[1]);
        long bytes = new SyntheticNewsCorpus(Integer.parseInt(args[0].replace("_", "")), 42, reuters).write(file);
        System.out.printf("%s: %s documents, %,d bytes%n", file, args[0], bytes);
    }

    /** Writes the corpus as JSON Lines (gzip when the name ends in .gz); returns bytes written. */
    public long write(Path file) throws IOException {
        JsonFactory jf = new JsonFactory();
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16)
                        : new java.io.BufferedOutputStream(raw, 1 << 16)) {
            for (int i = 0; i < size; i++) {
                List<String> paras = paragraphs(i);
                String text = String.join("\n\n", paras) + "\n";
                if (kinds[i] == Kind.EXACT) {
                    text = text.replace("\n\n", "\n\n\n").replace(", ", ",  ") + "  \n";
                }
                JsonGenerator g = jf.createGenerator(out);
                g.writeStartObject();
                g.writeStringField("id", id(i));
                g.writeStringField("date", String.format("2024-%02d-%02dT%02d:%02d:00Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60));
                g.writeStringField("title", title(i, paras));
                g.writeStringField("text", text);
                g.writeEndObject();
                g.flush();
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    private String title(int i, List<String> paras) {
        String first = paras.get(0);
        int cut = first.indexOf(' ', Math.min(first.length() - 1, 40));
        return (cut > 0 ? first.substring(0, cut) : first).toUpperCase(java.util.Locale.ROOT);
    }

    /** The paragraphs of document i, regenerated from seeds (nothing is kept in memory). */
    List<String> paragraphs(int i) {
        Kind k = kinds[i];
        Random r = new Random(seed * 1_000_003L + i);
        switch (k) {
            case ORIGINAL:
                return article(new Random(seed * 7_777_777L + i));
            case DECOY: {
                List<String> own = article(new Random(seed * 7_777_777L + i));
                if (decoySource[i] >= 0) {
                    List<String> src = article(new Random(seed * 7_777_777L + decoySource[i]));
                    own.add(Math.min(own.size(), 2), src.get(r.nextInt(src.size())));
                }
                return own;
            }
            default:
                break;
        }
        List<String> p = article(new Random(seed * 7_777_777L + family[i]));
        switch (k) {
            case EXACT -> { }
            case EDITS -> editWords(p, r, 1 + r.nextInt(3));
            case DROPPED -> p.remove(1 + r.nextInt(p.size() - 1));
            case ADDED -> {
                for (int n = 1 + r.nextInt(2); n > 0; n--) {
                    p.add(1 + r.nextInt(p.size()), paragraph(r));
                }
            }
            case CUT -> {
                int keep = Math.max(2, (int) Math.ceil(p.size() * (0.65 + 0.25 * r.nextDouble())));
                while (p.size() > keep) {
                    p.remove(p.size() - 1);
                }
            }
            case EDITION -> {
                p.add(1 + r.nextInt(p.size()), paragraph(r));
                p.remove(p.size() - 1);
                editWords(p, r, 1);
            }
            default -> throw new IllegalStateException();
        }
        return p;
    }

    /** Replaces {@code edits} words in random paragraphs. */
    private void editWords(List<String> p, Random r, int edits) {
        for (int e = 0; e < edits; e++) {
            int pi = r.nextInt(p.size());
            String[] w = p.get(pi).split(" ");
            w[r.nextInt(w.length)] = randomWord(r);
            p.set(pi, String.join(" ", w));
        }
    }

    private String randomWord(Random r) {
        String[] w = words[r.nextInt(words.length)];
        return w[r.nextInt(w.length)];
    }

    /** An article of 2-3 KB: paragraphs of 1-3 sentences. */
    private List<String> article(Random r) {
        int target = 2000 + r.nextInt(1000);
        List<String> paras = new ArrayList<>();
        int len = 0;
        while (len < target) {
            String p = paragraph(r);
            paras.add(p);
            len += p.length() + 2;
        }
        return paras;
    }

    private String paragraph(Random r) {
        StringBuilder sb = new StringBuilder(400);
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            String[] w = words[r.nextInt(words.length)];
            // Every drawn sentence gets a word or two swapped, so unrelated articles do not share paragraphs.
            int swapA = 1 + r.nextInt(w.length - 1);
            int swapB = r.nextInt(10) < 3 ? 1 + r.nextInt(w.length - 1) : -1;
            String a = randomWord(r);
            String b = swapB >= 0 ? randomWord(r) : null;
            for (int k = 0; k < w.length; k++) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(k == swapB ? b : k == swapA ? a : w[k]);
            }
        }
        return sb.toString();
    }

    /** Sentences of 8-40 words from Reuters texts, or made-up ones when the file is absent. */
    private static List<String> loadSentences(Path reuters) throws IOException {
        List<String> out = new ArrayList<>();
        if (reuters != null && Files.isRegularFile(reuters)) {
            JsonFactory jf = new JsonFactory();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    try (JsonParser p = jf.createParser(line)) {
                        p.nextToken();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("text")) {
                                for (String s : p.getText().replaceAll("\\s+", " ").split("(?<=[a-z]\\.) ")) {
                                    int words = s.split(" ").length;
                                    if (words >= 8 && words <= 40 && !s.contains("Reuter")) {
                                        out.add(s.strip());
                                    }
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                }
            }
        }
        if (out.size() < 1000) {
            Random r = new Random(1);
            for (int i = 0; i < 50_000; i++) {
                StringBuilder sb = new StringBuilder();
                for (int w = 8 + r.nextInt(20); w > 0; w--) {
                    sb.append(Integer.toString(r.nextInt(40_000) + 1296, 36)).append(' ');
                }
                out.add(sb.toString().strip() + ".");
            }
        }
        return out;
    }

    int sentenceCount() {
        return sentences.size();
    }
}
