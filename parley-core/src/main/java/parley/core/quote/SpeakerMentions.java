package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * The mention of who speaks, built from its head word: a pronoun, a name with its parts and apposed
 * role, the person a recording shows, or a role with its phrase.
 */
final class SpeakerMentions {
  private SpeakerMentions() {}

  /** The head of the name a token is part of ("Pat" in "Pat Caddell" gives "Caddell"). */
  static int nameHead(Sentence sentence, int token) {
    int t = token;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Arc> up = sentence.head(t).filter(a -> a.governor() >= 0
          && (a.baseRelation().equals("compound") || a.baseRelation().equals("flat"))
          && sentence.token(a.governor()).isProperNoun());
      if (up.isEmpty()) break;
      t = up.get().governor();
    }
    return t;
  }

  static SpeakerMention mention(Sentence sentence, int head) {
    Token h = sentence.token(head);
    if (h.pos().startsWith("PRP")) {
      return new SpeakerMention(SpeakerMention.Kind.PRONOUN, sentence.index(), head, h.span(), h.text(), "");
    }
    if (h.isProperNoun()) return withApposedRole(sentence, name(sentence, head));
    for (Arc arc : sentence.dependents(head)) {
      if (arc.relation().equals("appos") && sentence.token(arc.dependent()).isProperNoun()) {
        SpeakerMention n = name(sentence, arc.dependent());
        return new SpeakerMention(SpeakerMention.Kind.NAME, n.sentence(), n.head(), n.span(), n.text(), h.lemma());
      }
    }
    OptionalInt recorded = recordedPerson(sentence, head);
    if (recorded.isPresent()) return mention(sentence, recorded.getAsInt());
    Span phrase = phrase(sentence, head);
    return new SpeakerMention(SpeakerMention.Kind.ROLE, sentence.index(), head, phrase,
        textOf(sentence, phrase), h.lemma());
  }

  /** Recordings that show someone speaking: "footage of Smith asking", "a video of her saying". */
  private static final Set<String> RECORDINGS = Set.of("footage", "video", "clip", "tape", "recording", "audio",
      "image", "picture", "photo", "film");

  /**
   * The person a recording shows ("footage of Smith asking ...", "a clip of him saying ..."): it is
   * they who speak, not the footage.
   */
  static OptionalInt recordedPerson(Sentence sentence, int head) {
    if (!RECORDINGS.contains(sentence.token(head).lemma())) return OptionalInt.empty();
    for (Arc arc : sentence.dependents(head)) {
      if (!arc.baseRelation().equals("nmod")) continue;
      Token person = sentence.token(arc.dependent());
      boolean of = sentence.dependents(arc.dependent()).stream()
          .anyMatch(a -> a.relation().equals("case") && sentence.token(a.dependent()).lower().equals("of"));
      if (of && (person.isProperNoun() || person.pos().equals("PRP"))) return OptionalInt.of(arc.dependent());
    }
    return OptionalInt.empty();
  }

  /**
   * A name with the role apposed to it ("Tom Becker, a spokesman for the authority, said"), so a
   * later "the spokesman said" finds the name.
   */
  private static SpeakerMention withApposedRole(Sentence sentence, SpeakerMention name) {
    for (Arc arc : sentence.dependents(name.head())) {
      Token role = sentence.token(arc.dependent());
      if (arc.relation().equals("appos") && role.isNoun() && !role.isProperNoun()) {
        return new SpeakerMention(name.kind(), name.sentence(), name.head(), name.span(), name.text(), role.lemma());
      }
    }
    return name;
  }

  /** A proper noun with its compound and flat parts: "Chung Eui-yong", "Moon Jae-in". */
  private static SpeakerMention name(Sentence sentence, int head) {
    int first = head;
    int last = head;
    for (Arc arc : sentence.dependents(head)) {
      String rel = arc.baseRelation();
      boolean part = (rel.equals("compound") || rel.equals("flat"))
          && sentence.token(arc.dependent()).isProperNoun() && !punctuationBetween(sentence, arc.dependent(), head);
      if (part) {
        first = Math.min(first, arc.dependent());
        last = Math.max(last, arc.dependent());
      }
    }
    first = Math.max(first, adjacentStart(sentence, head, first));
    Span span = sentence.spanOf(first, last);
    return new SpeakerMention(SpeakerMention.Kind.NAME, sentence.index(), head, span,
        textOf(sentence, span), "");
  }

  /** Small words inside names: "Caisse de depot", "Khalaf al-Oteiba", "Department of Commerce". */
  private static final Set<String> NAME_PARTICLES = Set.of("of", "de", "du", "des", "la", "le", "et", "von", "van",
      "der", "den", "al", "el", "bin", "ibn", "da", "di", "dos", "-", "&", "'s");

  /**
   * Where the name running up to its head starts, no earlier than {@code first}: capitalized words
   * and the small words inside names. "In his March 19 news conference Reagan told" parsed with
   * "March" as part of the name gives "Reagan", not "March 19 news conference Reagan".
   */
  private static int adjacentStart(Sentence sentence, int head, int first) {
    int t = head;
    while (t - 1 >= first) {
      String word = sentence.token(t - 1).text();
      if (!Character.isUpperCase(word.charAt(0)) && !NAME_PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) break;
      t--;
    }
    return t;
  }

  /**
   * Whether punctuation stands between a name part and its head: "“Judge,” Brafman said" parsed
   * with "Judge" as part of the name is an address inside the quote, not the speaker's title.
   */
  private static boolean punctuationBetween(Sentence sentence, int part, int head) {
    for (int t = Math.min(part, head) + 1; t < Math.max(part, head); t++) {
      String word = sentence.token(t).text();
      if (word.equals(",") || word.matches("[“”\"‘’`']+")) return true;
    }
    return false;
  }

  /**
   * The noun with its determiners, numbers, adjectives, compounds and possessors: "South Korea's
   * adviser", "one trader".
   */
  private static Span phrase(Sentence sentence, int head) {
    List<Integer> todo = new ArrayList<>(List.of(head));
    int first = head;
    int last = head;
    while (!todo.isEmpty()) {
      int t = todo.remove(todo.size() - 1);
      for (Arc arc : sentence.dependents(t)) {
        String rel = arc.baseRelation();
        if (rel.equals("det") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod")
            && arc.relation().equals("nmod:poss") || rel.equals("case") && t != head || rel.equals("flat")
            || rel.equals("nummod") && t == head) {
          first = Math.min(first, arc.dependent());
          last = Math.max(last, arc.dependent());
          todo.add(arc.dependent());
        }
      }
    }
    return sentence.spanOf(first, last);
  }

  private static String textOf(Sentence sentence, Span span) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token t : sentence.tokens()) {
      if (!span.contains(t.span())) continue;
      if (previous != null && t.span().start() > previous.span().end()) out.append(' ');
      out.append(t.text());
      previous = t;
    }
    return out.toString();
  }
}
