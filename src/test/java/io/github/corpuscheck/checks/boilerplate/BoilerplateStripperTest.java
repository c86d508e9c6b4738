package io.github.corpuscheck.checks.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.internal.PhraseList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateStripperTest {

    static final BoilerplateStripper STRIPPER = BoilerplateStripper.from(BoilerplateConfig.defaults());

    private static List<Paragraph> paras(String... texts) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Paragraph(texts[i], i + 1));
        }
        return out;
    }

    private static List<String> texts(List<Paragraph> ps) {
        return ps.stream().map(Paragraph::text).toList();
    }

    @Test
    void nothingToStripKeepsTheSameList() {
        List<Paragraph> in = paras("First paragraph here.", "Second paragraph, he said.");
        BoilerplateStripper.Result r = STRIPPER.strip(in);
        assertSame(in, r.body());
        assertFalse(r.changed());
    }

    @Test
    void strippingNeverChangesTheInputList() {
        // The input is the document's own (mutable here) list: every kind of stripping works on a copy.
        List<List<Paragraph>> inputs = List.of(paras("Story.", "Reuter"), paras("Story.", "READ MORE:", "Headline"),
                paras("Story.", "It said so. (AFP)"), paras("Story.", "It ended. READ MORE: Headline"),
                paras("Story.", "READ MORE:", "Headline", "Reuter"));
        for (List<Paragraph> in : inputs) {
            List<String> before = texts(in);
            BoilerplateStripper.Result r = STRIPPER.strip(in);
            assertTrue(r.changed(), before.toString());
            assertEquals(before, texts(in));
            assertEquals(List.of("Story."), texts(r.body()).subList(0, 1));
        }
    }

    @Test
    void readMoreBlockIsStrippedWithItsHeadline() {
        BoilerplateStripper.Result r = STRIPPER.strip(paras("Story one.", "Story two.", "READ MORE:", "A related headline"));
        assertEquals(List.of("Story one.", "Story two."), texts(r.body()));
        assertEquals("READ MORE:\nA related headline", r.trailer());
        assertEquals("READ MORE:*", r.trailerPhrase());
        assertEquals(3, r.trailerLine());
        assertNull(r.signOff());
    }

    @Test
    void signOffsAreStrippedWholeInlineAndRepeatedly() {
        assertEquals("Reuter", STRIPPER.strip(paras("Story.", "Reuter")).signOff());
        assertEquals("REUTER^M", STRIPPER.strip(paras("Story.", "REUTER^M")).signOff());
        assertEquals("REUTER...", STRIPPER.strip(paras("Story.", "REUTER...")).signOff());
        BoilerplateStripper.Result inline = STRIPPER.strip(paras("Story.", "It said so. Reuter"));
        assertEquals(List.of("Story.", "It said so."), texts(inline.body()));
        assertEquals("Reuter", inline.signOff());
        BoilerplateStripper.Result both = STRIPPER.strip(paras("Story.", "Protest, he said. (AFP)", "© 2024 AFP", "Related: More news"));
        assertEquals(List.of("Story.", "Protest, he said."), texts(both.body()));
        assertEquals("(AFP)\n© 2024 AFP", both.signOff());
        assertEquals("Related: More news", both.trailer());
        assertEquals("— AP", STRIPPER.strip(paras("Story.", "The end came. — AP")).signOff()); // as written, matched as "-- AP"
    }

    @Test
    void lookalikesAreNotStripped() {
        // A one-paragraph text is never emptied; "Reuters" inside a sentence, "Share" prices, a lower-case wrap.
        assertFalse(STRIPPER.strip(paras("Reuter")).changed());
        assertFalse(STRIPPER.strip(paras("Story.", "The company told Reuters")).changed());
        assertFalse(STRIPPER.strip(paras("Story.", "Share prices fell on Monday.")).changed());
        assertFalse(STRIPPER.strip(paras("Story.", "share.")).changed());
        assertFalse(STRIPPER.strip(paras("Story.", "Shares of the company rose.")).changed());
        assertFalse(STRIPPER.strip(paras("Story.", "Subscribers to the service rose 5 pct.")).changed());
    }

    @Test
    void trailerMustStartNearTheEndAndBeShort() {
        assertFalse(STRIPPER.strip(paras("Story.", "Related: x", "One.", "Two.", "Three.", "Four.")).changed());
        String longTail = "Word ".repeat(100) + ".";
        assertFalse(STRIPPER.strip(paras("Story.", "Subscribe", longTail)).changed());
        assertEquals(List.of("Story."), texts(STRIPPER.strip(paras("Story.", "Subscribe to our newsletter")).body()));
    }

    @Test
    void phraseSyntax() {
        PhraseList list = PhraseList.of("# comment", "", "Share on*", "-- AP", "READ MORE:*");
        assertEquals(3, list.phrases().size());
        assertEquals("Share on*", list.matchLine("SHARE ON   Facebook").source());
        assertNull(list.matchLine("Share online now"));
        assertEquals("-- AP", list.matchLine("— AP").source());
        assertEquals("-- AP", list.matchLine("-- ap.").source());
        assertNull(list.matchLine("-- APT"));
        assertEquals("READ MORE:*", list.matchLine("Read more: the story").source());
        assertNull(list.matchLine("Read more about it"));
    }

    @Test
    void userFilesAddPhrases(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sign-offs.txt");
        Files.writeString(f, "# ours\n(ANSA)\n");
        BoilerplateStripper s = BoilerplateStripper.from(BoilerplateConfig.builder()
                .extraTrailers(List.of("Lire aussi :*")).signOffFiles(List.of(f)).build());
        assertEquals("(ANSA)", s.strip(paras("Story.", "Rome said so. (ANSA)")).signOff());
        assertEquals("Lire aussi : autre chose", s.strip(paras("Story.", "Lire aussi : autre chose")).trailer());
    }
}
