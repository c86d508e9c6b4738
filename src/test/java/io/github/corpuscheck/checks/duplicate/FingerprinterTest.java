package io.github.corpuscheck.checks.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.corpuscheck.api.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = new Fingerprinter(DuplicateConfig.defaults());

    private Fingerprint of(String... paragraphs) {
        List<Paragraph> body = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            body.add(new Paragraph(paragraphs[i], i + 1));
        }
        return fingerprinter.fingerprint(body, null);
    }

    @Test
    void eachParagraphHashesAsItsTextAloneWhetherLatin1OrNot() {
        // The first pass hashes Latin-1 text as bytes; the re-read hashes strings: both must agree, in every script.
        String[] paras = {"Plain ASCII paragraph, with figures 65.50.", "Café au lait à Genève, 4 septembre.",
                "Ein „Zitat“ — mit Gedankenstrich.", "東京で発表された。", "Ελληνικά κείμενα"};
        Fingerprint fp = of(paras);
        assertEquals(paras.length, fp.paragraphHashes().length);
        // Inside the joined body (at an offset, after other scripts) each paragraph hashes as its text alone: the
        // first pass and the re-read path of verification must agree on every paragraph.
        for (int i = 0; i < paras.length; i++) {
            Fingerprint alone = of(paras[i]);
            assertEquals(alone.paragraphHashes()[0], fp.paragraphHashes()[i], paras[i]);
            assertEquals(alone.textHash() == fp.textHash(), paras.length == 1);
        }
    }

    @Test
    void textHashIgnoresCaseSpacingAndParagraphLayoutButNotWords() {
        long oneParagraph = of("Prices rose 3 pct in March, the ministry said.").textHash();
        assertEquals(oneParagraph, of("PRICES  rose 3 pct\tin March,", "the ministry said.").textHash());
        assertNotEquals(oneParagraph, of("Prices rose 4 pct in March, the ministry said.").textHash());
        long accented = of("Le café a fermé à Genève.").textHash();
        assertEquals(accented, of("LE CAFÉ A FERMÉ", "À GENÈVE.").textHash());
        long greek = of("Ελληνικά κείμενα εδώ.").textHash();
        assertEquals(greek, of("ΕΛΛΗΝΙΚΆ", "κείμενα εδώ.").textHash());
    }

    @Test
    void wordsAndIndexedParagraphs() {
        Fingerprint fp = of("One two three four five six seven eight nine ten eleven.", "12.5 13.75");
        assertEquals(13, fp.words());
        assertArrayEquals(new boolean[] {true, false},
                new boolean[] {Fingerprint.indexed(fp.paragraphHashes()[0]), Fingerprint.indexed(fp.paragraphHashes()[1])});
    }

    @Test
    void profileOfTheFullDocumentCutsTheLastParagraphAsTheFirstPassSawIt() {
        String first = "Officials in the capital said on Tuesday that the talks would resume next week in Geneva.";
        String kept = "The minister said the plan was final.";
        for (String trailer : new String[] {" READ MORE: Other story here", " READ MORE: 東京で発表された"}) {
            Fingerprint fp = of(first, kept);
            List<Paragraph> full = List.of(new Paragraph(first, 1), new Paragraph("", 2), new Paragraph(kept + trailer, 3),
                    new Paragraph("Share this article", 4));
            ShingleProfile again = fingerprinter.profile(full, 2, fp.paragraphHashes()[1] & ~1L, fp.lastParagraphLength());
            ShingleProfile expected = fingerprinter.profile(List.of(new Paragraph(first, 1), new Paragraph(kept, 2)), 2,
                    fp.paragraphHashes()[1] & ~1L, fp.lastParagraphLength());
            assertArrayEquals(expected.shingles().toSortedArray(), again.shingles().toSortedArray(), trailer);
            assertEquals(fp.words(), again.words(), trailer);
        }
    }
}
