package parley.core.code;

import java.util.Locale;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * Whether two mentions with the same actor code are still two different actors, so that an event
 * between them is domestic politics ("President Mbeki dismissed Jacob Zuma", both ZAFGOV), not an
 * actor acting on itself: two named people with different surnames (a role counts when a name is
 * apposed to it). A bare role ("the president") may be a named person again, so it is not counted as another.
 */
final class DistinctPeople {
  private static final Set<String> NAMED_PERSON = Set.of("person", "remembered", "surname", "titled-name",
      "titled-name-implied", "name-with-country", "apposed-role");

  private DistinctPeople() {}

  static boolean of(DependencyTree tree, ActorMention a, ActorMention b) {
    if (a.sentence() != tree.sentence().index() || b.sentence() != tree.sentence().index()) return false;
    String surnameA = surname(tree, a);
    String surnameB = surname(tree, b);
    return !surnameA.isEmpty() && !surnameB.isEmpty() && !surnameA.equals(surnameB)
        && !names(a, surnameB) && !names(b, surnameA);
  }

  /** The person's surname: of a named person, or of the name apposed to a role ("the prime minister, Ahmet Davutoglu"). */
  private static String surname(DependencyTree tree, ActorMention m) {
    if (isNamedPerson(m)) return surname(m);
    if (m.how().equals("pronoun")) return "";
    for (int c : tree.children(m.head(), "appos")) {
      if (tree.token(c).isProperNoun()) return tree.token(c).text().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static boolean isNamedPerson(ActorMention m) {
    return NAMED_PERSON.contains(m.how());
  }

  private static String surname(ActorMention m) {
    String[] words = words(m).split(" ");
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i].replaceAll("['\u2019]s$", "").replaceAll("[^\\p{L}'-]", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return w.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static String words(ActorMention m) {
    return m.actor().text();
  }

  private static boolean names(ActorMention m, String surname) {
    return words(m).toLowerCase(Locale.ROOT).contains(surname);
  }
}
