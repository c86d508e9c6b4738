package io.github.corpuscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactUrisTest {

    @TempDir
    Path project;

    @Test
    void aBackslashInAFileNameStaysInTheNameEncoded() {
        ArtifactUris uris = new ArtifactUris(new ReportContext(project.resolve("target"), project,
                project.resolve("src/main/corpus"), "1"));
        assertEquals("src/main/corpus/sub/back%5Cslash%20x.txt", uris.uri("sub/back\\slash x.txt"));
    }
}
