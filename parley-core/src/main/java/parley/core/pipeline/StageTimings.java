package parley.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent per stage, summed over threads. Thread-safe. */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

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
