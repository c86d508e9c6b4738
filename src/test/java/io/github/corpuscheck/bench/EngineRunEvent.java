package io.github.corpuscheck.bench;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** Marks the measured engine run in a flight recording, so {@link JitReport} can look at that window only. */
@Name("corpuscheck.EngineRun")
@Label("Engine run")
@Category("corpus-maven-plugin")
@Description("The benchmark's measured run of the engine")
final class EngineRunEvent extends Event {
    @Label("Documents")
    int documents;
}
