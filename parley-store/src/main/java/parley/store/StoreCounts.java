package parley.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** How much the store holds. */
public record StoreCounts(long documents, long events, long mergedEvents, long mentions, long quotes,
    long times, long deadlines, long actors, long duplicates, long rejectedInputs) {

  /** Name to count, in display order. */
  public Map<String, Long> asMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    map.put("documents", documents);
    map.put("events", events);
    map.put("merged_events", mergedEvents);
    map.put("mentions", mentions);
    map.put("quotes", quotes);
    map.put("times", times);
    map.put("deadlines", deadlines);
    map.put("actors", actors);
    map.put("duplicate_documents", duplicates);
    map.put("rejected_inputs", rejectedInputs);
    return map;
  }
}
