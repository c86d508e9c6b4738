package io.github.corpuscheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.checks.duplicate.DuplicateConfig;
import io.github.corpuscheck.engine.CheckResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Measures duplicate detection on Reuters-21578 (read from {@code ../shared}, never copied into the project):
 * exact groups and their coverage, near pairs, edition pairs, and a sample of 20 near pairs to check by hand.
 *
 * <pre>bench/reuters.sh [path/to/reuters21578.jsonl.gz]</pre>
 */
public final class ReutersDuplicates {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/reuters21578/reuters21578.jsonl.gz")
                .toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("reuters-dups");
        Files.copy(file, dir.resolve("reuters.jsonl.gz")); // a temp copy: the reader does not follow links
        CheckResult r = BenchSupport.runStandard(dir, DuplicateConfig.defaults(), 2);
        System.out.println("timings " + r.timings());
        System.out.printf(Locale.ROOT, "documents %d, engine %d ms, summary %s%n", r.documents(), r.engineMillis(),
                r.summary().get("duplicates"));

        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        JsonFactory jf = new JsonFactory();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String id = null;
                String text = null;
                String title = null;
                try (JsonParser p = jf.createParser(line)) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        switch (name) {
                            case "id" -> id = p.getText();
                            case "text" -> text = p.getText();
                            case "title" -> title = p.getText();
                            default -> p.skipChildren();
                        }
                    }
                }
                texts.put(id, text);
                titles.put(id, title);
            }
        }
        Map<String, String> representatives = BenchSupport.representatives(r);
        coverage("byte-equal", texts, s -> s, representatives);
        coverage("normalised", texts,
                s -> Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " "),
                representatives);

        List<Finding> near = r.findings().stream().filter(f -> f.ruleId().equals("duplicate.near")).toList();
        long exact = r.findings().stream().filter(f -> f.ruleId().equals("duplicate.exact")).count();
        int editions = 0;
        Map<String, Integer> basis = new HashMap<>();
        for (Finding f : near) {
            double j = (double) f.evidence().get("jaccard");
            double c = Math.max((double) f.evidence().get("containmentOfDocument"),
                    (double) f.evidence().get("containmentOfRepresentative"));
            if (c >= 0.8 && j < 0.8) {
                editions++;
            }
            basis.merge((String) f.evidence().get("basis"), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "duplicate.exact findings %d; duplicate.near findings (pairs with the representative) %d;"
                + " edition pairs (containment >= 0.8, Jaccard < 0.8) %d; near by basis %s%n", exact, near.size(), editions, basis);

        System.out.println("--- sample of 20 near pairs (every k-th in report order) ---");
        int step = Math.max(1, near.size() / 20);
        for (int i = 0, shown = 0; i < near.size() && shown < 20; i += step, shown++) {
            Finding f = near.get(i);
            String rep = f.related().get(0);
            System.out.printf(Locale.ROOT, "%2d. %s vs %s  J=%.2f cDoc=%.2f cRep=%.2f paras=%s%n    D: [%s] %s%n    R: [%s] %s%n",
                    shown + 1, f.document(), rep, f.evidence().get("jaccard"), f.evidence().get("containmentOfDocument"),
                    f.evidence().get("containmentOfRepresentative"), f.evidence().get("sharedParagraphs"),
                    titles.get(f.document()), head(texts.get(f.document())), titles.get(rep), head(texts.get(rep)));
        }
    }

    private static String head(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    /** Groups of identical keys (at least two documents) and how many lie wholly inside one cluster. */
    private static void coverage(String label, Map<String, String> texts, java.util.function.UnaryOperator<String> key,
            Map<String, String> representatives) {
        Map<String, List<String>> groups = new HashMap<>();
        texts.forEach((id, t) -> {
            if (t != null && !t.isBlank()) {
                groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(id);
            }
        });
        int g = 0;
        int docs = 0;
        int covered = 0;
        int coveredDocs = 0;
        for (List<String> ids : groups.values()) {
            if (ids.size() < 2) {
                continue;
            }
            g++;
            docs += ids.size();
            String rep = representatives.get(ids.get(0));
            boolean all = rep != null && ids.stream().allMatch(id -> rep.equals(representatives.get(id)));
            if (all) {
                covered++;
                coveredDocs += ids.size();
            }
        }
        System.out.printf(Locale.ROOT, "%s groups %d (%d docs); wholly inside one cluster: %d groups (%d docs)%n", label, g, docs,
                covered, coveredDocs);
    }
}
