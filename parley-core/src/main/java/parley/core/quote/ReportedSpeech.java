package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * Reported speech in a parsed sentence: the complement clause of a speech verb ("X said (that)
 * ...", "the poll found that ..."), the clause a speech verb is attached to as parataxis ("...,
 * Chung said"), the clause "according to X" or "as X put it" is attached to ("According to the Post, ..."; the
 * content's verb stands for "according"); without a clause, the infinitive, object or topic of a
 * speech or stance verb ("wants to run", "endorsed Clinton", "pointed to the polls"), the
 * clause an aside attribution interrupts or closes ("The plan, he told me, is ...", "..., the aide
 * added", see {@link AttributionAside}) and the
 * clause or topic of a speech noun with a possessor ("Romney's comment that ..."), or delivered by a
 * verb's subject ("voiced criticism of ..."), the subject of a passive with a "by" phrase ("was
 * criticized by Smith"), the infinitive after "called for"/"called on" ("called on Congress to act")
 * and what a verb with a speaking particle aims at ("fired back at Smith"). Content that
 * overlaps a direct quote is left to the direct quote; attributions do not nest.
 */
final class ReportedSpeech {
  /**
   * The reported words and the speech verb (or other cue) that reports them; {@code source} is the
   * token that holds them when the cue says so itself (a poll, a stance adjective's holder), else -1.
   */
  record Content(Span span, int verb, int source) {
    Content(Span span, int verb) {
      this(span, verb, -1);
    }
  }

  private ReportedSpeech() {}

  static List<Content> find(Sentence sentence, List<Span> directQuotes) {
    List<Content> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.lower().equals("according")) {
        according(out, sentence, t.index(), directQuotes);
        continue;
      }
      PollFindings.at(sentence, t.index()).ifPresent(f -> add(out, sentence, f.content(), f.cue(), f.poll(), directQuotes));
      java.util.Optional<StanceAdjectives.Stance> stance = StanceAdjectives.at(sentence, t.index());
      if (stance.isPresent()) {
        add(out, sentence, stance.get().content(), t.index(), stance.get().holder(), directQuotes);
        continue;
      }
      if (SpeakerFinder.isAsPutIt(sentence, t.index())) {
        sentence.head(t.index()).filter(a -> a.governor() >= 0).ifPresent(clause ->
            add(out, sentence, contentOf(sentence, clause.governor(), t.index()), t.index(), directQuotes));
        continue;
      }
      if (t.isNoun() && (SpeechVerbs.isSpeechNoun(t.lemma()) || CompoundSource.isReport(t.lemma()))) {
        nominal(out, sentence, t.index(), directQuotes);
        continue;
      }
      boolean phrasal = t.isVerb() && isPhrasalSpeech(sentence, t.index());
      boolean speech = SpeechVerbs.isSpeech(t.lemma()) || phrasal;
      if (!t.isVerb() || !speech && !SpeechVerbs.isStance(t.lemma())) continue;
      if (directQuotes.stream().anyMatch(q -> q.overlaps(t.span()))) continue;
      int before = out.size();
      for (Arc arc : sentence.dependents(t.index())) {
        boolean question = arc.baseRelation().equals("advcl") && isQuestion(sentence, arc.dependent());
        boolean misparsed = isMisparsedClause(sentence, t.index(), arc) && (speech || arc.baseRelation().equals("xcomp"));
        if (arc.baseRelation().equals("ccomp") || question || misparsed) {
          add(out, sentence, contentOf(sentence, arc.dependent(), conjoinedReport(sentence, arc.dependent())),
              t.index(), directQuotes);
        }
        int topicMark = topicInfinitiveMark(sentence, t.index(), arc);
        if (topicMark >= 0) {
          Span clause = contentOf(sentence, arc.dependent(), -1);
          add(out, sentence, new Span(sentence.token(topicMark + 1).span().start(), clause.end()), t.index(), directQuotes);
        }
      }
      if (out.size() == before) StrandedClause.of(sentence, t.index())
          .ifPresent(c -> add(out, sentence, contentOf(sentence, c, -1), t.index(), directQuotes));
      if (out.size() == before) UpsideDownReport.of(sentence, t.index()).ifPresent(c -> add(out, sentence, c, t.index(), directQuotes));
      if (speech && isBareAttribution(sentence, t.index())) {
        sentence.head(t.index()).filter(a -> a.baseRelation().equals("parataxis") && a.governor() >= 0)
            .ifPresent(a -> add(out, sentence, contentOf(sentence, a.governor(), t.index()), t.index(), directQuotes));
      }
      if (speech && out.size() == before && isBareAttribution(sentence, t.index())) {
        AttributionAside.find(sentence, t.index()).filter(a -> !AttributionAside.introducesQuote(sentence, a.close()))
            .ifPresent(a -> add(out, sentence, asideContent(sentence, a), t.index(), directQuotes));
      }
      if (speech && out.size() == before && isBareAttribution(sentence, t.index())) AsReported.at(sentence, t.index())
          .ifPresent(c -> add(out, sentence, c, t.index(), directQuotes));
      if (out.size() == before) NamingCall.at(sentence, t.index()).ifPresent(c -> add(out, sentence, c, t.index(), directQuotes));
      if (out.size() == before) ParticipleReport.at(sentence, t.index())
          .ifPresent(r -> add(out, sentence, r.content(), t.index(), r.source(), directQuotes));
      if (out.size() == before) nonClausal(out, sentence, t.index(), phrasal, directQuotes);
    }
    return outermost(sentence, out);
  }

  /**
   * A reported clause the parser did not call one: after a speech verb, a clause with a subject of
   * its own hung on it as an unknown dependent ("Democrats said there are/dep reasons", "said
   * families ... killed/dep") or as a small clause ("Nicklaus said it's one/xcomp of his favorite
   * pictures"), or as parataxis ("strategists think it will not", "tells crowds she may be
   * charged"); a stance verb's small clause ("considers the mayor untrustworthy"). A subjectless
   * infinitive ("said to be") is no such clause, nor one after a comma (the speech verb is then an
   * aside to it: "The plan, the mayor told me, is ...").
   */
  static boolean isMisparsedClause(Sentence sentence, int verb, Arc arc) {
    if (arc.dependent() <= verb) return false;
    for (int t = verb + 1; t < arc.dependent(); t++) {
      if (sentence.token(t).text().equals(",") || sentence.token(t).text().equals(";")) return false;
    }
    String rel = arc.baseRelation();
    if (!rel.equals("dep") && !rel.equals("xcomp") && !rel.equals("parataxis")) return false;
    boolean subject = sentence.dependents(arc.dependent()).stream()
        .anyMatch(a -> a.baseRelation().equals("nsubj") || a.relation().equals("expl"));
    boolean verbal = sentence.token(arc.dependent()).isVerb();
    if (rel.equals("xcomp")) return subject;
    return subject || verbal && !sentence.token(arc.dependent()).pos().equals("VBG");
  }

  /**
   * "called for the city to build more homes", "called on Congress to act": a speech or stance
   * verb's preposition introducing an infinitive with its own subject, which the parser hangs on
   * the verb as an adverbial clause marked by the preposition. The preposition's index, or -1.
   */
  static int topicInfinitiveMark(Sentence sentence, int verb, Arc arc) {
    if (!arc.baseRelation().equals("advcl") || arc.dependent() < verb) return -1;
    int preposition = -1;
    boolean to = false;
    boolean subject = false;
    for (Arc d : sentence.dependents(arc.dependent())) {
      String word = sentence.token(d.dependent()).lower();
      if (d.baseRelation().equals("mark") && word.equals("to")) to = true;
      else if (d.baseRelation().equals("mark") && preposition < 0) preposition = d.dependent();
      if (d.baseRelation().equals("nsubj")) subject = true;
    }
    boolean topic = preposition == verb + 1
        && SpeechVerbs.takesTopic(sentence.token(verb).lemma(), sentence.token(preposition).lower());
    return to && subject && topic ? preposition : -1;
  }

  /** Prepositions that give what a speech noun says: "call for", "criticism of", "view on", "remarks about". */
  private static final java.util.Set<String> NOUN_TOPIC = java.util.Set.of("for", "of", "on", "about", "against", "to");

  /**
   * "Romney's comment that ...", "Obama's call for tighter rules", "Cruz's refusal to disavow ...":
   * a speech noun with a possessor attributes its clause, infinitive or prepositional object.
   */
  private static void nominal(List<Content> out, Sentence sentence, int noun, List<Span> direct) {
    List<Arc> dependents = sentence.dependents(noun);
    if (dependents.stream().noneMatch(a -> a.relation().equals("nmod:poss"))) {
      java.util.OptionalInt compounded = CompoundSource.clause(sentence, noun);
      if (compounded.isPresent()) add(out, sentence, contentOf(sentence, compounded.getAsInt(), -1), noun, direct);
      else deliveredNoun(out, sentence, noun, direct);
      return;
    }
    for (Arc arc : dependents) {
      String rel = arc.baseRelation();
      boolean clause = rel.equals("acl") || rel.equals("ccomp");
      boolean topic = rel.equals("nmod") && !arc.relation().equals("nmod:poss")
          && NOUN_TOPIC.contains(prepositionOf(sentence, arc.dependent()));
      if (clause) {
        add(out, sentence, contentOf(sentence, arc.dependent(), -1), noun, direct);
        return;
      }
      if (topic) {
        add(out, sentence, contentWithout(sentence, arc.dependent()), noun, direct);
        return;
      }
    }
  }

  /**
   * Verbs whose subject delivers the speech noun they take ("voiced criticism of", "unleashed
   * attacks against", "made a call for", "heaped praise on"), unlike verbs whose subject receives
   * or provokes it ("drew criticism", "won the endorsement of", "prompted calls for").
   */
  private static final java.util.Set<String> DELIVERING = java.util.Set.of("voice", "unleash", "launch", "level",
      "heap", "lodge", "file", "renew", "repeat", "deliver", "issue", "make", "mount", "wage", "air", "register",
      "step", "ramp", "lend", "throw", "reiterate", "double", "sharpen", "escalate", "drum", "direct", "aim");

  /**
   * Verbs whose subject receives the speech noun they take, from whoever the "from" phrase names
   * ("The plan drew criticism from Smith": Smith spoke of the plan).
   */
  private static final java.util.Set<String> RECEIVING = java.util.Set.of("draw", "receive", "get", "win", "earn",
      "face", "attract", "garner", "gain", "secure", "land");

  /** Prepositions that give the topic of a delivered speech noun ("criticism of", "attacks against"). */
  private static final java.util.Set<String> DELIVERED_TOPIC = java.util.Set.of("for", "of", "on", "about", "against");

  /**
   * A speech noun without a possessor, delivered by the subject of the verb it is the object of
   * ("Smith voiced support for the plan", "Jones unleashed attacks against Lee") or stands in
   * "in support of" under ("The group raised money in support of Lee"): its topic is what the
   * subject says; the cue is that verb, whose subject speaks. A speech noun the subject receives
   * "from" someone ("The plan drew criticism from Smith") makes the subject what that source spoke of.
   */
  private static void deliveredNoun(List<Content> out, Sentence sentence, int noun, List<Span> direct) {
    java.util.Optional<Arc> up = sentence.head(noun).filter(a -> a.governor() >= 0);
    if (up.isEmpty() || !sentence.token(up.get().governor()).isVerb()) return;
    int verb = up.get().governor();
    String lemma = sentence.token(verb).lemma();
    if (SpeechVerbs.isSpeech(lemma) || SpeechVerbs.isStance(lemma)) return;
    boolean received = up.get().relation().equals("obj") && RECEIVING.contains(lemma)
        && SpeakerFinder.fromSource(sentence, noun).isPresent();
    if (received) {
      sentence.dependents(verb).stream().filter(a -> a.relation().equals("nsubj") && a.dependent() < verb).findFirst()
          .ifPresent(a -> add(out, sentence, contentOf(sentence, a.dependent(), -1), noun, direct));
      return;
    }
    boolean delivered = up.get().relation().equals("obj") && DELIVERING.contains(lemma);
    boolean inSupport = up.get().baseRelation().equals("obl") && prepositionOf(sentence, noun).equals("in");
    if (!delivered && !inSupport) return;
    if (sentence.dependents(verb).stream().noneMatch(a -> a.relation().equals("nsubj"))) return;
    for (Arc arc : sentence.dependents(noun)) {
      boolean topic = arc.baseRelation().equals("nmod") && DELIVERED_TOPIC.contains(prepositionOf(sentence, arc.dependent()))
          && !SpeakerFinder.isTemporal(sentence.token(arc.dependent()));
      if (topic) {
        add(out, sentence, contentWithout(sentence, arc.dependent()), verb, direct);
        return;
      }
    }
  }

  /**
   * A speech verb that only attributes ("..., Chung said", "..., he told reporters on Friday"), not
   * one with words of its own ("he calls for X; she calls for Y"): no clause, infinitive or topic
   * (a time is no topic: "told me on Friday").
   */
  private static boolean isBareAttribution(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      String rel = arc.baseRelation();
      if (rel.equals("ccomp") || rel.equals("xcomp")) return false;
      if (rel.equals("obl") && NOUN_TOPIC.contains(prepositionOf(sentence, arc.dependent()))
          && !prepositionOf(sentence, arc.dependent()).equals("to") && !SpeakerFinder.isTemporal(sentence.token(arc.dependent()))) {
        return false;
      }
      boolean hearer = SpeechVerbs.takesHearer(sentence.token(verb).lemma()) || SpeakerFinder.isInverted(sentence, verb);
      if (rel.equals("obj") && !hearer) return false;
    }
    return true;
  }

  /** Marks trimmed from the ends of an aside's content. */
  private static final java.util.Set<String> MARKS = java.util.Set.of(",", ".", ":", ";", "``", "''", "PUNCT",
      "HYPH", "-LRB-", "-RRB-");

  /**
   * What an aside attribution reports, however the parser attached it: the words before it when it
   * closes the sentence ("The road will close, the aide added."), else the sentence around it ("The
   * plan, the mayor told me, is to wait.").
   */
  private static Span asideContent(Sentence sentence, AttributionAside.Aside aside) {
    int first = 0;
    int last = aside.ends(sentence) ? aside.open() - 1 : sentence.size() - 1;
    while (first < last && MARKS.contains(sentence.token(first).pos())) first++;
    while (last > first && MARKS.contains(sentence.token(last).pos())) last--;
    return last <= first ? new Span(0, 0) : sentence.spanOf(first, last);
  }

  /** Whether a cue reports a source's words ("said", "according to"), not only a stance. */
  static boolean reports(Sentence sentence, int cue) {
    Token t = sentence.token(cue);
    return t.lower().equals("according") || SpeechVerbs.isSpeech(t.lemma()) || SpeakerFinder.isAsPutIt(sentence, cue);
  }

  /** An indirect question: "asked workers if they planned to attend", "wondered whether". */
  private static boolean isQuestion(Sentence sentence, int clause) {
    return sentence.dependents(clause).stream().anyMatch(a -> a.baseRelation().equals("mark")
        && (sentence.token(a.dependent()).lower().equals("if") || sentence.token(a.dependent()).lower().equals("whether")));
  }

  /**
   * Attributions do not nest: in "Smith said Jones wants to run" only Smith's words are reported
   * (the reported clause's own verbs are part of what Smith said), so a content whose verb lies in
   * another content is dropped; but "according to" outranks a stance that took the phrase into its
   * words ("is considering a plan to cut ..., according to aides" is the aides'). A hedge ("seems to ..., according to the Post") yields to the report
   * it contains, and stances inside a hedge go with it.
   */
  private static List<Content> outermost(Sentence sentence, List<Content> contents) {
    List<Content> out = new ArrayList<>(contents.size());
    for (Content c : contents) {
      Span verb = sentence.token(c.verb()).span();
      boolean reports = reports(sentence, c.verb());
      boolean nested = contents.stream().anyMatch(d -> d.verb() != c.verb() && d.span().contains(verb)
          && (!SpeechVerbs.isSeeming(sentence.token(d.verb()).lemma()) || !reports)
          && !(rank(sentence, c.verb()) == 1 && rank(sentence, d.verb()) == 0 && c.span().contains(sentence.token(d.verb()).span())));
      boolean hedgesAnother = SpeechVerbs.isSeeming(sentence.token(c.verb()).lemma()) && contents.stream()
          .anyMatch(d -> d.verb() != c.verb() && c.span().contains(sentence.token(d.verb()).span())
              && reports(sentence, d.verb()));
      if (!nested && !hedgesAnother) out.add(c);
    }
    return out;
  }

  /** Which of two contents holding each other's cues stands: "according to" 1 over a stance's 0 (speech 2 is left to the parse). */
  private static int rank(Sentence sentence, int cue) {
    if (sentence.token(cue).lower().equals("according")) return 1;
    return SpeechVerbs.isSpeech(sentence.token(cue).lemma()) && sentence.token(cue).isVerb() ? 2 : 0;
  }

  /**
   * What a speech or stance verb without a complement clause attributes: its infinitive ("wants to
   * run", "declined to comment") or gerund ("supports raising taxes", even parsed as an unknown
   * dependent), its object ("predicted a Cruz win", "endorsed Clinton") unless the
   * object is the hearer ("told reporters") or the speaker ("..., said a senior aide"), or the object of its preposition ("pointed to the
   * polls", "called for a ban", "talked about trade"; not a time: "said on Friday"). Passives are left alone: their subject is
   * what is spoken of, not who speaks.
   */
  private static void nonClausal(List<Content> out, Sentence sentence, int verb, boolean phrasal, List<Span> direct) {
    List<Arc> dependents = sentence.dependents(verb);
    if (dependents.stream().anyMatch(a -> a.relation().equals("aux:pass") || a.relation().equals("nsubj:pass"))) {
      int before = out.size();
      passiveExpectation(out, sentence, verb, direct);
      if (out.size() == before) passiveWithAgent(out, sentence, verb, direct);
      return;
    }
    String lemma = sentence.token(verb).lemma();
    for (Arc arc : dependents) {
      boolean gerund = arc.baseRelation().equals("dep") && arc.dependent() == verb + 1
          && sentence.token(arc.dependent()).pos().equals("VBG");
      if ((arc.baseRelation().equals("xcomp") || gerund) && sentence.token(arc.dependent()).isVerb()) {
        if (arc.baseRelation().equals("xcomp") && (PhoneCall.isPurpose(sentence, verb) || GatheringHearer.isPurpose(sentence, verb))) {
          return;
        }
        add(out, sentence, contentOf(sentence, arc.dependent(), -1), verb, direct);
        return;
      }
    }
    boolean objectSpeaks = SpeechVerbs.takesHearer(lemma) || SpeakerFinder.isInverted(sentence, verb)
        || SpeechVerbs.onlyInfinitive(lemma);
    for (Arc arc : dependents) {
      if (arc.relation().equals("obj") && !objectSpeaks) {
        add(out, sentence, contentOf(sentence, arc.dependent(), -1), verb, direct);
        return;
      }
    }
    for (Arc arc : dependents) {
      String preposition = prepositionOf(sentence, arc.dependent());
      boolean topic = (SpeechVerbs.takesTopic(lemma, preposition) || phrasal && PHRASAL_TOPIC.contains(preposition))
          && !HearersAndOutlets.isHearerOrOutlet(lemma, preposition, sentence.token(arc.dependent()).text());
      if (arc.baseRelation().equals("obl") && topic
          && !SpeakerFinder.isTemporal(sentence.token(arc.dependent()))) {
        add(out, sentence, contentWithout(sentence, arc.dependent()), verb, direct);
        return;
      }
      java.util.Optional<Span> gerund = TopicGerund.at(sentence, verb, arc, lemma);
      if (gerund.isPresent()) {
        add(out, sentence, gerund.get(), verb, direct);
        return;
      }
    }
  }

  /** Prepositions that give what a verb with a particle speaks of: "fired back at", "spoke out against". */
  private static final java.util.Set<String> PHRASAL_TOPIC = java.util.Set.of("at", "against", "on", "about", "for",
      "over", "from");

  /** Whether a verb speaks with its particle ("laid out", "fired back", "walked back"). */
  static boolean isPhrasalSpeech(Sentence sentence, int verb) {
    String lemma = sentence.token(verb).lemma();
    return sentence.dependents(verb).stream().anyMatch(a -> (a.relation().equals("compound:prt")
        || a.baseRelation().equals("advmod")) && a.dependent() > verb
        && SpeechVerbs.isPhrasalSpeech(lemma, sentence.token(a.dependent()).lower()));
  }

  /**
   * Verbs whose passive with an infinitive states what unnamed people expect or hold: "Smith is
   * expected to win", "the ruling is widely seen to favor Beijing". What is expected is the subject
   * with its infinitive; nobody is named as holding it (unless a "by" phrase does).
   */
  private static final java.util.Set<String> PASSIVE_EXPECTATION = java.util.Set.of("expect", "see", "view",
      "consider", "know");

  private static void passiveExpectation(List<Content> out, Sentence sentence, int verb, List<Span> direct) {
    if (!PASSIVE_EXPECTATION.contains(sentence.token(verb).lemma())) return;
    int subject = -1;
    int infinitive = -1;
    for (Arc arc : sentence.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass")) subject = arc.dependent();
      if (arc.baseRelation().equals("xcomp") && arc.dependent() > verb) infinitive = arc.dependent();
      if (PassivePredicate.isPredicate(sentence, verb, arc) && infinitive < 0) infinitive = arc.dependent();
    }
    if (subject < 0 || infinitive < 0 || subject > verb) return;
    Span who = contentOf(sentence, subject, -1);
    Span what = contentOf(sentence, infinitive, -1);
    add(out, sentence, new Span(who.start(), what.end()), verb, direct);
  }

  /**
   * A passive speech or stance verb with a "by" phrase ("The plan was criticized by Smith", "Jones
   * was endorsed by the union"): its subject is what the agent spoke of.
   */
  private static void passiveWithAgent(List<Content> out, Sentence sentence, int verb, List<Span> direct) {
    if (SpeakerFinder.agentOf(sentence, verb).isEmpty()) return;
    for (Arc arc : sentence.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass") && arc.dependent() < verb
          && !RELATIVE.contains(sentence.token(arc.dependent()).lower())) {
        add(out, sentence, contentOf(sentence, arc.dependent(), -1), verb, direct);
        return;
      }
    }
  }

  /** Relative pronouns: a passive's subject "who" or "which" is no content of its own. */
  private static final java.util.Set<String> RELATIVE = java.util.Set.of("who", "which", "that", "whom");

  private static String prepositionOf(Sentence sentence, int noun) {
    for (Arc arc : sentence.dependents(noun)) {
      if (arc.baseRelation().equals("case")) return sentence.token(arc.dependent()).lower();
    }
    return "";
  }

  /** The subtree of a prepositional object without its preposition: "the polls" of "to the polls". */
  static Span contentWithout(Sentence sentence, int noun) {
    Span all = contentOf(sentence, noun, -1);
    for (Arc arc : sentence.dependents(noun)) {
      if (arc.baseRelation().equals("case") && arc.dependent() < noun) {
        int start = sentence.token(arc.dependent()).span().end();
        int next = sentence.token(arc.dependent() + 1).span().start();
        return new Span(Math.max(start, next), all.end());
      }
    }
    return all;
  }

  /** "according to X": X is attached to the clause it sources; the clause without X is the content. */
  private static void according(List<Content> out, Sentence sentence, int according, List<Span> direct) {
    java.util.Optional<Span> framed = AccordingClause.of(sentence, according);
    if (framed.isPresent()) {
      add(out, sentence, framed.get(), according, direct);
      return;
    }
    sentence.head(according).filter(a -> a.governor() >= 0).ifPresent(source ->
        sentence.head(source.governor()).filter(a -> a.governor() >= 0).ifPresent(clause ->
            add(out, sentence, contentOf(sentence, clause.governor(), source.governor()), according, direct)));
  }

  private static void add(List<Content> out, Sentence sentence, Span span, int verb, List<Span> direct) {
    add(out, sentence, span, verb, -1, direct);
  }

  private static void add(List<Content> out, Sentence sentence, Span span, int verb, int source, List<Span> direct) {
    if (span.length() == 0) return;
    for (Span q : direct) {
      int overlap = Math.min(q.end(), span.end()) - Math.max(q.start(), span.start());
      if (overlap * 2 > span.length()) return;
    }
    out.add(new Content(span, verb, source));
  }

  /**
   * A report conjoined to the reported clause with a speaker of its own, which the parser often
   * hangs inside it: in "Some said they would stay home and others said they were undecided" the
   * second "said" begins a new attribution, not more of the first. Its index, or -1.
   */
  static int conjoinedReport(Sentence sentence, int head) {
    boolean[] in = new boolean[sentence.size()];
    mark(sentence, head, -1, in);
    for (int v = head + 1; v < sentence.size(); v++) {
      Token t = sentence.token(v);
      if (!in[v] || !t.isVerb() || !SpeechVerbs.isSpeech(t.lemma())) continue;
      boolean conjoined = sentence.head(v).map(a -> a.baseRelation().equals("conj")).orElse(false);
      boolean ownSubject = sentence.dependents(v).stream().anyMatch(a -> a.baseRelation().equals("nsubj"));
      if (conjoined && ownSubject) return v;
    }
    return -1;
  }

  /**
   * The subtree of {@code head}, without a leading "that", and without the subtree of
   * {@code except} (the attribution) and whatever lies on the far side of it from {@code head}.
   */
  static Span contentOf(Sentence sentence, int head, int except) {
    boolean[] in = new boolean[sentence.size()];
    boolean[] attribution = new boolean[sentence.size()];
    if (except >= 0) mark(sentence, except, -1, attribution);
    mark(sentence, head, except, in);
    int exceptFirst = sentence.size();
    int exceptLast = -1;
    for (int i = 0; i < attribution.length; i++) {
      if (!attribution[i]) continue;
      exceptFirst = Math.min(exceptFirst, i);
      exceptLast = Math.max(exceptLast, i);
    }
    boolean after = except >= 0 && exceptFirst > head;
    int first = -1;
    int last = -1;
    for (int i = 0; i < in.length; i++) {
      if (!in[i]) continue;
      if (after && i > exceptFirst) break;
      if (except >= 0 && !after && i < exceptLast) continue;
      if (first < 0) first = i;
      last = i;
    }
    while (first >= 0 && first < last && isSkippable(sentence.token(first), true)) first++;
    while (last > first && isSkippable(sentence.token(last), false)) last--;
    return first < 0 ? new Span(0, 0) : sentence.spanOf(first, last);
  }

  /** The words from {@code first} to {@code last}, without a leading "that" and marks at either end. */
  static Span trimmed(Sentence sentence, int first, int last) {
    while (first < last && isSkippable(sentence.token(first), true)) first++;
    while (last > first && isSkippable(sentence.token(last), false)) last--;
    return first > last ? new Span(0, 0) : sentence.spanOf(first, last);
  }

  private static boolean isSkippable(Token t, boolean leading) {
    return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals("PUNCT") || t.pos().equals(":")
        || (leading && (t.lower().equals("that") && t.pos().equals("IN")))
        || (!leading && t.lower().equals("according"));
  }

  private static void mark(Sentence sentence, int token, int except, boolean[] in) {
    if (token == except || in[token]) return;
    in[token] = true;
    for (Arc arc : sentence.dependents(token)) {
      if (!OwnAttribution.cuts(sentence, arc)) mark(sentence, arc.dependent(), except, in);
    }
  }
}
