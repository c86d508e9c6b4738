package io.github.corpuscheck.cli;

import io.github.corpuscheck.run.CheckRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    /** The fixture corpora under src/test/resources/cli. */
    static final Path FIXTURES = Path.of("src/test/resources/cli");

    /** Runs the command line with the families on the class path, {@code workingDirectory} as the working folder. */
    static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, CheckRegistry.load(), args);
    }

    static CliRun run(Path workingDirectory, CheckRegistry registry, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CorpusCli(workingDirectory, registry).commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Copies a fixture folder (e.g. {@code failing}) to {@code target}. */
    static Path copyFixture(String name, Path target) {
        Path from = FIXTURES.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
