package parley.core.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;
import parley.core.ontology.CameoTable;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Codes events: for each verb (and event noun) of the verb lexicon whose frame matches, the
 * source is its agent's actor and the target the actor in the slot the pattern names. One event
 * per source-target pair ("Japan and South Korea agreed" gives two). Each event carries its mode,
 * its evidence span and the pattern that fired. Headlines are not coded: the body restates them.
 */
public final class EventCoder implements Stage {
  /** Roots whose target may be a thing, not an actor ("condemned the attack"); not meetings and visits. */
  private static final Set<String> PHRASE_TARGET_ROOTS = Set.of("02", "03", "05", "06", "07", "08", "09", "10",
      "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
  private static final Set<String> SPEECH = Set.of("say", "claim", "allege", "charge", "state", "tell", "insist",
      "add", "report", "assert", "contend", "announce", "complain");
  /** "Brazil and the United States seek to deepen a partnership": cooperation between joint subjects is mutual. */
  private static final Set<String> COOPERATIVE_ROOTS = Set.of("03", "04", "05", "06");
  private static final Set<String> RECIPROCAL = Set.of("agree", "sign", "meet", "talk", "negotiate", "clash",
      "fight", "discuss", "cooperate", "trade", "hold", "reach", "conclude", "exchange", "share", "ally",
      "consult", "confer");
  private final VerbLexicon verbs;
  private final CameoTable cameo;

  public EventCoder(VerbLexicon verbs, CameoTable cameo) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
  }

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.PARSE, Facet.ACTORS);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.EVENTS);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Document apply(Document doc) {
    List<Event> events = new ArrayList<>();
    EventDate published = EventDate.published(doc.published().map(Object::toString).orElse(null));
    for (Sentence sentence : doc.sentences()) {
      if (sentence.section() != Section.BODY || sentence.arcs().isEmpty()) continue;
      DependencyTree tree = new DependencyTree(sentence);
      ActorIndex actors = new ActorIndex(tree, doc.actorsIn(sentence.index()));
      ClauseArguments arguments = new ClauseArguments(tree);
      for (int t = 0; t < tree.size(); t++) {
        if (tree.token(t).isVerb() || isPredicateAdjective(tree, t)) {
          codeVerb(doc, tree, actors, arguments, t, published, events);
        } else if (tree.token(t).isNoun()) {
          codeNoun(doc, tree, actors, arguments, t, published, events);
        }
      }
    }
    List<Event> numbered = new ArrayList<>(events.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Event e : events) {
      String key = e.sentence() + "|" + e.source().span() + e.source().code() + "|"
          + e.target().map(t -> t.span().toString() + t.code()).orElse("")
          + "|" + e.type().root() + "|" + e.mode();
      if (!seen.add(key)) continue;
      numbered.add(e.withId(doc.id() + "#e" + (numbered.size() + 1)));
    }
    return doc.withEvents(numbered);
  }

  private static boolean isPredicateAdjective(DependencyTree tree, int t) {
    return tree.token(t).pos().startsWith("JJ") && tree.firstChild(t, "nsubj") >= 0;
  }

  private void codeVerb(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, EventDate published, List<Event> out) {
    int object = args.object(verb);
    List<VerbPattern> patterns = verbs.forVerb(tree.lemma(verb));
    boolean objectPatternMatches = object >= 0 && patterns.stream()
        .anyMatch(p -> !p.objects().isEmpty() && matches(tree, args, verb, object, p));
    if (!objectPatternMatches && object >= 0
        && codeLightVerb(doc, tree, actors, args, verb, object, published, out)) {
      return;
    }
    List<ActorMention> sources = null;
    for (VerbPattern pattern : patterns) {
      if (!matches(tree, args, verb, object, pattern)) continue;
      if (sources == null) sources = actorsOf(actors, args.agents(verb), doc.text());
      if (sources.isEmpty()) return;
      List<ActorMention> targets = targets(tree, actors, args, verb, object, pattern, doc.text());
      if (sources.size() > 1 && noCodedActor(targets)
          && (RECIPROCAL.contains(tree.lemma(verb)) || COOPERATIVE_ROOTS.contains(pattern.code().substring(0, 2)))) {
        emitAmong(doc, tree, verb, pattern, sources, ModeClassifier.modality(tree, verb), published, out);
        return;
      }
      if (targets.isEmpty()) continue;
      int before = out.size();
      emit(doc, tree, verb, object, pattern, sources, targets, ModeClassifier.modality(tree, verb), published, out);
      accuseFromSpeech(doc, tree, args, actors, verb, before, published, out);
      return;
    }
  }

  private static boolean matches(DependencyTree tree, ClauseArguments args, int verb, int object, VerbPattern pattern) {
    if (!pattern.particle().isEmpty() && !args.hasParticle(verb, pattern.particle())) return false;
    if (!pattern.objects().isEmpty() && (object < 0 || !objectMatches(tree, object, pattern.objects()))) return false;
    return pattern.complements().isEmpty() || args.complementHas(verb, pattern.complements());
  }

  /**
   * The codebook's reading of "X said Y attacked Z": besides Y's attack, X accuses Y (112). Only for
   * asserted acts of force or coercion (roots 17-20) reported by someone other than their agent.
   */
  private void accuseFromSpeech(Document doc, DependencyTree tree, ClauseArguments args, ActorIndex actors,
      int verb, int firstNew, EventDate published, List<Event> out) {
    int head = tree.head(verb);
    if (head < 0 || !(tree.relation(verb).equals("ccomp") || tree.relation(verb).equals("parataxis"))) return;
    if (!SPEECH.contains(tree.lemma(head))) return;
    List<ActorMention> speakers = actors.of(-1 < head ? firstAgent(args, head) : -1);
    if (speakers.isEmpty()) return;
    Optional<EventType> accuse = cameo.type("112");
    if (accuse.isEmpty()) return;
    int end = out.size();
    for (int i = firstNew; i < end; i++) {
      Event reported = out.get(i);
      int root = Integer.parseInt(reported.type().root());
      if (reported.mode() != Mode.ASSERTED || root < 17) continue;
      for (ActorMention speaker : speakers) {
        if (speaker.actor().code().isEmpty() || speaker.actor().code().equals(reported.source().code())) continue;
        Span span = speaker.actor().span().union(reported.evidence().span());
        out.add(new Event("pending", speaker.actor(), Optional.of(reported.source()), accuse.get(), Mode.ASSERTED,
            published, reported.sentence(), Evidence.of(doc.text(), span), tree.lemma(head) + "+ccomp:" + reported.rule()));
      }
    }
  }

  private static int firstAgent(ClauseArguments args, int verb) {
    List<Integer> agents = args.agents(verb);
    return agents.isEmpty() ? -1 : agents.get(0);
  }

  /** "launched an investigation into X", "carried out attacks on Y": the object noun names the event. */
  private boolean codeLightVerb(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, int object, EventDate published, List<Event> out) {
    Optional<String> particle = verbs.lightVerbParticle(tree.lemma(verb));
    if (particle.isEmpty() || (!particle.get().isEmpty() && !args.hasParticle(verb, particle.get()))) return false;
    List<VerbPattern> nouns = verbs.forNoun(tree.lemma(object));
    if (nouns.isEmpty()) return false;
    VerbPattern pattern = nouns.get(0);
    List<ActorMention> sources = actorsOf(actors, args.agents(verb), doc.text());
    if (sources.isEmpty()) return false;
    List<ActorMention> targets = List.of();
    for (String slot : pattern.targets()) {
      int t = args.prepositional(object, slot);
      if (t < 0 && !slot.equals("of")) t = args.prepositional(verb, slot);
      if (slot.equals("iobj")) t = args.indirectObject(verb);
      if (t >= 0) {
        targets = actors.ofOrPhrase(t, doc.text());
        if (!targets.isEmpty()) break;
      }
    }
    VerbPattern named = new VerbPattern(pattern.code(), pattern.lemma(), "", java.util.Set.of(), java.util.Set.of(),
        pattern.targets(), true, tree.lemma(verb) + "+obj:" + pattern.name(), pattern.line());
    if (sources.size() > 1 && noCodedActor(targets) && pattern.targets().contains("with")) {
      emitAmong(doc, tree, verb, named, sources, ModeClassifier.modality(tree, verb), published, out);
    } else {
      emit(doc, tree, verb, object, named, sources, targets, ModeClassifier.modality(tree, verb), published, out);
    }
    accuseFromSpeech(doc, tree, args, actors, verb, out.size(), published, out);
    return true;
  }

  /** A coded actor, or an uncoded one that is still clearly an actor: a role or a proper name. */
  private static boolean actorLike(ActorMention m) {
    return m.actor().code().isPresent() || m.how().equals("role-no-country") || m.how().equals("phrase-proper");
  }

  private static boolean noCodedActor(List<ActorMention> mentions) {
    return mentions.stream().noneMatch(m -> m.actor().code().isPresent());
  }

  /** "the attack on X by Y", "Japan's sanctions against Korea". */
  private void codeNoun(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int noun, EventDate published, List<Event> out) {
    List<VerbPattern> patterns = verbs.forNoun(tree.lemma(noun));
    if (patterns.isEmpty()) return;
    int governor = tree.head(noun);
    if (governor >= 0 && tree.relation(noun).equals("obj") && verbs.hasVerb(tree.lemma(governor))) return;
    VerbPattern pattern = patterns.get(0);
    List<Integer> agentTokens = new ArrayList<>(args.byPhrase(noun));
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) agentTokens.add(c);
    }
    List<ActorMention> sources = new ArrayList<>();
    for (int t : agentTokens) sources.addAll(actors.of(t));
    if (sources.isEmpty()) return;
    List<ActorMention> targets = new ArrayList<>();
    for (String slot : pattern.targets()) {
      int t = args.prepositional(noun, slot);
      if (t >= 0) targets.addAll(actors.of(t));
      if (!targets.isEmpty()) break;
    }
    Modality mode = governor >= 0 ? new Modality(ModeClassifier.of(tree, governor), false) : Modality.ASSERTED;
    emit(doc, tree, noun, -1, pattern, sources, targets, mode, published, out);
  }

  private List<ActorMention> targets(DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, int object, VerbPattern pattern, String text) {
    for (String slot : pattern.targets()) {
      List<Integer> tokens = new ArrayList<>(2);
      switch (slot) {
        case "obj" -> tokens.add(object);
        case "iobj" -> tokens.add(args.indirectObject(verb));
        default -> {
          tokens.add(args.prepositional(verb, slot));
          if (object >= 0) {
            int inObject = args.prepositional(object, slot);
            tokens.add(inObject);
            if (inObject < 0) {
              for (int c : tree.children(object)) {
                if (tree.relation(c).startsWith("nmod") && !tree.relation(c).equals("nmod:poss")) {
                  tokens.add(args.prepositional(c, slot));
                }
              }
            }
          }
        }
      }
      for (int t : tokens) {
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!found.isEmpty()) return found;
      }
    }
    if (!pattern.objects().isEmpty() && object >= 0) {
      List<ActorMention> owners = actors.owners(object);
      if (!owners.isEmpty()) return owners;
    }
    List<ActorMention> inComplement = complementTarget(tree, actors, args, verb);
    if (!inComplement.isEmpty()) return inComplement;
    for (String slot : pattern.targets()) {
      int t = switch (slot) {
        case "obj" -> object;
        case "iobj" -> args.indirectObject(verb);
        default -> args.prepositional(verb, slot);
      };
      if (t >= 0) return actors.ofOrPhrase(t, text);
    }
    return List.of();
  }

  /** "agreed to send troops to Uganda", "willing to withdraw its troops from East Germany". */
  private static List<ActorMention> complementTarget(DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb) {
    int clause = tree.firstChild(verb, "xcomp");
    for (int depth = 0; clause >= 0 && depth < 2; depth++) {
      List<Integer> slots = new ArrayList<>();
      slots.add(args.object(clause));
      slots.add(args.indirectObject(clause));
      for (String p : List.of("to", "with", "against", "on", "from", "in", "for", "into")) {
        slots.add(args.prepositional(clause, p));
      }
      int object = args.object(clause);
      if (object >= 0) {
        for (String p : List.of("to", "with", "against", "on", "from", "in", "for")) slots.add(args.prepositional(object, p));
      }
      for (int t : slots) {
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!noCodedActor(found)) return found;
      }
      clause = tree.firstChild(clause, "xcomp");
    }
    return List.of();
  }

  private static final Set<String> QUANTIFIERS = Set.of("some", "all", "many", "most", "part", "rest", "number",
      "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "several", "none", "both",
      "each", "one", "two", "three", "four", "five", "million", "millions", "group", "batch", "lot");

  private static boolean objectMatches(DependencyTree tree, int object, Set<String> lemmas) {
    if (lemmas.contains(tree.lemma(object))) return true;
    if (QUANTIFIERS.contains(tree.lemma(object)) || tree.token(object).pos().equals("CD")) {
      for (int c : tree.children(object)) {
        if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of") && lemmas.contains(tree.lemma(c))) {
          return true;
        }
      }
    }
    for (int c : tree.children(object, "conj")) {
      if (lemmas.contains(tree.lemma(c))) return true;
    }
    return false;
  }

  private static List<ActorMention> actorsOf(ActorIndex actors, List<Integer> tokens, String text) {
    List<ActorMention> out = new ArrayList<>();
    for (int t : tokens) out.addAll(actors.ofOrPhrase(t, text));
    return out;
  }

  private void emit(Document doc, DependencyTree tree, int predicate, int object, VerbPattern pattern,
      List<ActorMention> sources, List<ActorMention> targets, Modality modality, EventDate published,
      List<Event> out) {
    Optional<EventType> type = cameo.type(pattern.code());
    if (type.isEmpty()) return;
    Optional<EventType> verbal = Optional.empty();
    String verbalRule = "";
    if (modality.statedIntent() && modality.mode() == Mode.HYPOTHETICAL) {
      verbal = IntentCodes.intentTo(pattern.code()).flatMap(cameo::type);
      verbalRule = "+stated-intent";
    } else if (modality.statedIntent() && modality.mode() == Mode.NEGATED) {
      verbal = IntentCodes.refusalOf(pattern.code()).flatMap(cameo::type);
      verbalRule = "+stated-refusal";
    }
    for (ActorMention source : sources) {
      for (ActorMention target : targets) {
        if (!actorLike(source) && !actorLike(target)) continue;
        if (!actorLike(target) && !PHRASE_TARGET_ROOTS.contains(type.get().root())) continue;
        if (source.actor().code().isEmpty() && !actorLike(source)) continue;
        if (target.actor().code().isPresent() && target.actor().code().equals(source.actor().code())) continue;
        if (source.head() == target.head() || source.actor().span().overlaps(target.actor().span())) continue;
        Evidence evidence = Evidence.of(doc.text(), evidenceSpan(tree, predicate, object, source, target));
        int sentence = tree.sentence().index();
        out.add(new Event("pending", source.actor(), Optional.of(target.actor()), type.get(), modality.mode(),
            published, sentence, evidence, pattern.name()));
        if (verbal.isPresent()) {
          out.add(new Event("pending", source.actor(), Optional.of(target.actor()), verbal.get(), Mode.ASSERTED,
              published, sentence, evidence, pattern.name() + verbalRule));
        }
      }
    }
  }

  /** "The US, Russia and Switzerland met": one event for each pair of the coordinated actors. */
  private void emitAmong(Document doc, DependencyTree tree, int predicate, VerbPattern pattern,
      List<ActorMention> actors, Modality modality, EventDate published, List<Event> out) {
    for (ActorMention a : actors) {
      List<ActorMention> others = actors.stream().filter(b -> b != a).toList();
      emit(doc, tree, predicate, -1, pattern, List.of(a), others, modality, published, out);
    }
  }

  private static Span evidenceSpan(DependencyTree tree, int predicate, int object, ActorMention source,
      ActorMention target) {
    Sentence s = tree.sentence();
    Span span = s.token(predicate).span();
    if (object >= 0) {
      List<Integer> phrase = tree.subtree(object);
      int last = object;
      for (int t : phrase) {
        if (t > last && t - last <= 1 && !tree.relation(t).equals("punct")) last = t;
      }
      span = span.union(s.spanOf(object, last));
    }
    if (source.sentence() == s.index()) span = span.union(source.actor().span());
    if (target.sentence() == s.index()) span = span.union(target.actor().span());
    return span;
  }
}
