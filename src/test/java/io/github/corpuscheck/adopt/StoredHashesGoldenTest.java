package io.github.corpuscheck.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.Location;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values of finding fingerprints (scheme version 1), which committed baselines and SARIF
 * {@code partialFingerprints} hold. The literals were computed once and must never be edited: a failure means every
 * baseline written before the change would stop matching its findings (all of them reported as new). If the change
 * is intended, make it a new scheme ({@link Fingerprints#CURRENT_VERSION} + 1) and keep version 1 as it is.
 */
class StoredHashesGoldenTest {

    @Test
    void duplicatePairWithRelatedDocument() {
        Finding f = Finding.builder(new Rule("duplicate.near", Severity.WARNING, "Near."))
                .document(4, "wire/northport-2.txt").at("wire/northport-2.txt", 1).message("Near duplicate.")
                .related("wire/northport-1.txt", new Location("wire/northport-1.txt", 1))
                .evidence("duplicateKind", "near").evidence("similarity", 0.91).build();
        assertEquals("7ae3e5dd7519c301", Fingerprints.of(f, 1));
    }

    @Test
    void nonAsciiDocumentIdIsHashedAsUtf8() {
        Finding f = Finding.builder(new Rule("truncation.mid-sentence", Severity.WARNING, "Mid."))
                .document(2, "genève-7").at("feeds/ch.jsonl", 7).message("Ends mid-sentence.")
                .evidence("trigger", "dangling-word").evidence("word", "the").build();
        assertEquals("ca7c9f0537348d7a", Fingerprints.of(f, 1));
    }

    @Test
    void listEvidence() {
        Finding f = Finding.builder(new Rule("metadata.missing", Severity.ERROR, "Missing."))
                .document(0, "np-1").message("Missing date and title.").evidence("field", List.of("date", "title")).build();
        assertEquals("e33e896ce9442917", Fingerprints.of(f, 1));
    }
}
