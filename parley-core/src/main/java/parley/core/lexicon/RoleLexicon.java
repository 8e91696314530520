package parley.core.lexicon;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import parley.core.ontology.ActorRoles;

/**
 * Role words and phrases ("minister", "foreign minister", "security forces") with the CAMEO role
 * code they add to an actor ({@code GOV}, {@code MIL}). Built once, immutable, thread-safe.
 */
public final class RoleLexicon {
  private final PhraseIndex<String> phrases;

  RoleLexicon(PhraseIndex<String> phrases) {
    this.phrases = phrases;
  }

  /** The lexicon shipped with Parley: {@code roles.txt}. */
  public static RoleLexicon fromResource() {
    return read(LexiconLines.resource("roles.txt"));
  }

  /** A lexicon from a file in the format of {@code roles.txt}: {@code phrase  CODE} a line. */
  public static RoleLexicon load(Path file) {
    return read(LexiconLines.read(file));
  }

  /** The role of one lemma ("troops" -> MIL). */
  public Optional<String> role(String lowerLemma) {
    return phrases.match(List.of(lowerLemma), 0).filter(hit -> hit.length() == 1).map(PhraseIndex.Hit::value);
  }

  /** The longest role phrase starting at word {@code from}. */
  public Optional<RoleMatch> match(List<String> lowerWords, int from) {
    return phrases.match(lowerWords, from).map(hit -> new RoleMatch(hit.value(), hit.length()));
  }

  public int size() {
    return phrases.size();
  }

  private static RoleLexicon read(List<LexiconLines.Line> lines) {
    ActorRoles roles = ActorRoles.fromResource();
    PhraseIndex.Builder<String> builder = new PhraseIndex.Builder<>();
    for (LexiconLines.Line line : LexiconLines.content(lines)) {
      String text = line.text().trim();
      int space = text.lastIndexOf(' ');
      if (space < 0) throw line.error("expected a phrase and a role code, found '" + text + "'");
      String code = text.substring(space + 1);
      if (!isRoleCode(code, roles)) throw line.error("unknown role code '" + code + "'");
      List<String> words = PhraseIndex.words(text.substring(0, space));
      Optional<String> old = builder.get(words);
      if (old.isPresent() && !old.get().equals(code)) {
        throw line.error("'" + String.join(" ", words) + "' is already " + old.get());
      }
      builder.add(words, code);
    }
    return new RoleLexicon(builder.build());
  }

  private static boolean isRoleCode(String code, ActorRoles roles) {
    if (code.isEmpty() || code.length() % 3 != 0) return false;
    for (int i = 0; i < code.length(); i += 3) {
      if (!roles.isRole(code.substring(i, i + 3))) return false;
    }
    return true;
  }
}
