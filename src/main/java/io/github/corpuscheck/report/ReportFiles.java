package io.github.corpuscheck.report;

import io.github.corpuscheck.engine.CheckResult;
import io.github.corpuscheck.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes the reports so that each file in the output folder is either this run's complete report or the previous
 * one, never a torn one: every writer writes into a staging folder {@code .reports-*.tmp} inside the output folder
 * (same file system), and what it wrote is then renamed into place, one atomic move per file. A writer that fails
 * (a full disk, an error) leaves its previous report; the others are still written, the log names the reports not
 * updated and the first failure is thrown.
 */
public final class ReportFiles {

    /** Names of staging folders: {@code <prefix><random>.tmp}. A killed run's leftovers are removed by the next. */
    public static final String STAGING_PREFIX = ".reports-";

    private ReportFiles() {}

    /**
     * Runs every writer and moves what it wrote into {@code context.outputDirectory()}. Returns the files written.
     *
     * @param log receives one line naming the reports not updated, when a writer failed
     */
    public static List<Path> writeAll(List<ReportWriter> writers, CheckResult result, ReportContext context,
            Consumer<String> log) throws IOException {
        Path out = context.outputDirectory();
        Files.createDirectories(out);
        Path staging = AtomicFiles.createTemporary(out, STAGING_PREFIX, true);
        ReportContext staged = new ReportContext(staging, context.baseDirectory(), context.corpusDirectory(),
                context.toolVersion(), context.problems());
        List<Path> written = new ArrayList<>();
        List<String> notUpdated = new ArrayList<>();
        Exception failure = null;
        try {
            for (ReportWriter w : writers) {
                try {
                    w.write(result, staged);
                    for (Path f : list(staging)) {
                        Path target = out.resolve(f.getFileName().toString());
                        AtomicFiles.replace(f, target);
                        written.add(target);
                    }
                } catch (IOException | RuntimeException e) {
                    // What is left in the staging folder did not reach the output folder: the writer's partial
                    // file, or the one that could not be moved.
                    List<String> names = new ArrayList<>();
                    for (Path f : list(staging)) {
                        names.add(f.getFileName().toString());
                        AtomicFiles.deleteTree(f);
                    }
                    notUpdated.add(names.isEmpty() ? w.format() : String.join(", ", names));
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        } finally {
            AtomicFiles.deleteTree(staging);
        }
        if (failure != null) {
            log.accept("Reports not updated (their previous versions, if any, are kept): " + String.join(", ", notUpdated)
                    + ".");
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        }
        return written;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
