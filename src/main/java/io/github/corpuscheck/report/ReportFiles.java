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
 * Writes the reports all or nothing: every writer writes into a staging folder {@code .reports-*.tmp} inside the
 * output folder (same file system); only when every writer succeeded are the files renamed into place, one atomic
 * move each, {@code report.json} last (so a new report.json means every report of its run is in place). A writer that
 * fails (a full disk, an error), or a report path that cannot be replaced, leaves every previous report as it was;
 * the log says so and the first failure is thrown.
 */
public final class ReportFiles {

    /** Names of staging folders: {@code <prefix><random>.tmp}. A killed run's leftovers are removed by the next. */
    public static final String STAGING_PREFIX = ".reports-";

    private static final String LAST = "report.json";

    private ReportFiles() {}

    /**
     * Runs every writer and, when all succeeded, moves what they wrote into {@code context.outputDirectory()}.
     * Returns the files written.
     *
     * @param log receives one line when the reports were not updated, naming what failed
     */
    public static List<Path> writeAll(List<ReportWriter> writers, CheckResult result, ReportContext context,
            Consumer<String> log) throws IOException {
        Path out = context.outputDirectory();
        Files.createDirectories(out);
        Path staging = AtomicFiles.createTemporary(out, STAGING_PREFIX, true);
        ReportContext staged = context.stagedIn(staging);
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Exception failure = null;
        try {
            for (ReportWriter w : writers) {
                try {
                    w.write(result, staged);
                } catch (IOException | RuntimeException e) {
                    failed.add(w.format());
                    failure = first(failure, e);
                }
            }
            List<Path> files = new ArrayList<>(list(staging));
            files.sort((x, y) -> Boolean.compare(isLast(x), isLast(y)));
            for (Path f : files) {
                Path target = out.resolve(f.getFileName().toString());
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    failed.add(target.getFileName().toString());
                    failure = first(failure, new IOException("Cannot write report " + target + ": a folder is there."));
                }
            }
            if (failure == null) {
                for (Path f : files) {
                    Path target = out.resolve(f.getFileName().toString());
                    try {
                        AtomicFiles.replace(f, target);
                        written.add(target);
                    } catch (IOException e) { // rare: the checks above passed; say exactly what was replaced
                        log.accept("Reports partly updated: " + names(written) + " from this run, the others as they"
                                + " were; " + target.getFileName() + " could not be replaced.");
                        throw e;
                    }
                }
            }
        } finally {
            AtomicFiles.deleteTree(staging);
        }
        if (failure != null) {
            log.accept("Reports not updated (the previous ones, if any, are kept): " + String.join(", ", failed)
                    + " could not be written.");
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        }
        return written;
    }

    private static boolean isLast(Path f) {
        return f.getFileName().toString().equals(LAST);
    }

    private static Exception first(Exception failure, Exception e) {
        if (failure == null) {
            return e;
        }
        failure.addSuppressed(e);
        return failure;
    }

    private static String names(List<Path> files) {
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        return names.isEmpty() ? "nothing" : String.join(", ", names);
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
