package io.github.corpuscheck.api;

import java.nio.file.Path;

/**
 * Where a run's checks may keep temporary files, and the folder relative paths are resolved against.
 *
 * @param workDirectory a folder the run owns (the report folder): checks may write temporary spill files there and
 *     must delete them when they finish
 * @param projectDirectory the project (or working) folder
 */
public record CheckEnvironment(Path workDirectory, Path projectDirectory) {}
