package parley.core.quote;

import static parley.core.quote.ConditionalDeadlines.THREATENING;
import static parley.core.quote.DeadlineNouns.NOUNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
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
 * Each family of forms has its class ({@link DeadlineNouns}, {@link DemandedByTime}, {@link GivenPeriods},
 * {@link ConditionalDeadlines}); a time serves the first form that reads it, and a clause one form only.
 */
final class DeadlineForms {
  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineNouns nouns;
  private final DemandedByTime dueBy;
  private final GivenPeriods given;
  private final ConditionalDeadlines conditional;

  DeadlineForms(Document doc, Sentence s, List<TimeExpression> times) {
    this.s = s;
    this.times = times;
    DeadlineSentence sentence = new DeadlineSentence(doc, s, times);
    PassiveSetting passives = new PassiveSetting(s, times, sentence);
    this.nouns = new DeadlineNouns(s, times, sentence, passives);
    this.dueBy = new DemandedByTime(doc, s, times, sentence, passives);
    this.given = new GivenPeriods(s, times, sentence, passives);
    this.conditional = new ConditionalDeadlines(doc, s, times, sentence);
  }

  List<FoundDeadline> find() {
    List<FoundDeadline> out = new ArrayList<>();
    Set<Integer> used = new java.util.HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).isNoun() && NOUNS.contains(s.token(i).lemma())) {
        out.add(nouns.fromNoun(i));
        used.add(clause(i));
      }
    }
    for (TimeExpression t : times) {
      OptionalInt head = ClauseLocator.head(s, t.span());
      if (head.isEmpty() || t.value().isEmpty()) continue;
      int verb = clause(head.getAsInt());
      if (verb < 0 || used.contains(verb)) continue;
      Optional<FoundDeadline> d = dueBy.byTime(t, head.getAsInt(), verb)
          .or(() -> given.givenPeriod(t, head.getAsInt()))
          .or(() -> conditional.consequence(t, head.getAsInt(), verb));
      if (d.isPresent()) {
        out.add(d.get());
        used.add(verb);
        dueBy.asker(verb).ifPresent(used::add);
        for (int v = verb; s.head(v).isPresent() && s.head(v).get().governor() >= 0; v = s.head(v).get().governor()) {
          used.add(s.head(v).get().governor());
        }
      }
    }
    for (int i = 0; i < s.size(); i++) {
      if (THREATENING.contains(s.token(i).lemma()) && s.token(i).isVerb() && !used.contains(i)) {
        conditional.threat(i).ifPresent(out::add);
      }
    }
    return out;
  }

  private int clause(int token) {
    OptionalInt c = ClauseLocator.clauseOf(s, token);
    return c.isPresent() ? c.getAsInt() : -1;
  }
}
