package parley.core.eval;

import java.util.Objects;

/**
 * A gold deadline of a whole article: setter and addressee as CAMEO actor codes (empty when the
 * gold leaves them open), due and set as ISO values, evidence an exact substring of the text.
 */
public record GoldDeadline(String setter, String addressee, String due, String set, String evidence) {
  public GoldDeadline {
    Objects.requireNonNull(setter, "setter");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(evidence, "evidence");
  }
}
