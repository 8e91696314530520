package parley.core.quote;

import static parley.core.quote.DeadlineSentence.CONDITIONS;
import static parley.core.quote.DeadlineSentence.FAILING;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * A demanded action due "by", "before", "until", "no later than" or "within" a time: under a verb of
 * demanding or threatening ("demanded that X V by", "threatened Y unless X V by"), with "must" or "has
 * until", or in a condition; "gave X until Friday to V"; "expects steps from X by" (X is the addressee).
 */
final class DemandedByTime {
  private static final Set<String> EXPECTING = Set.of("expect", "want", "demand", "seek", "need", "require",
      "request", "await");
  static final Set<String> DEMANDING = Set.of("demand", "ask", "urge", "call", "tell", "order", "insist",
      "want", "expect", "require", "press", "threaten", "warn", "give", "instruct", "direct", "request");
  private static final Set<String> COMMANDING = Set.of("order", "tell", "instruct", "direct", "urge", "ask",
      "press", "require");
  private static final Set<String> GIVING = Set.of("give", "grant", "allow");

  private final Document doc;
  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineSentence sentence;
  private final PassiveSetting passives;
  private final PassiveOrders orders;
  private final DemandedThing things;

  DemandedByTime(Document doc, Sentence s, List<TimeExpression> times, DeadlineSentence sentence, PassiveSetting passives) {
    this.doc = doc;
    this.s = s;
    this.times = times;
    this.sentence = sentence;
    this.passives = passives;
    this.orders = new PassiveOrders(s, sentence, passives);
    this.things = new DemandedThing(doc, s, times, sentence);
  }

  /** A demanded action due "by" a time, or what is expected "by" it. */
  Optional<FoundDeadline> byTime(TimeExpression t, int head, int verb) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    String prep = DeadlineParts.preposition(s, head);
    boolean by = Set.of("by", "before", "until", "till").contains(prep)
        || Set.of("by ", "before ", "until ").stream().anyMatch(lower::startsWith)
        || sentence.precededBy(t, "no later than");
    boolean within = prep.equals("within") || lower.startsWith("within ");
    if (!by && !within) return Optional.empty();
    Optional<String> due = within ? Optional.empty() : DeadlineParts.due(t);
    if (!within && !t.value().get().matches("\\d{4}.*")) return Optional.empty();
    Optional<FoundDeadline> thing = within ? Optional.empty() : things.find(t, head, verb);
    if (thing.isPresent()) return thing;
    String lemma = s.token(verb).lemma();
    Optional<ActorRef> setter;
    Optional<ActorRef> addressee;
    Optional<String> demand;
    Optional<String> set;
    boolean orderedNoun = false;
    // "will give them until the end of the month to withdraw": the infinitive may hang on the time
    Optional<Integer> given = sentence.infinitive(verb).or(() -> DeadlineParts.dependent(s, head, "acl", Set.of())
        .filter(a -> sentence.mark(a).equals("to")));
    if (GIVING.contains(lemma) && !within && given.isPresent()) {
      // "gave X until Friday to V"; "X was given until Friday (by Y) to V"
      boolean passive = passives.passive(verb);
      setter = passive ? passives.agent(verb) : sentence.giver(verb);
      addressee = (passive ? passives.passiveSubject(verb)
          : DeadlineParts.dependent(s, verb, "iobj", Set.of()).or(() -> DeadlineParts.dependent(s, verb, "obj", Set.of())))
          .map(sentence::actor);
      demand = given.map(sentence::demandOf);
      set = DeadlineParts.dateOf(s, verb, times, t.span()).or(() -> sentence.reportDate(t.span()));
    } else if (EXPECTING.contains(lemma) && DeadlineParts.dependent(s, verb, "obj", Set.of()).isPresent()) {
      int obj = DeadlineParts.dependent(s, verb, "obj", Set.of()).get();
      setter = sentence.subject(verb);
      addressee = DeadlineParts.dependent(s, verb, "obl", Set.of("from", "of"))
          .or(() -> DeadlineParts.dependent(s, obj, "nmod", Set.of("from", "of")))
          .or(() -> DeadlineParts.dependent(s, verb, "iobj", Set.of()))
          .filter(sentence::isActorAt)
          .map(sentence::actor);
      // "is expecting sales of $27 billion by 1995" expects from nobody: a forecast
      if (addressee.isEmpty()) return Optional.empty();
      demand = Optional.of(doc.slice(DeadlineParts.subtree(s, obj, Set.of("det", "amod", "compound", "nummod"))));
      set = DeadlineParts.dateOf(s, verb, times, t.span()).or(() -> sentence.reportDate(t.span()));
    } else {
      int action = verb;
      OptionalInt asker = asker(action);
      boolean must = hasAux(action, Set.of("must", "should")) || hasToOf(action)
          || prep.equals("until") && hasUntil(action, t);
      Optional<Integer> untilTo = prep.equals("until") ? untilInfinitive(action, t, head) : Optional.empty();
      must |= untilTo.isPresent();
      boolean condition = condition(action).isPresent();
      if (asker.isEmpty() && !must && !condition) return Optional.empty();
      // "all sales must be registered by September 30, the department said": a rule for things, no one's deadline
      // ("the contractors have until April 16 to comment": someone who has until then to act)
      boolean hasUntilTo = untilTo.isPresent() || prep.equals("until") && hasUntil(action, t);
      Optional<Integer> holder = DeadlineParts.dependent(s, action, "nsubj", Set.of());
      if (asker.isEmpty() && !condition && !holder.map(sentence::isActorAt).orElse(false)
          && !(hasUntilTo && holder.filter(i -> s.token(i).isNoun()).isPresent())) {
        return Optional.empty();
      }
      // "ordered the schools closed until Friday", "urged them to stay until June": "until" says how
      // long a state lasts, not when an act falls due (except "has until Friday to V")
      if (Set.of("until", "till").contains(prep) && !hasUntil(action, t) && untilTo.isEmpty()) return Optional.empty();
      // "gave Lebanon until Sunday to disarm" parsed with "Sunday" as the subject: a time is nobody
      addressee = sentence.doer(action).filter(a -> times.stream().noneMatch(x -> x.span().overlaps(a.span())))
          .or(() -> failingSubject(action, asker));
      // "the department has until midnight to set the duty": who has until then must act, known actor or not
      Optional<ActorRef> doer = addressee;
      orderedNoun = asker.isEmpty() && hasUntilTo
          && holder.filter(i -> s.token(i).isNoun() && doer.filter(a -> a.span().contains(s.token(i).span())).isPresent())
              .isPresent();
      demand = Optional.of(sentence.demandOf(untilTo.orElse(action)));
      if (asker.isPresent()) {
        int a = asker.getAsInt();
        boolean passiveOrder = passives.passive(a) && orders.orders(a, "xcomp");
        setter = passiveOrder ? orders.orderer(a, action) : sentence.subject(a);
        if (passiveOrder) addressee = orders.ordered(a);
        if (passiveOrder && addressee.isEmpty() && !PassiveTheme.of(s, action)) {
          // "the plant was ordered to close by Friday": the one ordered must meet it, known actor or not
          Optional<Integer> ordered = passives.passiveSubject(a).filter(i -> s.token(i).isNoun());
          addressee = ordered.map(sentence::actor);
          orderedNoun = ordered.isPresent();
        }
        if (addressee.isEmpty() && !PassiveTheme.of(s, action)) addressee = DeadlineParts.dependent(s, a, "obj", Set.of()).map(sentence::actor);
        set = DeadlineParts.dateOf(s, a, times, t.span()).or(() -> sentence.reportDate(t.span()));
      } else {
        OptionalInt speaker = speaker(action);
        setter = speaker.isPresent() ? sentence.subject(speaker.getAsInt()) : Optional.empty();
        set = speaker.isPresent() ? DeadlineParts.dateOf(s, speaker.getAsInt(), times, t.span()) : sentence.reportDate(t.span());
      }
    }
    due = within ? sentence.plusPeriod(t, set) : DueAfterSetting.due(due, t, set, doc.published().map(Object::toString));
    FoundDeadline found = new FoundDeadline(setter, addressee, demand, due, set, setter.isPresent(), false, sentence.evidence());
    return Optional.of(orderedNoun ? found.asRecipient() : found);
  }

  /** The verb of demanding, threatening or giving above a demanded action. */
  OptionalInt asker(int action) {
    int current = action;
    boolean conditioned = false;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return OptionalInt.empty();
      String rel = up.get().baseRelation();
      // "threatened to strike unless the company raises wages by July 1": who threatens sets it
      if (conditioned && rel.equals("xcomp") && ConditionalDeadlines.THREATENING.contains(s.token(up.get().governor()).lemma())
          && s.token(up.get().governor()).isVerb() && !passives.passive(up.get().governor())) {
        return OptionalInt.of(up.get().governor());
      }
      conditioned |= rel.equals("advcl") && CONDITIONS.contains(sentence.mark(current)) && sentence.unmet(current);
      if (rel.equals("conj") && s.token(up.get().governor()).isVerb() && s.token(current).isVerb()) {
        // "ordered X to make releases and to complete the process by January": the second infinitive
        // too, whether parsed as a conjunct of the first or of the verb of command itself
        int g = up.get().governor();
        if (sentence.mark(current).equals("to") && DEMANDING.contains(s.token(g).lemma()) && asksAnother(g, "xcomp")) {
          return OptionalInt.of(g);
        }
        current = g;
        continue;
      }
      OptionalInt continued = ConcludingParticiple.continued(s, current, up.get());
      if (continued.isPresent()) {
        // "was ordered to make four releases, concluding the process by Feb. 29": the participle goes on the order
        current = continued.getAsInt();
        continue;
      }
      if (!Set.of("ccomp", "xcomp", "advcl", "acl").contains(rel)) return OptionalInt.empty();
      int g = up.get().governor();
      // "Asked if the ministry considered ...": a met "if" asks a question or states a condition, no demand
      if (rel.equals("advcl") && CONDITIONS.contains(sentence.mark(current)) && !sentence.unmet(current)) return OptionalInt.empty();
      // "told reporters the company planned to V by 1992": "tell" with a clause reports; it orders only
      // with an infinitive ("told X to V"), and "told X that they must V" is a demand by its "must"
      if (s.token(g).lemma().equals("tell") && !rel.equals("xcomp")) return OptionalInt.empty();
      // "told reporters the company planned to V" misparsed with "to V" on "told": the finite verb between
      // them, hung on the same verb, owns the infinitive
      if (rel.equals("xcomp") && finiteBetween(g, current)) return OptionalInt.empty();
      if (DEMANDING.contains(s.token(g).lemma()) && s.token(g).isVerb() && asksAnother(g, rel)) return OptionalInt.of(g);
      if (orders.orders(g, rel) && passives.passive(g)) return OptionalInt.of(g);
      if (!FAILING.contains(s.token(g).lemma()) && !rel.equals("xcomp")) {
        // "threatened Y if X does not V by": an unmet condition; "Asked if the company considered ..." asks a question
        if (!(rel.equals("advcl") && CONDITIONS.contains(sentence.mark(current)))) return OptionalInt.empty();
      }
      current = g;
    }
    return OptionalInt.empty();
  }

  /** A finite verb after {@code verb} and before {@code action} that hangs on {@code verb} itself. */
  private boolean finiteBetween(int verb, int action) {
    for (int k = verb + 1; k < action; k++) {
      if (Set.of("VBD", "VBZ", "VBP").contains(s.token(k).pos()) && s.head(k).map(Arc::governor).orElse(-1) == verb) return true;
    }
    return false;
  }

  /** The verb of saying whose complement the action is: "X must V by June, Y said". */
  private OptionalInt speaker(int action) {
    Optional<Arc> up = s.head(action);
    if (up.isEmpty() || up.get().governor() < 0 || !Set.of("ccomp", "parataxis").contains(up.get().baseRelation())) {
      return OptionalInt.empty();
    }
    int g = up.get().governor();
    return SpeechVerbs.LEMMAS.contains(s.token(g).lemma()) ? OptionalInt.of(g) : OptionalInt.empty();
  }

  /** The condition the action is in ("if X fails to V by", "unless X V by"), as its clause head. */
  private OptionalInt condition(int action) {
    int current = action;
    for (int steps = 0; steps < 3; steps++) {
      if (CONDITIONS.contains(sentence.mark(current)) && sentence.unmet(current)) return OptionalInt.of(current);
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("xcomp")) break;
      current = up.get().governor();
    }
    return OptionalInt.empty();
  }

  /** "if X fails to V": X; not the subject of the asker ("the U.S. wants Japan to V": Japan is asked). */
  private Optional<ActorRef> failingSubject(int action, OptionalInt asker) {
    Optional<Arc> up = s.head(action);
    if (up.isPresent() && up.get().governor() >= 0 && up.get().baseRelation().equals("xcomp")
        && (asker.isEmpty() || asker.getAsInt() != up.get().governor())) {
      return sentence.subject(up.get().governor());
    }
    return Optional.empty();
  }

  /**
   * "has to withdraw by Friday", "have to leave": "have" with "to" is an obligation; "had recovered by
   * February" is only a perfect.
   */
  private boolean hasToOf(int verb) {
    int have = auxIndex(verb, "have");
    if (have < 0) return false;
    for (Arc arc : s.dependents(verb)) {
      // "has to withdraw", not the perfect infinitive "appears to have positioned"
      if (arc.baseRelation().equals("mark") && s.token(arc.dependent()).lower().equals("to") && arc.dependent() > have) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X has until Friday to V": "have", then the time, then the infinitive; "has postponed until March
   * 10 its meeting" is only a perfect.
   */
  private boolean hasUntil(int verb, TimeExpression t) {
    int have = auxIndex(verb, "have");
    if (have < 0 || s.token(have).span().end() > t.span().start() || s.token(verb).span().start() < t.span().end()) {
      return false;
    }
    return sentence.mark(verb).equals("to");
  }

  /** "Iraq has until January 15 to get out": "have" itself the verb, the time, then "to V" on either. */
  private Optional<Integer> untilInfinitive(int verb, TimeExpression t, int head) {
    if (!s.token(verb).lemma().equals("have") || s.token(verb).span().end() > t.span().start()) return Optional.empty();
    for (int g : List.of(verb, head)) {
      for (Arc arc : s.dependents(g)) {
        if (Set.of("ccomp", "xcomp", "advcl", "acl", "dep").contains(arc.baseRelation()) && arc.dependent() > head
            && sentence.mark(arc.dependent()).equals("to")) {
          return Optional.of(arc.dependent());
        }
      }
    }
    return Optional.empty();
  }

  private int auxIndex(int verb, String lemma) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("aux") && (s.token(arc.dependent()).lemma().equals(lemma))) return arc.dependent();
    }
    return -1;
  }

  /**
   * A verb of demanding asks another actor only when it is active and, with an infinitive, names whom
   * it asks: "urged Iran to leave by Friday" does, "expects to complete the merger by May" (its own
   * plan) and "is expected to open by June" (a forecast) do not.
   */
  private boolean asksAnother(int verb, String relation) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("aux:pass") || arc.relation().equals("nsubj:pass")) return false;
    }
    if (!relation.equals("xcomp")) return true;
    // "said he expected the French government to decide by April" foretells another's act: a
    // forecast (a demand on another is "expects steps from X by", read as expecting from X)
    if (s.token(verb).lemma().equals("expect")) return false;
    Optional<Integer> asked = DeadlineParts.dependent(s, verb, "obj", Set.of())
        .or(() -> DeadlineParts.dependent(s, verb, "iobj", Set.of()));
    if (asked.isEmpty()) return false;
    // "ordered the department to release the emails by January": a verb of command asks its object
    // to act, whoever it is; "wants the firms to be made members" may only wish it
    // ("ordered the offices closed until Wednesday" orders a state for a while: no infinitive, no deadline)
    boolean infinitive = s.dependents(verb).stream()
        .anyMatch(a -> Set.of("xcomp", "conj").contains(a.baseRelation()) && sentence.mark(a.dependent()).equals("to"));
    if (COMMANDING.contains(s.token(verb).lemma()) && infinitive && (s.token(asked.get()).isNoun()
        || s.token(asked.get()).pos().startsWith("PRP"))) {
      return true;
    }
    return doc.actorsIn(s.index()).stream().anyMatch(a -> a.covers(asked.get()));
  }

  private boolean hasAux(int verb, Set<String> lemmas) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("aux") && (lemmas.contains(s.token(arc.dependent()).lemma())
          || lemmas.contains(s.token(arc.dependent()).lower()))) {
        return true;
      }
    }
    return false;
  }
}
