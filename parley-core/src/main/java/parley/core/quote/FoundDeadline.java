package parley.core.quote;

import java.util.Objects;
import java.util.Optional;
import parley.core.doc.ActorRef;
import parley.core.doc.Evidence;

/**
 * A deadline as one sentence states it, before it is merged with the others: {@code set} is only
 * what the text says (empty when it says nothing); {@code settingStated} is true when a verb of
 * setting ("gave", "set", "issued", "demanded", "threatened") is in the sentence, false for a
 * mention of a known deadline ("the deadline approaches"); {@code threatOnly} marks a threat whose
 * date comes later ("threatened a ban if Sudan does not ..."); {@code settingEarlier} marks a setting
 * told in the past perfect ("a judge had ordered ..."), which the report's date cannot stand in for;
 * {@code recipient} marks an addressee named as the one a deadline is given to ("the suppliers were
 * given a May 9 deadline"), who is an addressee even when the coder knows no actor by that name.
 */
record FoundDeadline(Optional<ActorRef> setter, Optional<ActorRef> addressee, Optional<String> demand,
    Optional<String> due, Optional<String> set, boolean settingStated, boolean threatOnly, Evidence evidence,
    boolean settingEarlier, boolean recipient) {
  FoundDeadline(Optional<ActorRef> setter, Optional<ActorRef> addressee, Optional<String> demand,
      Optional<String> due, Optional<String> set, boolean settingStated, boolean threatOnly, Evidence evidence) {
    this(setter, addressee, demand, due, set, settingStated, threatOnly, evidence, false, false);
  }

  FoundDeadline {
    Objects.requireNonNull(setter, "setter");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(evidence, "evidence");
  }

  FoundDeadline withDue(Optional<String> value) {
    return new FoundDeadline(setter, addressee, demand, value, set, settingStated, threatOnly, evidence, settingEarlier, recipient);
  }

  FoundDeadline withSetter(Optional<ActorRef> actor, Optional<String> date) {
    return new FoundDeadline(actor, addressee, demand, due, date, true, threatOnly, evidence, settingEarlier, recipient);
  }

  FoundDeadline filledFrom(FoundDeadline other) {
    return new FoundDeadline(setter.or(other::setter), addressee.or(other::addressee), demand.or(other::demand),
        due.or(other::due), set.or(other::set), settingStated || other.settingStated, threatOnly, evidence,
        settingEarlier, addressee.isPresent() ? recipient : other.recipient);
  }

  FoundDeadline setEarlier() {
    return new FoundDeadline(setter, addressee, demand, due, set, settingStated, threatOnly, evidence, true, recipient);
  }

  /** The same deadline, its addressee named as the one the deadline is given to. */
  FoundDeadline asRecipient() {
    return new FoundDeadline(setter, addressee, demand, due, set, settingStated, threatOnly, evidence, settingEarlier, true);
  }

  /** The country (first three letters of the code) of an actor, when coded. */
  static Optional<String> country(Optional<ActorRef> actor) {
    return actor.flatMap(ActorRef::code).filter(c -> c.length() >= 3).map(c -> c.substring(0, 3));
  }

  int filled() {
    return (setter.flatMap(ActorRef::code).isPresent() ? 1 : 0) + (addressee.flatMap(ActorRef::code).isPresent() ? 1 : 0)
        + (demand.isPresent() ? 1 : 0) + (set.isPresent() ? 1 : 0);
  }
}
