package io.github.corpuscheck.checks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.CorpusPhaseCheck;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentConsumer;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.api.SharedParagraphsSection.MarkedParagraph;
import io.github.corpuscheck.api.SharedParagraphsSection;
import io.github.corpuscheck.engine.CheckRequest;
import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.engine.CorpusEngine;
import io.github.corpuscheck.gate.RuleSettings;
import io.github.corpuscheck.report.HtmlReportWriter;
import io.github.corpuscheck.report.ReportFixtures;
import io.github.corpuscheck.source.CorpusSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedParagraphsCheckTest {

    /** Four documents: 0 and 2 form a cluster with representative 0; 1 and 3 one with representative 3 (identical). */
    static final List<List<String>> TEXTS = List.of(
            List.of("Floods close the valley road.", "Crews worked through the night.", "READ MORE: <b>other</b>"),
            List.of("The fair opens on Friday."),
            List.of("Floods close the valley road!", "A second shift joined at dawn.", "Crews worked  through the night."),
            List.of("The bridge reopens."));

    static final class Source implements CorpusSource {
        final List<BitSet> rereads = new ArrayList<>();

        Document doc(int i) {
            List<Paragraph> ps = new ArrayList<>();
            for (String p : TEXTS.get(i)) {
                ps.add(new Paragraph(p, ps.size() + 1));
            }
            return new Document(i, "doc" + i, "doc" + i + ".txt", 1, Map.of(), String.join("\n", TEXTS.get(i)), 1, ps);
        }

        @Override
        public void read(DocumentConsumer consumer, FindingSink problems) {
            for (int i = 0; i < TEXTS.size(); i++) {
                consumer.accept(doc(i));
            }
        }

        @Override
        public void reread(BitSet wanted, DocumentConsumer consumer) {
            rereads.add((BitSet) wanted.clone());
            wanted.stream().forEach(i -> consumer.accept(doc(i)));
        }

        @Override
        public int files() {
            return TEXTS.size();
        }

        @Override
        public long bytes() {
            return 0;
        }
    }

    /** Publishes fixed clusters the way the duplicate check does. */
    static final class FakeClusters extends CorpusPhaseCheck {

        @Override
        public void finish(CorpusContext ctx, FindingSink sink) {
            ctx.publish(DuplicateResults.class, new DuplicateResults() {
                @Override
                public int representativeOf(int d) {
                    return d == 0 || d == 2 ? 0 : d == 1 || d == 3 ? 3 : -1;
                }

                @Override
                public int[] membersOf(int rep) {
                    return rep == 0 ? new int[] {0, 2} : new int[0];
                }

                @Override
                public long[] paragraphHashes(int d) {
                    // 1 and 3 have the same hashes (an identical pair), 0 and 2 differ.
                    return d == 1 || d == 3 ? new long[] {7} : new long[] {d};
                }
            });
        }
    }

    @TempDir
    Path project;

    @Test
    void memberAndRepresentativeParagraphsWithSharedMarked() throws Exception {
        Source source = new Source();
        CheckResult r = new CorpusEngine().run(new CheckRequest(source, "corpus",
                List.of(new FakeClusters(), new SharedParagraphsCheck()), RuleSettings.defaults(), List.of(), Set.of(), 1, null));
        BitSet expectedReread = new BitSet();
        expectedReread.set(0, 4);
        assertEquals(List.of(expectedReread), source.rereads, "only the pairs' documents are read again");
        List<SharedParagraphsSection.Pair> pairs = r.section(SharedParagraphsSection.class).orElseThrow().pairs();
        assertEquals(2, pairs.size());
        // The pair with differing paragraphs comes first although its member comes later in reading order.
        assertEquals("doc1", pairs.get(1).member());
        assertEquals("doc3", pairs.get(1).representative());
        SharedParagraphsSection.Pair pair = pairs.get(0);
        assertEquals("doc2", pair.member());
        assertEquals("doc0", pair.representative());
        assertEquals(List.of(
                new MarkedParagraph("Floods close the valley road!", true),
                new MarkedParagraph("A second shift joined at dawn.", false),
                new MarkedParagraph("Crews worked  through the night.", true)), pair.memberParagraphs());
        assertEquals(List.of(
                new MarkedParagraph("Floods close the valley road.", true),
                new MarkedParagraph("Crews worked through the night.", true),
                new MarkedParagraph("READ MORE: <b>other</b>", false)), pair.representativeParagraphs());
        assertEquals(List.of(pair.memberParagraphs(), pair.representativeParagraphs()),
                SharedParagraphsCheck.decode(SharedParagraphsCheck.encode(List.of(pair.memberParagraphs(),
                        pair.representativeParagraphs()))), "memo bytes give the marked paragraphs back");

        String html = new HtmlReportWriter(java.util.Map.of()).render(r, ReportFixtures.context(project));
        // The page's data holds the pair, markup from the corpus escaped inside the script element.
        assertTrue(html.contains("[\"doc2\",\"doc0\",[[\"Floods close the valley road!\",1],[\"A second shift joined at dawn.\",0],"
                + "[\"Crews worked  through the night.\",1]],"), html);
        assertTrue(html.contains("[\"READ MORE: \\u003cb\\u003eother\\u003c/b\\u003e\",0]"), html);
        assertFalse(html.contains("<b>other</b>"));
    }

    @Test
    void withoutClustersNothingIsRereadOrPublished() throws Exception {
        Source source = new Source();
        CheckResult r = new CorpusEngine().run(new CheckRequest(source, "corpus", List.of(new SharedParagraphsCheck()),
                RuleSettings.defaults(), List.of(), Set.of(), 1, null));
        assertEquals(List.of(), source.rereads);
        assertFalse(r.section(SharedParagraphsSection.class).isPresent());
        assertFalse(r.sections().containsKey(SharedParagraphsSection.NAME));
    }

    @Test
    void normalisationIgnoresCasePunctuationAndSpacing() {
        assertEquals("crews worked through the night", SharedParagraphsCheck.normalise("Crews  worked through the NIGHT!"));
        assertEquals("", SharedParagraphsCheck.normalise("– * –"));
    }
}
