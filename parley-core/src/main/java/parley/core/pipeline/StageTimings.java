package parley.core.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Nanoseconds spent per stage, summed over threads. Thread-safe. Stages time themselves with
 * {@link #now()}: the calling thread's CPU time, so shares stay true on a machine other programs
 * also load (wall-clock time where the JVM cannot measure thread CPU time).
 */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported();

  /** The stage clock: the current thread's CPU time in nanoseconds. */
  public static long now() {
    return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  public void add(String stage, long elapsedNanos) {
    order.putIfAbsent(stage, order.size());
    nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
  }

  /** Forgets every figure (after a warm-up, say); the stage order is kept. */
  public void clear() {
    nanos.values().forEach(LongAdder::reset);
  }

  /** Seconds per stage, in the order stages first reported. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return out;
  }
}
