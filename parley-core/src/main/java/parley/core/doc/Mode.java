package parley.core.doc;

import java.util.Locale;

/** Whether an event is reported as having happened. Consumers count only ASSERTED by default. */
public enum Mode {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
