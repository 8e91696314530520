package parley.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Deadline;

/**
 * Merges the deadlines found sentence by sentence into the deadlines of the document. A mention
 * of a deadline without a verb setting it ("the year-end deadline approaches", "the North side has
 * shown the deadline") is the known deadline with the same due date and agreeing countries, not a
 * new one; two settings are two deadlines only when the text dates them apart ("in April gave",
 * "said on Friday ... expects"). A dated condition without a setter ("the sanctions take effect in
 * November if Sudan fails to ...") completes the last undated threat against the same addressee
 * ("the resolution threatening a ban if Khartoum does not ..."), which gives it setter and date.
 * Undated threats that nothing completes are dropped; so are undated mentions.
 */
final class DeadlineMemory {
  private DeadlineMemory() {}

  static List<Deadline> merge(List<FoundDeadline> found, Optional<String> published) {
    List<FoundDeadline> threats = new ArrayList<>();
    List<FoundDeadline> kept = new ArrayList<>();
    for (FoundDeadline f : found) {
      if (f.due().isEmpty() && f.threatOnly()) {
        threats.add(f);
        continue;
      }
      FoundDeadline d = f;
      if (d.due().isPresent() && d.setter().isEmpty()) {
        for (int i = threats.size() - 1; i >= 0; i--) {
          FoundDeadline t = threats.get(i);
          Optional<String> to = FoundDeadline.country(d.addressee());
          if (to.isPresent() && to.equals(FoundDeadline.country(t.addressee()))) {
            d = d.withSetter(t.setter(), d.set().or(t::set));
            threats.remove(i);
            break;
          }
        }
      }
      add(kept, d);
    }
    List<Deadline> out = new ArrayList<>();
    for (FoundDeadline d : kept) {
      if (d.due().isEmpty() && (!d.settingStated() || d.setter().isEmpty())) continue;
      out.add(new Deadline(d.setter(), d.addressee(), d.demand(), d.due(),
          // the report's date stands in for an unstated setting, unless the due date lies wholly before it;
          // a mention of a known deadline ("report before the Sunday deadline") tells no setting at all
          DueAfterSetting.set(d.set(), d.due()).or(() -> published.filter(p -> d.settingStated() && !d.settingEarlier())
              .filter(p -> d.due().isEmpty() || !DueAfterSetting.before(d.due().get(), p))),
          d.evidence()));
    }
    out.sort(Comparator.comparingInt(d -> d.evidence().span().start()));
    return out;
  }

  private static void add(List<FoundDeadline> kept, FoundDeadline d) {
    for (int i = 0; i < kept.size(); i++) {
      FoundDeadline k = kept.get(i);
      if (!same(k, d)) continue;
      boolean newer = d.set().isPresent() && k.set().isEmpty()
          || d.set().isPresent() == k.set().isPresent() && d.filled() > k.filled();
      kept.set(i, newer ? d.filledFrom(k) : k.filledFrom(d));
      return;
    }
    kept.add(d);
  }

  /** One deadline told twice: same due (or one undated), countries agree, not dated apart. */
  private static boolean same(FoundDeadline a, FoundDeadline b) {
    boolean due = a.due().equals(b.due()) || a.due().isEmpty() || b.due().isEmpty()
        // "by the December deadline" names the month of the known "by December 31"
        || !(a.settingStated() && b.settingStated()) && coarser(a.due().get(), b.due().get());
    boolean datedApart = a.set().isPresent() && b.set().isPresent() && !a.set().equals(b.set());
    boolean bothSetting = a.settingStated() && b.settingStated();
    if (!due || datedApart || bothSetting && (a.due().isEmpty() || b.due().isEmpty())) return false;
    if (a.due().isEmpty() || b.due().isEmpty()) {
      if (a.setter().isEmpty() || b.setter().isEmpty()) return false;
    }
    return agree(FoundDeadline.country(a.setter()), FoundDeadline.country(b.setter()))
        && agree(FoundDeadline.country(a.addressee()), FoundDeadline.country(b.addressee()));
  }

  /** One due date names the period of the other: "1987-12" and "1987-12-31". */
  private static boolean coarser(String a, String b) {
    return a.length() != b.length() && (a.startsWith(b + "-") || b.startsWith(a + "-"));
  }

  private static boolean agree(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }
}
