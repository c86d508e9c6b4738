package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    static final Rule EXACT = new Rule("duplicate.exact", Severity.ERROR, "Same text.");
    static final Rule MISSING = new Rule("metadata.missing", Severity.ERROR, "Missing field.");
    static final Rule SHORT = new Rule("truncation.too-short", Severity.WARNING, "Short.");

    static Finding missing(String doc, String field, int line) {
        return Finding.builder(MISSING).document(0, doc).at("feed.jsonl", line).message("No " + field + ".").evidence("field", field).build();
    }

    static Finding dup(int index, String doc, String representative) {
        return Finding.builder(EXACT).document(index, doc).at(doc, 1).message("Exact duplicate of " + representative + ".")
                .related(representative, new Location(representative, 1)).evidence("representative", representative)
                .evidence("similarity", 1.0).build();
    }

    @Test
    void keyIsRuleDocumentsAndTextualEvidence() {
        assertEquals("v1\u001fmetadata.missing\u001fdoc=feed.jsonl:3\u001ffield=date", Fingerprints.key(missing("feed.jsonl:3", "date", 3), 1));
        assertEquals("v1\u001fduplicate.exact\u001fdoc=wire/a.txt\u001fdoc=wire/b.txt", Fingerprints.key(dup(1, "wire/b.txt", "wire/a.txt"), 1));
    }

    @Test
    void pinnedValueSoTheSchemeCannotChangeUnnoticed() {
        String fp = Fingerprints.of(missing("feed.jsonl:3", "date", 3), 1);
        assertEquals(16, fp.length());
        assertEquals(PINNED, fp);
    }

    static final String PINNED = "863e483e6a95afc9";

    @Test
    void ignoresLineNumbersMessagesAndMeasuredNumbers() {
        Finding a = Finding.builder(SHORT).document(2, "brief-7").at("briefs.jsonl", 7).message("Only 12 words.").evidence("words", 12).build();
        Finding b = Finding.builder(SHORT).document(40, "brief-7").at("briefs.jsonl", 93).message("Only 14 words.").evidence("words", 14).build();
        assertEquals(Fingerprints.of(a, 1), Fingerprints.of(b, 1));
    }

    @Test
    void duplicatePairKeepsItsFingerprintWhicheverMemberIsTheRepresentative() {
        assertEquals(Fingerprints.of(dup(1, "wire/b.txt", "wire/a.txt"), 1), Fingerprints.of(dup(0, "wire/a.txt", "wire/b.txt"), 1));
    }

    @Test
    void differsByRuleDocumentRelatedAndTextualEvidence() {
        String base = Fingerprints.of(missing("d1", "date", 1), 1);
        assertNotEquals(base, Fingerprints.of(missing("d1", "title", 1), 1));
        assertNotEquals(base, Fingerprints.of(missing("d2", "date", 1), 1));
        assertNotEquals(Fingerprints.of(dup(1, "b", "a"), 1), Fingerprints.of(dup(1, "b", "c"), 1));
        Finding otherRule = Finding.builder(SHORT).document(0, "d1").at("feed.jsonl", 1).message("x").evidence("field", "date").build();
        assertNotEquals(base, Fingerprints.of(otherRule, 1));
        Finding listEvidence = Finding.builder(MISSING).document(0, "d1").message("x").evidence("field", List.of("date", "title")).build();
        assertEquals("v1\u001fmetadata.missing\u001fdoc=d1\u001ffield=date,title", Fingerprints.key(listEvidence, 1));
    }

    @Test
    void leavesOutSnippetsEndingsBasesAndOrderChosenIds() {
        Finding f = Finding.builder(SHORT).document(0, "d1").message("x").evidence("trigger", "sign-off")
                .evidence("ending", "the talks would resume on").evidence("snippet", "line text").evidence("basis", "jaccard")
                .evidence("firstDocument", "d0").evidence("expected", "a date in one of the patterns yyyy-MM-dd").build();
        assertEquals("v1\u001ftruncation.too-short\u001fdoc=d1\u001ftrigger=sign-off", Fingerprints.key(f, 1));
    }

    @Test
    void findingWithoutDocumentUsesItsFile() {
        Finding f = Finding.builder(MISSING).at("broken.jsonl", 12).message("Bad line.").build();
        assertEquals("broken.jsonl", Fingerprints.subject(f));
        assertEquals("v1\u001fmetadata.missing\u001fdoc=broken.jsonl", Fingerprints.key(f, 1));
    }

    @Test
    void unknownVersionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fingerprints.of(missing("d", "date", 1), 2));
        assertEquals("Unknown fingerprint version 2: this plugin knows 1. Regenerate the baseline with corpus:baseline.", e.getMessage());
    }
}
