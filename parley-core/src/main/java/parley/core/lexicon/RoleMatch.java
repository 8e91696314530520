package parley.core.lexicon;

import java.util.Objects;

/** A role phrase found in a sentence: its CAMEO role code ({@code GOV}, {@code GOVMIL}) and its length in words. */
public record RoleMatch(String code, int length) {
  public RoleMatch {
    Objects.requireNonNull(code, "code");
    if (length < 1) throw new IllegalArgumentException("match length must be positive: " + length);
  }
}
