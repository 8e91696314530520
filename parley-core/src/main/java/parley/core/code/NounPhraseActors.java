package parley.core.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.Token;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.RoleMatch;

/**
 * The actor mentions of one sentence: each noun phrase whose head is a role word, a name from the
 * lexicon, a remembered person or a pronoun, coded from the names and roles inside it.
 */
final class NounPhraseActors {
  /** Kinds of names that stand for a country. */
  static final Set<ActorKind> COUNTRY_KINDS = java.util.EnumSet.of(ActorKind.COUNTRY, ActorKind.CAPITAL,
      ActorKind.ADJECTIVE, ActorKind.PEOPLE);
  /** Kinds of names that stand for an organisation or group. */
  static final Set<ActorKind> BODY_KINDS = java.util.EnumSet.of(ActorKind.ORGANISATION, ActorKind.GROUP);

  private final DependencyTree tree;
  private final NameHit[] hits;
  private final RoleLexicon roles;
  private final String[] roleOf;
  private final PhraseParts parts;
  private final PersonalPossessors possessors;
  private final RolePhrases rolePhrases;
  private final GroupPhrases groupPhrases;
  private final NamePhrases namePhrases;
  private final ActorAnaphora anaphora;
  private final ArticleMemory memory;
  private final PhraseMentions mentions;
  private final Optional<String> implied;
  private final java.util.function.BiPredicate<String, String> outweighsDateline;

  NounPhraseActors(DependencyTree tree, NameHit[] hits, String[] placeCountries, RoleLexicon roles,
      ActorLexicon actors, ArticleMemory memory, Optional<LocalDate> date, Optional<String> implied, String text,
      java.util.function.BiPredicate<String, String> outweighsDateline) {
    this.tree = tree;
    this.hits = hits;
    this.roles = roles;
    this.implied = implied;
    this.outweighsDateline = outweighsDateline;
    PersonCodes codes = new PersonCodes(actors, memory, date);
    this.roleOf = findRoles();
    CountryClues clues = new CountryClues(tree, hits, placeCountries, memory, codes::codeOf, codes::knownPersonCode);
    this.parts = new PhraseParts(tree, text);
    this.possessors = new PersonalPossessors(tree, roleOf);
    PhraseMentions mentions = new PhraseMentions(tree, text, parts);
    this.mentions = mentions;
    this.memory = memory;
    this.rolePhrases = new RolePhrases(tree, hits, roleOf, memory, implied, text, clues, parts, codes, mentions);
    this.groupPhrases = new GroupPhrases(tree, hits, roleOf, memory, clues, parts, codes, mentions);
    this.namePhrases = new NamePhrases(tree, hits, roleOf, actors, memory, date, implied, text, clues, parts, codes,
        mentions);
    this.anaphora = new ActorAnaphora(tree, roleOf, memory, text, possessors, mentions);
  }

  List<ActorMention> mentions() {
    List<ActorMention> out = new ArrayList<>();
    boolean[] covered = new boolean[tree.size()];
    boolean[] shortNamed = new boolean[tree.size()];
    for (int h = 0; h < tree.size(); h++) shortNamed[h] = memory.shortNames().mention(tree, hits, h, mentions, covered, out);
    for (int h = 0; h < tree.size(); h++) {
      if (shortNamed[h] || hits[h] != null || roleOf[h] == null || isModifierOfActorHead(h)) continue;
      if (CommonWordInName.is(tree, h, roleOf[h])) continue;
      rolePhrases.roleHeaded(h, covered, out);
    }
    for (int h = 0; h < tree.size(); h++) {
      if (covered[h] || hits[h] != null || roleOf[h] != null || !groupPhrases.isGroupNoun(h) || isModifierOfActorHead(h)) continue;
      groupPhrases.groupHeaded(h, covered, out);
    }
    for (int h = 0; h < tree.size(); h++) {
      if (covered[h]) continue;
      if (hits[h] != null && isHitHead(h)) {
        namePhrases.nameHeaded(h, covered, out);
      } else if (hits[h] == null && tree.token(h).pos().startsWith("NNP") && parts.isPhraseHead(h)) {
        namePhrases.unknownNameHeaded(h, covered, out);
      } else if (ActorAnaphora.PRONOUNS.contains(tree.token(h).lower())) {
        anaphora.personalPronoun(h, out);
      } else if (ActorAnaphora.GROUP_PRONOUNS.contains(tree.token(h).lower()) && tree.relation(h).startsWith("nsubj")
          && !ExpletiveIt.is(tree, h)) {
        anaphora.groupPronoun(h, out);
      }
    }
    for (int h = 0; h < tree.size(); h++) if (hits[h] != null && hits[h].first() == h) memory.shortNames().remember(tree, hits[h]);
    out.sort((a, b) -> Integer.compare(a.head(), b.head()));
    out = new ArrayList<>(StateOfficeCountry.recode(out, implied, outweighsDateline));
    possessors.resolve(out);
    anaphora.resolvePairs(out);
    anaphora.noteCentre(out, namePhrases.uncodedSubjects());
    return out;
  }

  /**
   * Role words by lemma, else as written ("forces" is a role though its lemma "force" is not: the
   * lexicon lists the plural where the singular means something else).
   */
  private String[] findRoles() {
    String[] out = new String[tree.size()];
    List<String> lemmas = new ArrayList<>(tree.size());
    List<String> words = new ArrayList<>(tree.size());
    for (Token t : tree.sentence().tokens()) {
      lemmas.add(t.lemma());
      words.add(t.lower());
    }
    for (int i = 0; i < tree.size(); i++) {
      Optional<RoleMatch> match = roles.match(lemmas, i);
      if (match.isEmpty()) match = roles.match(words, i);
      if (match.isEmpty()) {
        int at = i;
        FormerTitles.exTitle(roles, words.get(i)).filter(role -> tree.token(at).isNoun()).ifPresent(role -> out[at] = role);
        continue;
      }
      int last = i + match.get().length() - 1;
      if (tree.token(last).isNoun()) out[last] = match.get().code();
      i = last;
    }
    return out;
  }

  private boolean isHitHead(int t) {
    NameHit hit = hits[t];
    int head = tree.head(t);
    if (!tree.hasParse()) return t == hit.last();
    return head < hit.first() || head > hit.last() || head < 0;
  }

  /** A role word modifying a name or another role ("government troops" keeps "troops" as head). */
  private boolean isModifierOfActorHead(int h) {
    String rel = tree.relation(h);
    int head = tree.head(h);
    if (head < 0) return false;
    boolean modifier = rel.equals("compound") || rel.equals("amod") || rel.equals("flat");
    return modifier && (roleOf[head] != null || tree.token(head).pos().startsWith("NNP"));
  }
}
