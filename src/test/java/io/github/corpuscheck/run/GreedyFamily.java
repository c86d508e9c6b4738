package io.github.corpuscheck.run;

import io.github.corpuscheck.api.CheckEnvironment;
import io.github.corpuscheck.api.CheckProvider;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Option;
import io.github.corpuscheck.api.OptionValues;
import io.github.corpuscheck.api.ReportSection;
import io.github.corpuscheck.api.Rule;
import java.util.List;

/**
 * A check family that runs out of memory in one place, for tests of the run's boundary: analysing the document of
 * {@code d005.txt} (on a worker thread), in its corpus phase, or when {@code report.json} writes its section.
 */
public record GreedyFamily(Where where) implements CheckProvider<String> {

    /** Where the check throws {@link OutOfMemoryError}. */
    public enum Where { ANALYSIS, CORPUS_PHASE, REPORT }

    /** A registry of this family alone (besides the reader's input rules). */
    public static CheckRegistry registry(Where where) {
        return CheckRegistry.of(List.of(new GreedyFamily(where)));
    }

    @Override
    public String family() {
        return "greedy";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String description() {
        return "Runs out of memory.";
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public List<Option> options() {
        return List.of();
    }

    @Override
    public String configure(OptionValues values) {
        return "";
    }

    @Override
    public List<CorpusCheck<?>> create(String configuration, CheckEnvironment environment) {
        return List.of(new GreedyCheck(where));
    }

    /** The check; its class name is what a corpus-phase message names. */
    record GreedyCheck(Where where) implements CorpusCheck<Object> {
        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public Object analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
            if (where == Where.ANALYSIS && doc.file().equals("d005.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return null;
        }

        @Override
        public void finish(CorpusContext context, FindingSink sink) {
            if (where == Where.CORPUS_PHASE) {
                throw new OutOfMemoryError("Java heap space");
            }
            context.section(new ReportSection() {
                @Override
                public String name() {
                    return "greedy";
                }

                @Override
                public Object json() {
                    if (where == Where.REPORT) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    return "fine";
                }
            });
        }
    }
}
