package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import parley.core.doc.ActorMention;

/**
 * What pronouns and pair phrases stand for ("Erdogan said he would", "Bangladesh says it will", "the two
 * sides agreed"): an antecedent in the sentence, else what the article's earlier sentences were about;
 * and the centre of each sentence, what its pronouns will mean in the next ones.
 */
final class ActorAnaphora {
  static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
  static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");

  private final DependencyTree tree;
  private final String[] roleOf;
  private final ArticleMemory memory;
  private final String text;
  private final PersonalPossessors possessors;
  private final PhraseMentions mentions;

  ActorAnaphora(DependencyTree tree, String[] roleOf, ArticleMemory memory, String text, PersonalPossessors possessors,
      PhraseMentions mentions) {
    this.tree = tree;
    this.roleOf = roleOf;
    this.memory = memory;
    this.text = text;
    this.possessors = possessors;
    this.mentions = mentions;
  }

  /**
   * "he", "she", "him", "her": a subject stands for the person named as the subject of another clause
   * before it, an object in a purpose clause for the person the main verb acts on; else the last person
   * of the article.
   */
  void personalPronoun(int h, List<ActorMention> out) {
    Optional<ActorMention> antecedent = tree.relation(h).startsWith("nsubj") ? personBefore(h, out) : purposeObject(h, out);
    if (antecedent.isPresent()) {
      out.add(pronoun(h, antecedent.get()));
    } else if (memory.lastPersonCode().isPresent()) {
      out.add(mentions.mention(h, h, h, memory.lastPersonCode().get(), "pronoun"));
    }
  }

  /**
   * "it", "they" as a subject: the speaker of the clause it is reported in ({@link ReportedSpeaker}), else the
   * nearest group named before it in the sentence, or an uncoded reporter;
   * else the last group of the article.
   */
  void groupPronoun(int h, List<ActorMention> out) {
    Optional<ActorMention> antecedent = new ReportedSpeaker(tree).of(h, out).or(() -> groupBefore(h, out));
    if (antecedent.isEmpty()) antecedent = uncodedReporter(h, out);
    if (antecedent.isPresent()) {
      out.add(pronoun(h, antecedent.get()));
    } else if (memory.lastGroupCode().isPresent()) {
      out.add(mentions.mention(h, h, h, memory.lastGroupCode().get(), "pronoun"));
    }
  }

  /** "The two sides agreed", "talks between both countries": the pair named last, in this sentence or before. */
  void resolvePairs(List<ActorMention> out) {
    DyadAnaphora dyads = new DyadAnaphora(tree, text);
    int sentence = tree.sentence().index();
    for (int h = 0; h < tree.size(); h++) {
      if (!dyads.isPairPhrase(h)) continue;
      final int head = h;
      List<ActorMention> before = out.stream().filter(m -> m.head() < head).toList();
      Optional<String[]> pair = dyads.pairIn(before).filter(p -> dyads.fits(head, p));
      if (pair.isEmpty()) pair = memory.pairBefore(sentence, DyadAnaphora.REACH).filter(p -> dyads.fits(head, p));
      if (pair.isEmpty()) continue;
      out.removeIf(m -> m.head() == head);
      out.addAll(dyads.sides(h, pair.get()));
    }
    out.sort((a, b) -> Integer.compare(a.head(), b.head()));
    dyads.pairIn(out).ifPresent(p -> memory.notePair(p, sentence));
  }

  /**
   * What "it", "they", "he" and "she" will mean in the next sentences: the first coded subject of
   * this sentence (the centre of attention), not merely the last name mentioned. A person subject no
   * lexicon codes is the centre too: "he" then has no code rather than an earlier person's.
   */
  void noteCentre(List<ActorMention> found, TreeMap<Integer, String> uncodedSubjects) {
    boolean group = false;
    boolean person = false;
    int firstUncoded = uncodedSubjects.isEmpty() ? Integer.MAX_VALUE : uncodedSubjects.firstKey();
    boolean centre = false;
    for (ActorMention m : found) {
      if (m.actor().code().isEmpty() || !tree.relation(m.head()).startsWith("nsubj")) continue;
      if (!centre && m.head() < firstUncoded) {
        boolean personal = PersonalPossessors.PERSON_HOWS.contains(m.how()) || possessors.isPersonRole(m) || m.how().equals("pronoun");
        String title = !personal ? "" : titleOf(m).orElse("-");
        memory.noteCentre(m.actor().code().get(), title, tree.sentence().index());
      }
      centre = true;
      boolean isPerson = PersonalPossessors.PERSON_HOWS.contains(m.how()) || possessors.isPersonRole(m)
          || (m.how().equals("pronoun") && PRONOUNS.contains(tree.token(m.head()).lower()));
      if (isPerson && !person && m.head() > firstUncoded) {
        memory.noteUncodedPerson(uncodedSubjects.get(firstUncoded));
        person = true;
      } else if (isPerson && !person) {
        memory.notePerson(m.actor().text(), m.actor().code().get());
        person = true;
      } else if (!isPerson && !group) {
        memory.noteGroup(m.actor().code().get());
        group = true;
      }
    }
    if (!person && firstUncoded != Integer.MAX_VALUE) memory.noteUncodedPerson(uncodedSubjects.get(firstUncoded));
  }

  /** The role word of a person mention ("ambassador" in "Burundi's ambassador", "Ambassador Ann Lee"). */
  private Optional<String> titleOf(ActorMention m) {
    for (int t = m.first(); t <= m.last(); t++) {
      if (roleOf[t] != null) return Optional.of(tree.lemma(t).toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.empty();
  }

  /** "Bangladesh says it will not accept...": the nearest group named earlier in the sentence. */
  private static Optional<ActorMention> groupBefore(int h, List<ActorMention> found) {
    ActorMention best = null;
    for (ActorMention m : found) {
      if (m.head() < h && m.actor().code().isPresent() && !m.how().equals("pronoun") && !PersonalPossessors.PERSON_HOWS.contains(m.how())
          && (best == null || m.head() > best.head())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "The committee declared that it will not end the strike": with no coded antecedent, a subject pronoun
   * of a reported clause stands for the reporter when the reporter is an actor no lexicon knows.
   */
  private Optional<ActorMention> uncodedReporter(int h, List<ActorMention> found) {
    int clause = tree.head(h);
    if (clause < 0 || !tree.relation(clause).equals("ccomp") || tree.head(clause) < 0) return Optional.empty();
    int reporter = tree.firstChild(tree.head(clause), "nsubj");
    return found.stream()
        .filter(m -> m.head() == reporter && reporter < h && m.how().equals("role-no-country"))
        .findFirst();
  }

  /**
   * "Erdogan said he would...": for a pronoun subject, the nearest person named earlier in the sentence as
   * the subject of another clause ("Erdogan called him" is someone else: an object pronoun is not its own
   * clause's subject).
   */
  private Optional<ActorMention> personBefore(int h, List<ActorMention> found) {
    ActorMention best = null;
    for (ActorMention m : found) {
      if (m.head() < h && m.actor().code().isPresent() && PersonalPossessors.PERSON_HOWS.contains(m.how())
          && tree.relation(m.head()).startsWith("nsubj") && (best == null || m.head() > best.head())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "called the Argentine president to congratulate him": an object pronoun in a purpose clause (an
   * adverbial to-infinitive, done by the main verb's subject) cannot be that subject, so it stands for
   * the person the main verb acts on.
   */
  private Optional<ActorMention> purposeObject(int h, List<ActorMention> found) {
    String rel = tree.relation(h);
    if (!(rel.equals("obj") || rel.equals("iobj"))) return Optional.empty();
    int clause = tree.head(h);
    if (clause < 0 || !tree.token(clause).pos().equals("VB")) return Optional.empty();
    if (!(tree.relation(clause).startsWith("advcl") || TelephoneCall.callersPurpose(tree, clause))) return Optional.empty();
    int object = tree.isToInfinitive(clause) ? tree.firstChild(tree.head(clause), "obj") : -1;
    if (object < 0) return Optional.empty();
    return found.stream()
        .filter(m -> m.head() == object && m.actor().code().isPresent())
        .findFirst();
  }

  /**
   * A pronoun whose antecedent is named earlier in the same sentence stands for it: the pronoun's tokens,
   * the antecedent's code and words ("The Afghan government said it would free..." has the government
   * as the one who frees).
   */
  private ActorMention pronoun(int h, ActorMention antecedent) {
    // an uncoded antecedent keeps its kind, so the pronoun is as much an actor as what it stands for
    String how = antecedent.actor().code().isPresent() ? "pronoun" : antecedent.how();
    return new ActorMention(tree.sentence().index(), h, h, h, antecedent.actor(), how);
  }
}
