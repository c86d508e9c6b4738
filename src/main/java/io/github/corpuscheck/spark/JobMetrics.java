package io.github.corpuscheck.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What the job cost, from Spark's task metrics: tasks, executor time, shuffle bytes written and read, bytes of task
 * results sent to the driver, the largest peak execution memory of a task; and the driver JVM's peak heap in use,
 * sampled every 50 ms (in {@code local} mode the executors run in that JVM too).
 */
final class JobMetrics extends SparkListener {

    final AtomicLong tasks = new AtomicLong();
    final AtomicLong executorRunMillis = new AtomicLong();
    final AtomicLong shuffleWritten = new AtomicLong();
    final AtomicLong shuffleRead = new AtomicLong();
    final AtomicLong resultBytes = new AtomicLong();
    final AtomicLong peakTaskMemory = new AtomicLong();
    final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;
    /** The local property naming a step of the job whose shuffle is counted apart ({@link #shuffleWrittenBy}). */
    static final String STEP = "corpus.step";
    private final Map<Integer, String> stageSteps = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> stepShuffle = new ConcurrentHashMap<>();

    JobMetrics() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "corpus-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        String step = submitted.properties() == null ? null : submitted.properties().getProperty(STEP);
        if (step != null) {
            stageSteps.put(submitted.stageInfo().stageId(), step);
        }
    }

    /** Shuffle bytes written by the stages of jobs started with the local property {@link #STEP} at {@code step}. */
    long shuffleWrittenBy(String step) {
        AtomicLong bytes = stepShuffle.get(step);
        return bytes == null ? 0 : bytes.get();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m == null) {
            return;
        }
        tasks.incrementAndGet();
        executorRunMillis.addAndGet(m.executorRunTime());
        shuffleWritten.addAndGet(m.shuffleWriteMetrics().bytesWritten());
        String step = stageSteps.get(end.stageId());
        if (step != null) {
            stepShuffle.computeIfAbsent(step, s -> new AtomicLong()).addAndGet(m.shuffleWriteMetrics().bytesWritten());
        }
        shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
        resultBytes.addAndGet(m.resultSize());
        peakTaskMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
    }

    /** Stops sampling; returns one log line. */
    String stop(long documents) {
        sampler.interrupt();
        double perDoc = documents == 0 ? 0 : 1.0 / documents;
        return String.format(Locale.ROOT, "Spark metrics: %d tasks, %,d ms executor time, shuffle %,d bytes written and"
                + " %,d read (%.1f bytes per document), task results %,d bytes (%.1f per document), largest task"
                + " execution memory %,d bytes, driver JVM peak heap %,d MB", tasks.get(), executorRunMillis.get(),
                shuffleWritten.get(), shuffleRead.get(), shuffleWritten.get() * perDoc, resultBytes.get(),
                resultBytes.get() * perDoc, peakTaskMemory.get(), peakHeap.get() >> 20);
    }
}
