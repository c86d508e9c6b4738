package io.github.corpuscheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.checks.boilerplate.BoilerplateCheck;
import io.github.corpuscheck.checks.boilerplate.BoilerplateConfig;
import io.github.corpuscheck.checks.truncation.TruncationCheck;
import io.github.corpuscheck.checks.truncation.TruncationConfig;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.source.CorpusReader;
import io.github.corpuscheck.source.FieldMapping;
import io.github.corpuscheck.source.InputFormat;
import io.github.corpuscheck.source.ReaderOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds the labelled evaluation set of the ending rules ({@link TruncationEvalSet}: a tuned and a held-out split),
 * writes it as JSON Lines, runs the boilerplate and truncation checks over each split as the plugin reads it
 * ({@code reportTaglines} on), and prints precision and recall per rule, recall per cut shape and the findings on
 * complete articles per ending shape.
 *
 * <p>Usage: {@code java -cp ... TruncationEval [OUT_DIR=bench/truncation-eval] [N=400]}.
 */
public final class TruncationEval {

    static final long TUNED_SEED = 20261205L;
    static final long HELD_OUT_SEED = 77001L;
    static final List<String> ENDING_RULES = List.of("truncation.mid-sentence", "truncation.no-terminal-punctuation",
            "truncation.continuation-marker");

    /** Precision and recall of one rule (or of all ending rules together) on one split. */
    record Score(String rule, int predicted, int truePositives, int expected, int found) {
        double precision() {
            return predicted == 0 ? 1.0 : truePositives / (double) predicted;
        }

        double recall() {
            return expected == 0 ? 1.0 : found / (double) expected;
        }
    }

    /** The evaluation of one split. */
    record Report(String split, int documents, int cut, List<Score> scores, Map<String, int[]> cutShapes,
            Map<String, int[]> completeShapes, List<String> misses) {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/truncation-eval");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Files.createDirectories(out);
        for (TruncationEvalSet.Pool pool : TruncationEvalSet.Pool.values()) {
            String split = pool == TruncationEvalSet.Pool.TUNED ? "tuned" : "heldout";
            List<TruncationEvalSet.Item> items = generate(pool, n);
            Path file = out.resolve(split + ".jsonl");
            Files.writeString(file, toJsonLines(items), StandardCharsets.UTF_8);
            Report r = evaluate(split, out, file.getFileName().toString(), items);
            print(r, System.out);
        }
    }

    static List<TruncationEvalSet.Item> generate(TruncationEvalSet.Pool pool, int n) {
        return new TruncationEvalSet(pool, pool == TruncationEvalSet.Pool.TUNED ? TUNED_SEED : HELD_OUT_SEED)
                .generate(n);
    }

    static String toJsonLines(List<TruncationEvalSet.Item> items) throws IOException {
        StringWriter w = new StringWriter();
        JsonFactory f = new JsonFactory();
        for (TruncationEvalSet.Item it : items) {
            try (JsonGenerator g = f.createGenerator(w)) {
                g.writeStartObject();
                g.writeStringField("id", it.id());
                g.writeStringField("text", it.text());
                g.writeBooleanField("cut", it.cut());
                g.writeStringField("shape", it.shape());
                if (it.expectedRule() != null) {
                    g.writeStringField("expectedRule", it.expectedRule());
                }
                g.writeBooleanField("tagline", it.tagline());
                g.writeBooleanField("trailer", it.trailer());
                g.writeEndObject();
            }
            w.write('\n');
        }
        return w.toString();
    }

    /** Runs the checks over the file (in {@code dir}) and scores their findings against the items' labels. */
    static Report evaluate(String split, Path dir, String fileName, List<TruncationEvalSet.Item> items)
            throws IOException {
        CorpusReader reader = new CorpusReader(new ReaderOptions(dir, List.of(fileName), List.of(), InputFormat.AUTO,
                StandardCharsets.UTF_8, FieldMapping.defaults(), ReaderOptions.DEFAULT_MAX_FILE_SIZE));
        BoilerplateConfig boilerplate = BoilerplateConfig.builder().reportTaglines(true).build();
        CheckResult result = new CorpusEngine().run(new CheckRequest(reader, split,
                List.of(new BoilerplateCheck(boilerplate), new TruncationCheck(TruncationConfig.builder().minWords(0).build())),
                RuleSettings.defaults(), List.of(), Set.of(), 2, null));
        Map<String, Set<String>> rules = new HashMap<>();
        Map<String, String> triggers = new HashMap<>();
        for (Finding f : result.findings()) {
            rules.computeIfAbsent(f.document(), k -> new HashSet<>()).add(f.ruleId());
            if (ENDING_RULES.contains(f.ruleId())) {
                triggers.put(f.document(), f.ruleId() + "[" + f.evidence().get("trigger") + "]");
            }
        }
        List<Score> scores = new ArrayList<>();
        for (String rule : ENDING_RULES.subList(0, 2)) {
            int predicted = 0;
            int tp = 0;
            int expected = 0;
            int found = 0;
            for (TruncationEvalSet.Item it : items) {
                boolean fired = rules.getOrDefault(it.id(), Set.of()).contains(rule);
                predicted += fired ? 1 : 0;
                tp += fired && it.cut() ? 1 : 0;
                if (rule.equals(it.expectedRule())) {
                    expected++;
                    found += fired ? 1 : 0;
                }
            }
            scores.add(new Score(rule, predicted, tp, expected, found));
        }
        int predicted = 0;
        int tp = 0;
        int expected = 0;
        int found = 0;
        Map<String, int[]> cutShapes = new TreeMap<>();
        Map<String, int[]> completeShapes = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (TruncationEvalSet.Item it : items) {
            boolean fired = triggers.containsKey(it.id());
            predicted += fired ? 1 : 0;
            tp += fired && it.cut() ? 1 : 0;
            if (it.cut()) {
                expected++;
                found += fired ? 1 : 0;
                int[] c = cutShapes.computeIfAbsent(it.shape(), k -> new int[2]);
                c[0]++;
                c[1] += fired ? 1 : 0;
            } else {
                int[] c = completeShapes.computeIfAbsent(it.shape(), k -> new int[2]);
                c[0]++;
                c[1] += fired ? 1 : 0;
            }
            if (fired != it.cut()) {
                String text = it.text();
                misses.add((it.cut() ? "missed " : "false  ") + it.id() + " " + it.shape() + " "
                        + triggers.getOrDefault(it.id(), "-") + " …" + text.substring(Math.max(0, text.length() - 110))
                                .replace("\n", " ⏎ "));
            }
        }
        scores.add(new Score("any ending rule", predicted, tp, expected, found));
        for (String rule : List.of("boilerplate.tagline", "boilerplate.trailer")) {
            int p = 0;
            int t = 0;
            int e = 0;
            int fo = 0;
            for (TruncationEvalSet.Item it : items) {
                boolean fired = rules.getOrDefault(it.id(), Set.of()).contains(rule);
                boolean gold = rule.equals("boilerplate.tagline") ? it.tagline() : it.trailer();
                p += fired ? 1 : 0;
                t += fired && gold ? 1 : 0;
                e += gold ? 1 : 0;
                fo += fired && gold ? 1 : 0;
            }
            scores.add(new Score(rule, p, t, e, fo));
        }
        int cut = (int) items.stream().filter(TruncationEvalSet.Item::cut).count();
        return new Report(split, items.size(), cut, scores, cutShapes, completeShapes, misses);
    }

    static void print(Report r, java.io.PrintStream out) {
        out.printf(Locale.ROOT, "== %s: %d articles, %d cut, %d complete%n", r.split(), r.documents(), r.cut(),
                r.documents() - r.cut());
        out.printf(Locale.ROOT, "%-36s %9s %9s %9s %9s%n", "rule", "flagged", "precision", "expected", "recall");
        for (Score s : r.scores()) {
            out.printf(Locale.ROOT, "%-36s %9d %9.3f %9d %9.3f%n", s.rule(), s.predicted(), s.precision(),
                    s.expected(), s.recall());
        }
        out.println("cut shapes (found / cut):");
        r.cutShapes().forEach((k, c) -> out.printf(Locale.ROOT, "  %-34s %4d / %4d%n", k, c[1], c[0]));
        out.println("complete shapes (flagged / articles):");
        r.completeShapes().forEach((k, c) -> out.printf(Locale.ROOT, "  %-34s %4d / %4d%n", k, c[1], c[0]));
        if (Boolean.getBoolean("eval.misses")) {
            r.misses().forEach(m -> out.println("  " + m));
        }
    }

    private TruncationEval() {}
}
