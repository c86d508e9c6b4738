package io.github.corpuscheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class CheckMojoTest {

    @Test
    @Basedir("src/test/resources/unit/failing")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void probe(CheckMojo mojo) throws Exception {
        System.out.println("directory=" + mojo.directory + " basedir=" + mojo.basedir + " build=" + mojo.buildDirectory + " out=" + mojo.outputDirectory + " enc=" + mojo.encoding + " rules=" + mojo.rules + " v=" + mojo.pluginVersion);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        System.out.println(e.getMessage());
    }
}
