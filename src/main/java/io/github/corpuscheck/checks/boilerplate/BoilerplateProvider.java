package io.github.corpuscheck.checks.boilerplate;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.Option.Kind;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The boilerplate family: trailers and agency sign-offs at the end of a text, stripped before the other checks. */
public final class BoilerplateProvider implements CheckProvider<BoilerplateConfig> {

    @Override
    public String family() {
        return "boilerplate";
    }

    @Override
    public int order() {
        return 100; // first: the others read the body it leaves
    }

    @Override
    public String description() {
        return "Trailers (READ MORE, share links), taglines and agency sign-offs, stripped before the other checks.";
    }

    @Override
    public List<Rule> rules() {
        return BoilerplateRules.ALL;
    }

    @Override
    public List<Option> options() {
        return List.of(
                Option.of("reportSignOffs", Kind.BOOLEAN, "false",
                        "Report stripped agency sign-offs as boilerplate.sign-off (they are stripped either way)."),
                Option.of("reportTaglines", Kind.BOOLEAN, "false",
                        "Report stripped taglines (author lines, credits, availability lines after the story) as"
                                + " boilerplate.tagline (they are stripped either way)."),
                Option.of("extraTaglines", Kind.PHRASES, null,
                        "Tagline phrases added to the built-in list; {name} at the start stands for a personal name."),
                Option.of("extraTrailers", Kind.PHRASES, null, "Trailer phrases added to the built-in list."),
                Option.of("extraSignOffs", Kind.PHRASES, null, "Sign-offs added to the built-in list."),
                Option.of("trailerFiles", Kind.PATHS, null, "UTF-8 files of further trailer phrases, one a line.")
                        .structured(),
                Option.of("signOffFiles", Kind.PATHS, null, "UTF-8 files of further sign-offs, one a line.")
                        .structured());
    }

    @Override
    public BoilerplateConfig configure(OptionValues v) {
        boolean ok = readable(v, "trailerFiles") & readable(v, "signOffFiles");
        if (!ok) {
            return null; // the problems are reported; the settings will not be built
        }
        return BoilerplateConfig.builder()
                .reportSignOffs(v.bool("reportSignOffs"))
                .reportTaglines(v.bool("reportTaglines"))
                .extraTaglines(v.list("extraTaglines"))
                .extraTrailers(v.list("extraTrailers"))
                .extraSignOffs(v.list("extraSignOffs"))
                .trailerFiles(v.paths("trailerFiles"))
                .signOffFiles(v.paths("signOffFiles"))
                .build();
    }

    private static boolean readable(OptionValues v, String name) {
        boolean ok = true;
        for (Path p : v.paths(name)) {
            if (!Files.isRegularFile(p)) {
                v.problem(name, p, "is not a readable file");
                ok = false;
            }
        }
        return ok;
    }

    @Override
    public List<CorpusCheck<?>> create(BoilerplateConfig config, CheckEnvironment env) {
        return List.of(new BoilerplateCheck(config));
    }
}
