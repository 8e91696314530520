package parley.core.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Evidence;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;
import parley.core.time.ClauseLocator;

/**
 * Finds deadlines and ultimatums: a "deadline"/"ultimatum" noun with its due date, setter (subject of
 * "gave", "set"), addressee (indirect object) and demand ("to show more flexibility"); a demand or
 * expectation due "by"/"no later than"/"before" a date; "within N days"; things due to expire.
 */
public final class DeadlineFinder implements Stage {
  private static final Set<String> NOUNS = Set.of("deadline", "ultimatum");
  private static final Set<String> BY = Set.of("by", "before", "until");
  private static final Pattern WITHIN = Pattern.compile("\\bwithin\\s+\\S+\\s+(day|week|month|year)s?\\b",
      Pattern.CASE_INSENSITIVE);

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.TIMES, Facet.PARSE, Facet.ACTORS);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.DEADLINES);
  }

  @Override
  public Document apply(Document doc) {
    Map<String, Deadline> byDue = new LinkedHashMap<>();
    List<Deadline> undated = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<TimeExpression> times = doc.times().stream().filter(t -> s.span().contains(t.span())).toList();
      for (Deadline d : inSentence(doc, s, times)) {
        if (d.due().isEmpty()) {
          if (d.setter().isPresent() && d.demand().isPresent()) undated.add(d);
          continue;
        }
        byDue.merge(d.due().get(), d, (a, b) -> filled(b) > filled(a) ? b : a);
      }
    }
    List<Deadline> out = new ArrayList<>(byDue.values());
    out.addAll(undated);
    out.sort(java.util.Comparator.comparingInt(d -> d.evidence().span().start()));
    return doc.withDeadlines(out);
  }

  private static int filled(Deadline d) {
    return (d.setter().isPresent() ? 1 : 0) + (d.addressee().isPresent() ? 1 : 0)
        + (d.demand().isPresent() ? 1 : 0) + (d.set().isPresent() ? 1 : 0);
  }

  private static List<Deadline> inSentence(Document doc, Sentence s, List<TimeExpression> times) {
    List<Deadline> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).isNoun() && NOUNS.contains(s.token(i).lemma())) out.add(fromNoun(doc, s, i, times));
    }
    for (TimeExpression t : times) {
      String lower = t.text().toLowerCase(java.util.Locale.ROOT);
      boolean by = BY.stream().anyMatch(p -> lower.startsWith(p + " ")) || precededBy(doc, t, "no later than");
      OptionalInt head = ClauseLocator.head(s, t.span());
      if (head.isEmpty()) continue;
      OptionalInt verb = ClauseLocator.clauseOf(s, head.getAsInt());
      if (verb.isEmpty()) continue;
      boolean expire = s.token(verb.getAsInt()).lemma().equals("expire");
      if (by || expire) out.add(fromVerb(doc, s, verb.getAsInt(), t.value(), times, t));
    }
    Matcher within = WITHIN.matcher(s.text(doc.text()));
    while (within.find()) out.addAll(within(doc, s, times, within.start() + s.span().start()));
    return out;
  }

  private static boolean precededBy(Document doc, TimeExpression t, String words) {
    int start = t.span().start();
    return start >= words.length() + 1
        && doc.text().substring(start - words.length() - 1, start).trim().equalsIgnoreCase(words);
  }

  /** "gave the United States a year-end deadline to show more flexibility". */
  private static Deadline fromNoun(Document doc, Sentence s, int noun, List<TimeExpression> times) {
    Optional<String> due = Optional.empty();
    for (TimeExpression t : times) {
      OptionalInt head = ClauseLocator.head(s, t.span());
      boolean attached = head.isPresent() && s.head(head.getAsInt()).map(Arc::governor).orElse(-2) == noun;
      boolean before = t.span().end() <= s.token(noun).span().start()
          && s.token(noun).span().start() - t.span().end() <= 30;
      if ((attached || before) && t.value().isPresent()) due = t.value();
    }
    Optional<Arc> up = s.head(noun);
    int verb = up.map(Arc::governor).orElse(-1);
    Optional<ActorRef> setter = Optional.empty();
    Optional<ActorRef> addressee = Optional.empty();
    Optional<String> set = Optional.empty();
    if (verb >= 0 && up.get().baseRelation().equals("obj")) {
      setter = DeadlineParts.dependent(s, verb, "nsubj", Set.of()).map(t -> DeadlineParts.actor(doc, s, t));
      addressee = DeadlineParts.dependent(s, verb, "iobj", Set.of())
          .or(() -> DeadlineParts.dependent(s, verb, "obl", Set.of("to", "for", "on")))
          .map(t -> DeadlineParts.actor(doc, s, t));
      set = DeadlineParts.dateOf(s, verb, times, s.token(noun).span());
    }
    if (addressee.isEmpty()) {
      addressee = DeadlineParts.dependent(s, noun, "nmod", Set.of("for", "to", "on"))
          .map(t -> DeadlineParts.actor(doc, s, t));
    }
    Optional<String> demand = DeadlineParts.dependent(s, noun, "acl", Set.of())
        .map(t -> doc.slice(DeadlineParts.subtree(s, t, Set.of())));
    return new Deadline(setter, addressee, demand, due, set.or(() -> published(doc)),
        Evidence.of(doc.text(), s.span()));
  }

  /** "expects reciprocal steps from Washington by the end of the year"; "due to expire later this month". */
  private static Deadline fromVerb(Document doc, Sentence s, int verb, Optional<String> due,
      List<TimeExpression> times, TimeExpression dueTime) {
    int actorVerb = verb;
    if (s.token(verb).lemma().equals("expire")) {
      actorVerb = s.head(verb).map(Arc::governor).filter(g -> g >= 0).orElse(verb);
    }
    int v = actorVerb;
    Optional<ActorRef> setter = DeadlineParts.dependent(s, v, "nsubj", Set.of()).map(t -> DeadlineParts.actor(doc, s, t));
    Optional<ActorRef> addressee = DeadlineParts.dependent(s, v, "obl", Set.of("from", "to", "for"))
        .or(() -> DeadlineParts.dependent(s, v, "iobj", Set.of()))
        .map(t -> DeadlineParts.actor(doc, s, t));
    Optional<String> demand = DeadlineParts.dependent(s, v, "obj", Set.of())
        .or(() -> DeadlineParts.dependent(s, v, "xcomp", Set.of()))
        .map(t -> doc.slice(DeadlineParts.subtree(s, t, Set.of("det", "amod", "compound", "nummod", "obj", "mark"))));
    Optional<String> set = DeadlineParts.dateOf(s, v, times, dueTime.span()).or(() -> published(doc));
    return new Deadline(setter, addressee, demand, due, set, Evidence.of(doc.text(), s.span()));
  }

  /** "must leave within 30 days": due is the setting date plus the period. */
  private static List<Deadline> within(Document doc, Sentence s, List<TimeExpression> times, int at) {
    for (TimeExpression t : times) {
      if (!t.span().contains(new parley.core.doc.Span(at, at + 6)) || t.value().isEmpty()) continue;
      Matcher m = Pattern.compile("P(\\d+)([DWMY])").matcher(t.value().get());
      OptionalInt head = ClauseLocator.head(s, t.span());
      if (!m.matches() || head.isEmpty()) continue;
      OptionalInt verb = ClauseLocator.clauseOf(s, head.getAsInt());
      if (verb.isEmpty()) continue;
      Deadline base = fromVerb(doc, s, verb.getAsInt(), Optional.empty(), times, t);
      Optional<String> due = base.set().filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
          .map(v -> plus(LocalDate.parse(v), Integer.parseInt(m.group(1)), m.group(2)).toString());
      return List.of(new Deadline(base.setter(), base.addressee(), base.demand(), due, base.set(), base.evidence()));
    }
    return List.of();
  }

  private static LocalDate plus(LocalDate d, int n, String unit) {
    return switch (unit) {
      case "D" -> d.plusDays(n);
      case "W" -> d.plusWeeks(n);
      case "M" -> d.plusMonths(n);
      default -> d.plusYears(n);
    };
  }

  private static Optional<String> published(Document doc) {
    return doc.published().map(LocalDate::toString);
  }
}
