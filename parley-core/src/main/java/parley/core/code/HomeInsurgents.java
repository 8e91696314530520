package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;

/**
 * Insurgents of no stated country fighting a state's government or forces are that country's rebels:
 * "guerrillas fighting his army-run government" (Burundi's) are BDIREB, as CAMEO codes armed opposition
 * by the state it fights. Only for uncoded rebel nouns (a named group keeps its code, a dateline's country
 * has already given one) and only in acts of force (18-20) against one country's state.
 */
final class HomeInsurgents {
  private static final Set<String> INSURGENTS = Set.of("rebel", "guerrilla", "insurgent", "militant", "separatist");
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL");

  private HomeInsurgents() {}

  /** {@code fighters} with the country of the state their act of force {@code code} is aimed at. */
  static List<ActorMention> of(DependencyTree tree, List<ActorMention> fighters, List<ActorMention> targets, String code) {
    if (!FORCE_ROOTS.contains(code.substring(0, 2))) return fighters;
    Optional<String> state = stateCountry(targets);
    if (state.isEmpty()) return fighters;
    return fighters.stream().map(m -> home(tree, m, state.get())).toList();
  }

  private static ActorMention home(DependencyTree tree, ActorMention m, String country) {
    if (m.actor().code().isPresent() || !INSURGENTS.contains(tree.lemma(m.head()))) return m;
    ActorRef coded = new ActorRef(Optional.of(country + "REB"), m.actor().text(), m.actor().span());
    return new ActorMention(m.sentence(), m.first(), m.last(), m.head(), coded, "insurgent-of-state");
  }

  private static Optional<String> stateCountry(List<ActorMention> targets) {
    Set<String> countries = new java.util.HashSet<>();
    for (ActorMention t : targets) {
      Optional<String> code = t.actor().code();
      if (code.isEmpty() || code.get().length() != 6 || !STATE_ROLES.contains(code.get().substring(3))) {
        return Optional.empty();
      }
      countries.add(code.get().substring(0, 3));
    }
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }
}
