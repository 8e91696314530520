package parley.core.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.ActorKind;

/**
 * "The World Bank suspended loans ... The Bank said": an organisation named in full is later called
 * by the last word of its name, capitalised after "the" ("the Bank", "the Fund", "the Community").
 * Remembers the organisations an article names and reads such short names as them. One instance
 * per article.
 */
final class ShortOrganisationNames {
  /** Last words too general to stand for one organisation. */
  private static final Set<String> TOO_GENERAL = Set.of("department", "office", "ministry", "party", "group", "house",
      "council", "committee", "government", "state", "states", "union", "nations", "forces", "army");

  private final Map<String, String> codeByLastWord = new HashMap<>();

  /** Notes an organisation's name (two words or more) in a sentence, by its last word. */
  void remember(DependencyTree tree, NameHit hit) {
    if (hit.entry().kind() != ActorKind.ORGANISATION || hit.last() == hit.first()) return;
    String last = tree.token(hit.last()).lower();
    if (TOO_GENERAL.contains(last) || !Character.isUpperCase(tree.token(hit.last()).text().charAt(0))) return;
    codeByLastWord.put(last, hit.entry().code());
  }

  /**
   * The organisation "the Bank" at {@code h} stands for: a capitalised word no name covers, right after
   * "the", with no capitalised word before it, that ends an organisation's name read earlier.
   */
  Optional<String> codeAt(DependencyTree tree, NameHit[] hits, int h) {
    if (h == 0 || hits[h] != null || !tree.token(h).pos().startsWith("NNP")) return Optional.empty();
    if (!tree.token(h - 1).lower().equals("the")) return Optional.empty();
    if (h + 1 < tree.size() && tree.token(h + 1).pos().startsWith("NNP")) return Optional.empty();
    return Optional.ofNullable(codeByLastWord.get(tree.token(h).lower()));
  }

  /** Adds the mention of "the Bank" at {@code h}, when it is one; true when added. */
  boolean mention(DependencyTree tree, NameHit[] hits, int h, PhraseMentions mentions, boolean[] covered,
      List<ActorMention> out) {
    Optional<String> code = codeAt(tree, hits, h);
    if (code.isEmpty()) return false;
    covered[h - 1] = true;
    covered[h] = true;
    out.add(mentions.mention(h - 1, h, h, code.get(), "short-name"));
    return true;
  }
}
