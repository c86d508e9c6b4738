package io.github.corpuscheck.checks.duplicate;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Rule;
import java.util.List;

/** The duplicate family: exact and near duplicates, editions of one story, clusters with a representative. */
public final class DuplicateProvider implements CheckProvider<DuplicateConfig> {

    @Override
    public String family() {
        return "duplicate";
    }

    @Override
    public int order() {
        return 200; // after boilerplate (reads the stripped body), before metadata and truncation (read the clusters)
    }

    @Override
    public String description() {
        return "Exact and near duplicates (shingle Jaccard, containment, shared paragraphs), clustered.";
    }

    @Override
    public List<Rule> rules() {
        return DuplicateRules.ALL;
    }

    @Override
    public List<Option> options() {
        return List.of(
                Option.of("shingleSize", Kind.INTEGER, "5", "Words per shingle for near-duplicate detection."),
                Option.of("duplicateMinWords", Kind.INTEGER, "20",
                        "Texts with fewer words are not compared for near duplication (exact duplicates still are)."),
                Option.of("nearJaccard", Kind.DECIMAL, "0.8", "Jaccard similarity of shingle sets from which texts are near duplicates."),
                Option.of("nearContainment", Kind.DECIMAL, "0.8",
                        "Share of one text's shingles found in the other from which texts are near duplicates."),
                Option.of("editionContainment", Kind.DECIMAL, "0.5",
                        "Editions of one story: this containment is enough with editionParagraphs shared paragraphs."),
                Option.of("editionParagraphs", Kind.INTEGER, "3",
                        "Identical paragraphs that, with editionContainment, make two texts editions of one story."),
                Option.of("templateMaxWords", Kind.INTEGER, "100",
                        "Texts up to this many words need their figures to agree too (templated reports)."),
                Option.of("representativePolicy", Kind.TEXT, "most-complete",
                        "Which member represents a cluster: most-complete, earliest-date, longest or first-id."),
                Option.of("normalizeUnicode", Kind.BOOLEAN, "true", "Compare texts after NFKC normalisation."),
                Option.of("foldCase", Kind.BOOLEAN, "true", "Compare texts ignoring case."),
                Option.of("collapseWhitespace", Kind.BOOLEAN, "true", "Compare texts with runs of whitespace collapsed."));
    }

    @Override
    public DuplicateConfig configure(OptionValues v) {
        boolean ok = atLeast(v, "shingleSize", 1) & atLeast(v, "duplicateMinWords", 0)
                & atLeast(v, "editionParagraphs", 1) & atLeast(v, "templateMaxWords", 0);
        for (String ratio : List.of("nearJaccard", "nearContainment", "editionContainment")) {
            double d = v.decimal(ratio);
            if (!(d > 0 && d <= 1)) {
                v.problem(ratio, d, "must be above 0 and at most 1");
                ok = false;
            }
        }
        RepresentativePolicy policy = RepresentativePolicy.MOST_COMPLETE;
        try {
            policy = RepresentativePolicy.parse(v.text("representativePolicy"));
        } catch (IllegalArgumentException e) {
            v.problem("representativePolicy", v.text("representativePolicy"),
                    "is not a policy: use most-complete, earliest-date, longest or first-id");
            ok = false;
        }
        if (!ok) {
            return null; // the problems are reported; the settings will not be built
        }
        return DuplicateConfig.builder()
                .shingleSize(v.integer("shingleSize"))
                .minWords(v.integer("duplicateMinWords"))
                .nearJaccard(v.decimal("nearJaccard"))
                .nearContainment(v.decimal("nearContainment"))
                .editionContainment(v.decimal("editionContainment"))
                .editionParagraphs(v.integer("editionParagraphs"))
                .templateWords(v.integer("templateMaxWords"))
                .representative(policy)
                .unicodeNormalization(v.bool("normalizeUnicode"))
                .caseFolding(v.bool("foldCase"))
                .collapseWhitespace(v.bool("collapseWhitespace"))
                .build();
    }

    private static boolean atLeast(OptionValues v, String name, int min) {
        int i = v.integer(name);
        if (i < min) {
            v.problem(name, i, "must be at least " + min);
            return false;
        }
        return true;
    }

    @Override
    public List<CorpusCheck<?>> create(DuplicateConfig config, CheckEnvironment env) {
        // A temporary file of exact shingle sets in the run's folder, deleted after the run.
        return List.of(new DuplicateCheck(config.withSpillDirectory(env.workDirectory())));
    }
}
