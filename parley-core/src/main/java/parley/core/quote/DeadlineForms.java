package parley.core.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Evidence;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.ClauseLocator;

/**
 * The forms of a deadline in one parsed sentence:
 * <ul>
 *   <li>a "deadline"/"ultimatum" noun: "gave X a June deadline to V", "set a deadline of June 1 for X
 *       to V", "issued an ultimatum to X to V within three days", "the deadline expires on Friday",
 *       "a year-end deadline" (the end of the year it was set);</li>
 *   <li>a demanded action due "by"/"before"/"until"/"no later than"/"within" a time: under a verb of
 *       demanding or threatening ("demanded that X V by", "threatened Y unless X V by"), with "must",
 *       "has until", or in a condition; "expects/wants steps from X by" (X is the addressee);</li>
 *   <li>"gave X N days to V" (due: the setting date plus N days);</li>
 *   <li>a condition with a dated consequence: "Y will take effect in November if X fails to V";</li>
 *   <li>an undated threat "threatened Y if X does not V", for a later sentence to date.</li>
 * </ul>
 * The setter is the subject of the verb that sets, demands or threatens; the addressee the one
 * given the deadline or asked to act; set the date of the setting clause, if the text gives one.
 */
final class DeadlineForms {
  private static final Set<String> NOUNS = Set.of("deadline", "ultimatum");
  private static final Set<String> SETTING = Set.of("give", "set", "issue", "impose", "deliver", "present",
      "send", "announce", "fix", "lay", "extend", "grant", "hand");
  private static final Set<String> LAPSING = Set.of("expire", "pass", "run", "fall", "approach", "loom", "end",
      "lapse", "near");
  private static final Set<String> EXPECTING = Set.of("expect", "want", "demand", "seek", "need", "require",
      "request", "await");
  private static final Set<String> DEMANDING = Set.of("demand", "ask", "urge", "call", "tell", "order", "insist",
      "want", "expect", "require", "press", "threaten", "warn", "give", "instruct", "direct", "request");
  private static final Set<String> GIVING = Set.of("give", "grant", "allow");
  private static final Set<String> THREATENING = Set.of("threaten", "warn");
  private static final Set<String> FAILING = Set.of("fail", "refuse", "decline", "neglect");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  private static final Pattern PERIOD = Pattern.compile("P(\\d+)([DWMY])");
  private static final Pattern YEAR_END = Pattern.compile("(?i)year[- ]end|end of (the|this) year");

  private final Document doc;
  private final Sentence s;
  private final List<TimeExpression> times;

  DeadlineForms(Document doc, Sentence s, List<TimeExpression> times) {
    this.doc = doc;
    this.s = s;
    this.times = times;
  }

  List<FoundDeadline> find() {
    List<FoundDeadline> out = new ArrayList<>();
    Set<Integer> used = new java.util.HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).isNoun() && NOUNS.contains(s.token(i).lemma())) {
        out.add(fromNoun(i));
        used.add(clause(i));
      }
    }
    for (TimeExpression t : times) {
      OptionalInt head = ClauseLocator.head(s, t.span());
      if (head.isEmpty() || t.value().isEmpty()) continue;
      int verb = clause(head.getAsInt());
      if (verb < 0 || used.contains(verb)) continue;
      Optional<FoundDeadline> d = byTime(t, head.getAsInt(), verb)
          .or(() -> givenPeriod(t, head.getAsInt()))
          .or(() -> consequence(t, head.getAsInt(), verb));
      if (d.isPresent()) {
        out.add(d.get());
        used.add(verb);
        asker(verb).ifPresent(used::add);
        for (int v = verb; s.head(v).isPresent() && s.head(v).get().governor() >= 0; v = s.head(v).get().governor()) {
          used.add(s.head(v).get().governor());
        }
      }
    }
    for (int i = 0; i < s.size(); i++) {
      if (THREATENING.contains(s.token(i).lemma()) && s.token(i).isVerb() && !used.contains(i)) {
        threat(i).ifPresent(out::add);
      }
    }
    return out;
  }

  /** "gave X a year-end deadline to V"; "set a deadline of June 1 for X to V"; "the deadline expires on". */
  private FoundDeadline fromNoun(int noun) {
    Optional<TimeExpression> dueTime = Optional.empty();
    Optional<Arc> up = s.head(noun);
    int governor = up.map(Arc::governor).orElse(-1);
    int settingVerb = settingVerb(noun, up);
    boolean lapsing = governor >= 0 && up.get().baseRelation().equals("nsubj")
        && LAPSING.contains(s.token(governor).lemma());
    for (TimeExpression t : times) {
      if (t.value().isEmpty()) continue;
      OptionalInt head = ClauseLocator.head(s, t.span());
      int attachedTo = head.isPresent() ? s.head(head.getAsInt()).map(Arc::governor).orElse(-2) : -2;
      boolean before = t.span().end() <= s.token(noun).span().start()
          && s.token(noun).span().start() - t.span().end() <= 30 && within(t.span(), phrase(noun));
      if (attachedTo == noun || before || lapsing && attachedTo == governor) dueTime = Optional.of(t);
    }
    if (dueTime.isEmpty() && settingVerb >= 0) {
      // "extended its deadline until November 26", "moved the deadline to Friday"
      for (TimeExpression t : times) {
        OptionalInt head = ClauseLocator.head(s, t.span());
        if (t.value().isEmpty() || head.isEmpty()) continue;
        boolean onVerb = s.head(head.getAsInt()).map(Arc::governor).orElse(-2) == settingVerb;
        if (onVerb && Set.of("until", "till", "to").contains(DeadlineParts.preposition(s, head.getAsInt()))) {
          dueTime = Optional.of(t);
        }
      }
    }
    boolean setting = settingVerb >= 0;
    Optional<ActorRef> setter = Optional.empty();
    Optional<ActorRef> addressee = Optional.empty();
    Optional<String> set = Optional.empty();
    Optional<Integer> action = DeadlineParts.dependent(s, noun, "acl", Set.of()).filter(a -> a != settingVerb);
    Optional<String> demand = action.map(this::demandOf);
    if (setting) {
      int verb = settingVerb;
      if (passive(verb)) {
        // "X was given a deadline (by Y)", "a deadline was set for X", "a deadline set by Y for X"
        setter = agent(verb);
        addressee = passiveSubject(verb).filter(i -> i != noun)
            .or(() -> DeadlineParts.dependent(s, verb, "obl", Set.of("to", "for")))
            .map(this::actor);
      } else {
        setter = subject(verb);
        addressee = DeadlineParts.dependent(s, verb, "iobj", Set.of())
            .or(() -> DeadlineParts.dependent(s, verb, "obl", Set.of("to", "for")))
            .map(this::actor);
      }
      Span exclude = dueTime.map(TimeExpression::span).orElse(s.token(noun).span());
      set = DeadlineParts.dateOf(s, verb, times, exclude).or(() -> reportDate(exclude));
      if (demand.isEmpty()) demand = infinitive(verb).map(this::demandOf);
    } else {
      setter = possessor(noun);
    }
    if (addressee.isEmpty()) {
      addressee = DeadlineParts.dependent(s, noun, "nmod", Set.of("for", "to", "on")).map(this::actor);
    }
    if (addressee.isEmpty() || addressee.get().code().isEmpty()) {
      Optional<ActorRef> doer = action.flatMap(this::subject);
      if (doer.isPresent()) addressee = doer;
    }
    Optional<String> due = dueTime.flatMap(DeadlineParts::due);
    if (due.isEmpty()) due = period(noun, set);
    due = yearEnd(dueTime, due, set);
    return new FoundDeadline(setter, addressee, demand, due, set, setting, false, evidence());
  }

  /** A demanded action due "by" a time, or what is expected "by" it. */
  private Optional<FoundDeadline> byTime(TimeExpression t, int head, int verb) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    String prep = DeadlineParts.preposition(s, head);
    boolean by = Set.of("by", "before", "until", "till").contains(prep)
        || Set.of("by ", "before ", "until ").stream().anyMatch(lower::startsWith)
        || precededBy(t, "no later than");
    boolean within = prep.equals("within") || lower.startsWith("within ");
    if (!by && !within) return Optional.empty();
    Optional<String> due = within ? Optional.empty() : DeadlineParts.due(t);
    if (!within && !t.value().get().matches("\\d{4}.*")) return Optional.empty();
    String lemma = s.token(verb).lemma();
    Optional<ActorRef> setter;
    Optional<ActorRef> addressee;
    Optional<String> demand;
    Optional<String> set;
    if (GIVING.contains(lemma) && !within && infinitive(verb).isPresent()) {
      // "gave X until Friday to V"; "X was given until Friday (by Y) to V"
      boolean passive = passive(verb);
      setter = passive ? agent(verb) : subject(verb);
      addressee = (passive ? passiveSubject(verb)
          : DeadlineParts.dependent(s, verb, "iobj", Set.of()).or(() -> DeadlineParts.dependent(s, verb, "obj", Set.of())))
          .map(this::actor);
      demand = infinitive(verb).map(this::demandOf);
      set = DeadlineParts.dateOf(s, verb, times, t.span()).or(() -> reportDate(t.span()));
    } else if (EXPECTING.contains(lemma) && DeadlineParts.dependent(s, verb, "obj", Set.of()).isPresent()) {
      int obj = DeadlineParts.dependent(s, verb, "obj", Set.of()).get();
      setter = subject(verb);
      addressee = DeadlineParts.dependent(s, verb, "obl", Set.of("from", "of"))
          .or(() -> DeadlineParts.dependent(s, obj, "nmod", Set.of("from", "of")))
          .or(() -> DeadlineParts.dependent(s, verb, "iobj", Set.of()))
          .filter(this::isActorAt)
          .map(this::actor);
      // "is expecting sales of $27 billion by 1995" expects from nobody: a forecast
      if (addressee.isEmpty()) return Optional.empty();
      demand = Optional.of(doc.slice(DeadlineParts.subtree(s, obj, Set.of("det", "amod", "compound", "nummod"))));
      set = DeadlineParts.dateOf(s, verb, times, t.span()).or(() -> reportDate(t.span()));
    } else {
      int action = verb;
      OptionalInt asker = asker(action);
      boolean must = hasAux(action, Set.of("must", "should")) || hasToOf(action)
          || prep.equals("until") && hasUntil(action, t);
      boolean condition = condition(action).isPresent();
      if (asker.isEmpty() && !must && !condition) return Optional.empty();
      addressee = subject(action).or(() -> failingSubject(action, asker));
      demand = Optional.of(demandOf(action));
      if (asker.isPresent()) {
        int a = asker.getAsInt();
        setter = subject(a);
        if (addressee.isEmpty()) addressee = DeadlineParts.dependent(s, a, "obj", Set.of()).map(this::actor);
        set = DeadlineParts.dateOf(s, a, times, t.span()).or(() -> reportDate(t.span()));
      } else {
        OptionalInt speaker = speaker(action);
        setter = speaker.isPresent() ? subject(speaker.getAsInt()) : Optional.empty();
        set = speaker.isPresent() ? DeadlineParts.dateOf(s, speaker.getAsInt(), times, t.span()) : reportDate(t.span());
      }
    }
    if (within) due = plusPeriod(t, set);
    return Optional.of(new FoundDeadline(setter, addressee, demand, due, set, setter.isPresent(), false, evidence()));
  }

  /** "gave Greece 30 days to withdraw": due is the setting date plus the period. */
  private Optional<FoundDeadline> givenPeriod(TimeExpression t, int head) {
    if (!PERIOD.matcher(t.value().get()).matches()) return Optional.empty();
    Optional<Arc> arc = s.head(head);
    if (arc.isEmpty() || arc.get().governor() < 0 || !Set.of("obj", "iobj").contains(arc.get().baseRelation())) {
      return Optional.empty();
    }
    int verb = arc.get().governor();
    if (!Set.of("give", "grant", "allow").contains(s.token(verb).lemma())) return Optional.empty();
    Optional<Integer> to = infinitive(verb);
    if (to.isEmpty()) return Optional.empty();
    Optional<String> set = DeadlineParts.dateOf(s, verb, times, t.span()).or(() -> reportDate(t.span()));
    if (passive(verb)) {
      // "X was given 30 days (by Y) to V"
      return Optional.of(new FoundDeadline(agent(verb), passiveSubject(verb).map(this::actor), to.map(this::demandOf),
          plusPeriod(t, set), set, true, false, evidence()));
    }
    Optional<ActorRef> addressee = DeadlineParts.dependent(s, verb, "iobj", Set.of())
        .filter(i -> i != head).map(this::actor);
    return Optional.of(new FoundDeadline(subject(verb), addressee, to.map(this::demandOf),
        plusPeriod(t, set), set, true, false, evidence()));
  }

  /** "the sanctions will take effect in November if Sudan fails to extradite the men". */
  private Optional<FoundDeadline> consequence(TimeExpression t, int head, int verb) {
    if (!t.value().get().matches("\\d{4}.*") || s.token(head).isVerb()) return Optional.empty();
    // "should copy Brazil's action last week if ...": a consequence lies ahead of the report, not behind it
    if (doc.published().isPresent() && DeadlineParts.due(t).map(DeadlineParts::lastDay)
        .filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).map(java.time.LocalDate::parse)
        .filter(d -> d.isBefore(doc.published().get())).isPresent()) {
      return Optional.empty();
    }
    if (DEMANDING.contains(s.token(verb).lemma())) return Optional.empty();
    Optional<Arc> attached = s.head(head);
    if (attached.isEmpty() || attached.get().governor() != verb
        || !Set.of("obl", "obl:tmod", "nmod:tmod", "advmod").contains(attached.get().relation())) {
      return Optional.empty();
    }
    for (Arc arc : s.dependents(verb)) {
      if (!arc.baseRelation().equals("advcl")) continue;
      int cond = arc.dependent();
      if (!CONDITIONS.contains(mark(cond)) || !unmet(cond)) continue;
      Optional<ActorRef> setter = subject(verb).filter(a -> a.code().isPresent());
      Optional<Integer> action = DeadlineParts.dependent(s, cond, "xcomp", Set.of());
      return Optional.of(new FoundDeadline(setter, subject(cond), Optional.of(demandOf(action.orElse(cond))),
          DeadlineParts.due(t), Optional.empty(), setter.isPresent(), false, evidence()));
    }
    return Optional.empty();
  }

  /** "threatened a ban on flights if Khartoum does not hand over the men": to be dated later. */
  private Optional<FoundDeadline> threat(int verb) {
    List<Arc> conditions = new ArrayList<>(s.dependents(verb));
    Optional<Arc> up = s.head(verb);
    if (up.isPresent() && up.get().baseRelation().equals("acl")) {
      // "backed the resolution threatening a ban if ...": the condition may hang on the verb above
      s.head(up.get().governor()).filter(a -> a.governor() >= 0)
          .ifPresent(a -> conditions.addAll(s.dependents(a.governor())));
    }
    for (Arc arc : conditions) {
      if (!arc.baseRelation().equals("advcl")) continue;
      int cond = arc.dependent();
      if (!CONDITIONS.contains(mark(cond)) || !unmet(cond)) continue;
      Optional<ActorRef> setter = subject(verb);
      Optional<String> set = DeadlineParts.dateOf(s, verb, times, new Span(0, 0));
      return Optional.of(new FoundDeadline(setter, subject(cond), Optional.of(demandOf(cond)), Optional.empty(),
          set, true, true, evidence()));
    }
    return Optional.empty();
  }

  /** "if X does not V", "unless X V", "if X fails to V". */
  private boolean unmet(int cond) {
    if (mark(cond).equals("unless") || FAILING.contains(s.token(cond).lemma())) return true;
    for (Arc arc : s.dependents(cond)) {
      if (Set.of("not", "n't", "never").contains(s.token(arc.dependent()).lower())) return true;
    }
    return false;
  }

  private String mark(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("mark")) return s.token(arc.dependent()).lower();
    }
    return "";
  }

  /** The verb of demanding, threatening or giving above a demanded action. */
  private OptionalInt asker(int action) {
    int current = action;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return OptionalInt.empty();
      String rel = up.get().baseRelation();
      if (!Set.of("ccomp", "xcomp", "advcl", "acl").contains(rel)) return OptionalInt.empty();
      int g = up.get().governor();
      // "Asked if the ministry considered ...": a met "if" asks a question or states a condition, no demand
      if (rel.equals("advcl") && CONDITIONS.contains(mark(current)) && !unmet(current)) return OptionalInt.empty();
      if (DEMANDING.contains(s.token(g).lemma()) && s.token(g).isVerb() && asksAnother(g, rel)) return OptionalInt.of(g);
      if (!FAILING.contains(s.token(g).lemma()) && !rel.equals("xcomp")) {
        // "threatened Y if X does not V by": an unmet condition; "Asked if the company considered ..." asks a question
        if (!(rel.equals("advcl") && CONDITIONS.contains(mark(current)))) return OptionalInt.empty();
      }
      current = g;
    }
    return OptionalInt.empty();
  }

  /**
   * The date of the report the sentence is ("a diplomat said on Friday, adding that Pyongyang
   * expects ..."): a date attached to a verb of saying; the demand was made by then.
   */
  private Optional<String> reportDate(Span exclude) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.token(i).isVerb() || !SpeechVerbs.LEMMAS.contains(s.token(i).lemma())) continue;
      for (TimeExpression t : times) {
        if (t.span().overlaps(exclude) || t.value().isEmpty() || !t.value().get().matches("\\d{4}.*")) continue;
        OptionalInt head = ClauseLocator.head(s, t.span());
        if (head.isEmpty()) continue;
        int at = head.getAsInt();
        Optional<Arc> arc = s.head(at);
        if (arc.isPresent() && arc.get().governor() == i
            && Set.of("obl", "obl:tmod", "nmod:tmod", "advmod").contains(arc.get().relation())) {
          return t.value();
        }
      }
    }
    return Optional.empty();
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
      if (CONDITIONS.contains(mark(current)) && unmet(current)) return OptionalInt.of(current);
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
      return subject(up.get().governor());
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
    return mark(verb).equals("to");
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
    Optional<Integer> asked = DeadlineParts.dependent(s, verb, "obj", Set.of())
        .or(() -> DeadlineParts.dependent(s, verb, "iobj", Set.of()));
    return asked.isPresent() && doc.actorsIn(s.index()).stream().anyMatch(a -> a.covers(asked.get()));
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

  /** "to V" under a verb: the demand of "gave X a deadline to V" when parsed as the verb's (also as "dep"). */
  private Optional<Integer> infinitive(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (Set.of("advcl", "xcomp", "dep").contains(arc.baseRelation()) && mark(arc.dependent()).equals("to")) {
        return Optional.of(arc.dependent());
      }
    }
    return Optional.empty();
  }

  private String demandOf(int verb) {
    return doc.slice(DeadlineParts.subtree(s, verb, Set.of("mark", "obj", "det", "amod", "compound",
        "compound:prt", "nmod", "nmod:poss", "case", "nummod", "iobj", "xcomp")));
  }

  /**
   * The verb that sets the deadline noun: "gave X a deadline" (the noun its object), "a deadline was
   * set" (its passive subject), "a deadline set by Y" (a participle on the noun); -1 when none.
   */
  private int settingVerb(int noun, Optional<Arc> up) {
    if (up.isPresent() && up.get().governor() >= 0 && SETTING.contains(s.token(up.get().governor()).lemma())
        && (up.get().baseRelation().equals("obj") || up.get().relation().equals("nsubj:pass"))) {
      return up.get().governor();
    }
    for (Arc arc : s.dependents(noun)) {
      int d = arc.dependent();
      if (arc.baseRelation().equals("acl") && SETTING.contains(s.token(d).lemma()) && s.token(d).pos().equals("VBN")) {
        return d;
      }
    }
    return -1;
  }

  /** A passive verb ("was given", "set by"): the one who sets is in its by-phrase, not its subject. */
  private boolean passive(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass") || arc.relation().equals("aux:pass") || arc.relation().equals("obl:agent")) {
        return true;
      }
    }
    Optional<Arc> up = s.head(verb);
    return s.token(verb).pos().equals("VBN") && up.isPresent() && up.get().baseRelation().equals("acl");
  }

  private Optional<Integer> passiveSubject(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass")) return Optional.of(arc.dependent());
    }
    return Optional.empty();
  }

  /** The by-phrase of a passive verb: "set by the council". */
  private Optional<ActorRef> agent(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("obl:agent")
          || arc.baseRelation().equals("obl") && DeadlineParts.preposition(s, arc.dependent()).equals("by")
          && !isTime(arc.dependent())) {
        return Optional.of(actor(arc.dependent()));
      }
    }
    return Optional.empty();
  }

  /** A token inside one of the sentence's time expressions ("by Friday" is no agent). */
  private boolean isTime(int token) {
    Span at = s.token(token).span();
    return times.stream().anyMatch(t -> t.span().contains(at));
  }

  private Optional<ActorRef> subject(int verb) {
    Optional<Integer> subj = DeadlineParts.dependent(s, verb, "nsubj", Set.of());
    if (subj.isPresent()) return subj.map(this::actor);
    Optional<Arc> up = s.head(verb);
    if (up.isPresent() && up.get().governor() >= 0 && up.get().baseRelation().equals("acl")) {
      return possessor(up.get().governor());
    }
    return Optional.empty();
  }

  /** An actor inside a noun's phrase: "North Korea's deadline", "the Security Council resolution". */
  private Optional<ActorRef> possessor(int noun) {
    Span phrase = DeadlineParts.subtree(s, noun, Set.of("nmod:poss", "amod", "compound", "flat", "case"));
    for (ActorMention a : doc.actorsIn(s.index())) {
      if (phrase.contains(a.actor().span()) && a.actor().code().isPresent()) return Optional.of(a.actor());
    }
    return Optional.empty();
  }

  private boolean isActorAt(int token) {
    return doc.actorsIn(s.index()).stream().anyMatch(a -> a.covers(token));
  }

  private ActorRef actor(int token) {
    return DeadlineParts.actor(doc, s, token);
  }

  private Span phrase(int noun) {
    return DeadlineParts.subtree(s, noun, Set.of("det", "amod", "compound", "nmod:poss", "case", "punct", "nummod"));
  }

  private static boolean within(Span inner, Span outer) {
    return inner.start() >= outer.start() - 1 && inner.end() <= outer.end();
  }

  private int clause(int token) {
    OptionalInt c = ClauseLocator.clauseOf(s, token);
    return c.isPresent() ? c.getAsInt() : -1;
  }

  /** "an ultimatum to V within three days": due is the setting date plus the period. */
  private Optional<String> period(int noun, Optional<String> set) {
    for (TimeExpression t : times) {
      if (t.value().isPresent() && PERIOD.matcher(t.value().get()).matches()
          && t.span().start() > s.token(noun).span().start()
          && t.text().toLowerCase(Locale.ROOT).startsWith("within")
          || t.value().isPresent() && PERIOD.matcher(t.value().get()).matches()
          && t.span().start() > s.token(noun).span().start() && precededBy(t, "within")) {
        return plusPeriod(t, set);
      }
    }
    return Optional.empty();
  }

  private Optional<String> plusPeriod(TimeExpression t, Optional<String> set) {
    Matcher m = PERIOD.matcher(t.value().orElse(""));
    if (!m.matches()) return Optional.empty();
    Optional<LocalDate> from = set.filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}")).map(LocalDate::parse)
        .or(doc::published);
    int n = Integer.parseInt(m.group(1));
    return from.map(d -> switch (m.group(2)) {
      case "D" -> d.plusDays(n);
      case "W" -> d.plusWeeks(n);
      case "M" -> d.plusMonths(n);
      default -> d.plusYears(n);
    }).map(LocalDate::toString);
  }

  /** "In May 2018 ... gave a year-end deadline": the end of the year it was set. */
  private static Optional<String> yearEnd(Optional<TimeExpression> time, Optional<String> due, Optional<String> set) {
    if (time.isEmpty() || set.isEmpty() || !set.get().matches("\\d{4}.*")) return due;
    if (!YEAR_END.matcher(time.get().text()).find()) return due;
    return Optional.of(set.get().substring(0, 4) + "-12-31");
  }

  private boolean precededBy(TimeExpression t, String words) {
    int start = t.span().start();
    return start >= words.length() + 1
        && doc.text().substring(start - words.length() - 1, start).trim().equalsIgnoreCase(words);
  }

  private Evidence evidence() {
    return Evidence.of(doc.text(), s.span());
  }
}
