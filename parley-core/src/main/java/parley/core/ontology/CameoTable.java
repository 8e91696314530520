package parley.core.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import parley.core.doc.EventType;
import parley.core.read.InputException;

/**
 * The CAMEO event codes with their Goldstein value, quad class and PLOVER category, read once from
 * {@code cameo-events.tsv}. Immutable and thread-safe. A code without a PLOVER category (root 01,
 * public statements, dropped in PLOVER) has the empty string as its PLOVER value.
 */
public final class CameoTable {
  private static final String RESOURCE = "cameo-events.tsv";

  private final Map<String, EventType> types;

  private CameoTable(Map<String, EventType> types) {
    this.types = Collections.unmodifiableMap(types);
  }

  /** The table shipped with Parley. Each call reads the resource: build it once and pass it on. */
  public static CameoTable fromResource() {
    Map<String, EventType> types = new LinkedHashMap<>();
    for (TsvLines.Row row : TsvLines.read(CameoTable.class, RESOURCE, 4)) {
      EventType type = parse(row);
      if (types.putIfAbsent(type.code(), type) != null) {
        throw new InputException(RESOURCE, row.line(), "duplicate code '" + type.code() + "'");
      }
    }
    return new CameoTable(types);
  }

  private static EventType parse(TsvLines.Row row) {
    String code = row.fields().get(0);
    String plover = row.fields().get(2).equals("-") ? "" : row.fields().get(2);
    try {
      double goldstein = Double.parseDouble(row.fields().get(1));
      return new EventType(code, row.fields().get(3), goldstein, EventType.quadOfRoot(code), plover);
    } catch (IllegalArgumentException e) {
      throw new InputException(RESOURCE, row.line(), "bad row for code '" + code + "': " + e.getMessage(), e);
    }
  }

  /** The type of a CAMEO code ("163", "0874"), or empty when the code is not in the table. */
  public Optional<EventType> type(String code) {
    return Optional.ofNullable(types.get(code));
  }

  public boolean contains(String code) {
    return types.containsKey(code);
  }

  /** All types in code order (roots before their children). */
  public Collection<EventType> all() {
    return types.values();
  }
}
