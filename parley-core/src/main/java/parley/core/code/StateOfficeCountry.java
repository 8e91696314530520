package parley.core.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;

/**
 * "Vietnam's parliament sacked Prime Minister Pham Van Dong", filed from Bangkok: the dateline says where
 * the reporter is, not whose office a title is. A titled person's state office (government, legislature,
 * courts) whose country only the dateline gave belongs to the one state whose bodies the sentence names
 * by their country ("Vietnam's parliament", "the Vietnamese government"), when the article names that state
 * more often than the dateline's: a foreign bureau's story. So do untitled officials, police and troops
 * the dateline alone gave a country ("Laos's parliament dismissed the officials"). With two such states,
 * another country's other bodies, or none, the dateline stays.
 */
final class StateOfficeCountry {
  /** Ways of coding that only fell back on the dateline's country. */
  private static final Set<String> FROM_DATELINE = Set.of("titled-name-implied", "implied-by-dateline");
  /** Ways of coding a state body from a country named in the sentence itself. */
  private static final Set<String> NAMED = Set.of("role", "possessive", "place", "titled-name", "name-with-country");
  private static final Set<String> STATE_ROLES = Set.of("GOV", "LEG", "JUD");
  /** Roles of a state's people that go with the state the sentence names: its offices, police and forces. */
  private static final Set<String> MOVED_ROLES = Set.of("GOV", "LEG", "JUD", "COP", "MIL");

  private StateOfficeCountry() {}

  /**
   * {@code mentions} with dateline-coded state offices moved to the sentence's one named state, when
   * {@code outweighsDateline} says the article is more about that state than about the dateline's.
   */
  static List<ActorMention> recode(List<ActorMention> mentions, Optional<String> dateline,
      BiPredicate<String, String> outweighsDateline) {
    if (dateline.isEmpty()) return mentions;
    Optional<String> named = namedState(mentions);
    if (named.isEmpty() || named.get().equals(dateline.get()) || !outweighsDateline.test(named.get(), dateline.get())) return mentions;
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      Optional<String> code = m.actor().code();
      if (FROM_DATELINE.contains(m.how()) && code.isPresent() && code.get().startsWith(dateline.get())) {
        String role = code.get().substring(dateline.get().length());
        if (MOVED_ROLES.contains(role)) {
          ActorRef actor = ActorRef.of(ActorCodes.combine(named.get(), role), m.actor().text(), m.actor().span());
          m = new ActorMention(m.sentence(), m.first(), m.last(), m.head(), actor, "state-named-in-sentence");
        }
      }
      out.add(m);
    }
    return out;
  }

  /** The one country the sentence names, as a country or as a state body's; empty with none or several. */
  private static Optional<String> namedState(List<ActorMention> mentions) {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (ActorMention m : mentions) {
      if (!NAMED.contains(m.how()) || m.actor().code().isEmpty()) continue;
      String code = m.actor().code().get();
      String country = ActorCodes.country(code);
      if (!ActorCodes.isCountry(country)) continue;
      String role = code.substring(country.length());
      if (STATE_ROLES.contains(role)) countries.add(country);
      else others.add(country); // another country's police or firms: the sentence is not one state's
    }
    return countries.size() == 1 && countries.containsAll(others) ? Optional.of(countries.iterator().next()) : Optional.empty();
  }
}
