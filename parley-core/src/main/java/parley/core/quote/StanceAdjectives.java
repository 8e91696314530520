package parley.core.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * A stance told by an adjective of feeling or conviction with its complement: "Voters are worried
 * that prices will rise", "The senator is confident of a win", "Smith was opposed to the plan",
 * "They are eager to vote". Whoever the adjective is said of holds the stance (through a relative
 * pronoun, the noun it stands for: "voters who are worried about ..."); the complement clause,
 * infinitive or prepositional object is what they hold. An adjective without a complement ("the
 * worried voters", "Smith was angry") states no stance of anything; nor does an expletive subject
 * ("it is certain that ...": the writer's).
 */
final class StanceAdjectives {
  /** Adjectives (word forms) of feeling or conviction about something. */
  private static final Set<String> WORDS = Set.of("opposed", "worried", "supportive", "eager", "confident", "sure",
      "skeptical", "sceptical", "critical", "concerned", "convinced", "aware", "hopeful", "determined", "angered",
      "angry", "wary", "upset", "proud", "certain", "surprised", "shocked", "scared", "optimistic", "pessimistic",
      "nervous", "happy", "glad", "enthusiastic", "disappointed", "unhappy", "pleased", "afraid", "fearful",
      "frustrated", "furious", "outraged", "excited", "grateful", "thankful", "satisfied", "dissatisfied", "unsure",
      "reluctant", "unwilling", "willing", "adamant", "comfortable", "uncomfortable", "dismissive", "doubtful",
      "hesitant", "keen", "anxious", "alarmed", "troubled", "dubious", "unconvinced", "receptive");

  /** Prepositions that give what a feeling is about: "worried about", "critical of", "opposed to". */
  private static final Set<String> TOPIC = Set.of("about", "of", "to", "with", "over", "on", "by", "at", "in");

  /** Subjects that are no one's: "it is certain that", "that is sure to". */
  private static final Set<String> NO_HOLDER = Set.of("it", "this", "that", "there", "which");

  /** What a stance adjective says and who holds it. */
  record Stance(int adjective, int holder, Span content) {}

  private StanceAdjectives() {}

  static boolean isStanceWord(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The stance an adjective at {@code adjective} states, if it has a holder and a complement. */
  static Optional<Stance> at(Sentence sentence, int adjective) {
    String pos = sentence.token(adjective).pos();
    boolean adjectival = pos.startsWith("JJ") || pos.equals("VBN");
    if (!adjectival || !isStanceWord(sentence.token(adjective).text())) return Optional.empty();
    if (pos.equals("VBN") && !predicated(sentence, adjective)) return Optional.empty();
    int holder = -1;
    for (Arc a : sentence.dependents(adjective)) {
      if (a.baseRelation().equals("nsubj")) holder = a.dependent();
    }
    if (holder < 0 || holder > adjective) return Optional.empty();
    if (SpeakerFinder.isTemporal(sentence.token(holder))) return Optional.empty();
    String subject = sentence.token(holder).lower();
    if (RELATIVE.contains(subject)) {
      Optional<Arc> up = sentence.head(adjective).filter(a -> a.governor() >= 0 && a.baseRelation().equals("acl"));
      if (up.isEmpty()) return Optional.empty();
      holder = up.get().governor();
    } else if (NO_HOLDER.contains(subject)) {
      return Optional.empty();
    }
    for (Arc a : sentence.dependents(adjective)) {
      if (a.dependent() < adjective) continue;
      String rel = a.baseRelation();
      boolean clause = rel.equals("ccomp") || rel.equals("xcomp") && sentence.token(a.dependent()).isVerb();
      if (clause) return Optional.of(new Stance(adjective, holder, beforeComma(sentence, a.dependent(),
          ReportedSpeech.contentOf(sentence, a.dependent(), -1))));
      boolean topic = rel.equals("obl") && TOPIC.contains(preposition(sentence, a.dependent()))
          && !SpeakerFinder.isTemporal(sentence.token(a.dependent()));
      if (topic) return Optional.of(new Stance(adjective, holder, beforeComma(sentence, a.dependent(),
          ReportedSpeech.contentWithout(sentence, a.dependent()))));
    }
    return Optional.empty();
  }

  /**
   * The complement up to the first comma after its head: what follows ("angry at the builder,
   * saying he ...") is a clause of its own the parser hung inside it.
   */
  private static Span beforeComma(Sentence sentence, int head, Span content) {
    for (int t = head + 1; t < sentence.size(); t++) {
      Span at = sentence.token(t).span();
      if (at.start() >= content.end()) break;
      if (sentence.token(t).text().equals(",")) {
        return new Span(content.start(), sentence.token(t - 1).span().end());
      }
    }
    return content;
  }

  private static final Set<String> RELATIVE = Set.of("who", "whom");

  /**
   * Whether a participle is said of its subject with "be" ("were worried", "is opposed to"), not
   * an active perfect with an object ("have opposed it", "has worried voters").
   */
  private static boolean predicated(Sentence sentence, int participle) {
    boolean be = false;
    for (Arc a : sentence.dependents(participle)) {
      if (a.relation().equals("obj")) return false;
      if (a.relation().equals("aux:pass") || a.baseRelation().equals("cop")) be = true;
    }
    return be;
  }

  private static String preposition(Sentence sentence, int noun) {
    for (Arc arc : sentence.dependents(noun)) {
      if (arc.baseRelation().equals("case")) return sentence.token(arc.dependent()).lower();
    }
    return "";
  }
}
