package io.github.corpuscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ToolVersionTest {

    @Test
    void isTheProjectVersionFilteredIntoTheBuild() throws Exception {
        // the project's own version, the first <version> after <artifactId>corpus-maven-plugin</artifactId>
        Matcher m = Pattern.compile("<artifactId>corpus-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        m.find();

        assertEquals(m.group(1), ToolVersion.current());
    }
}
