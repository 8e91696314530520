package parley.core.doc;

import java.util.Objects;

/**
 * A CAMEO event code with what follows from it: root, quad class, Goldstein value and PLOVER type.
 */
public record EventType(String code, String name, double goldstein, int quad, String plover) {
  public EventType {
    Objects.requireNonNull(code, "code");
    if (code.length() < 2 || code.length() > 4 || !code.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
    }
    if (quad < 1 || quad > 4) throw new IllegalArgumentException("quad class out of range: " + quad);
  }

  public String root() {
    return code.substring(0, 2);
  }

  /** GDELT's quad class of a root: 01-05 verbal cooperation ... 15-20 material conflict. */
  public static int quadOfRoot(String root) {
    int r = Integer.parseInt(root.substring(0, 2));
    if (r <= 5) return 1;
    if (r <= 9) return 2;
    if (r <= 14) return 3;
    return 4;
  }
}
