package parley.core.time;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A short lowercase word between two capitalized words of a name ("Dar es Salaam", "Abu al
 * Hassan", "Puerto de la Cruz"): the tagger may read it as a verb ("es" as VBZ), but it is part of
 * the name and carries no tense; the verb a time hangs on is then the one above the name. Stateless.
 */
final class NameParticle {
  private static final int MAX_LENGTH = 3;

  private NameParticle() {}

  /** {@code verb} itself, or the token above it when it is a particle inside a name. */
  static int governing(Sentence s, int verb) {
    int current = verb;
    for (int step = 0; step < 3 && isParticle(s, current); step++) {
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return current;
      current = up.get().governor();
    }
    return current;
  }

  static boolean isParticle(Sentence s, int i) {
    if (i <= 0 || i + 1 >= s.size()) return false;
    Token t = s.token(i);
    String w = t.text();
    if (w.length() > MAX_LENGTH || !w.chars().allMatch(Character::isLowerCase)) return false;
    return capitalizedName(s.token(i - 1)) && capitalizedName(s.token(i + 1));
  }

  private static boolean capitalizedName(Token t) {
    return t.pos().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0));
  }
}
