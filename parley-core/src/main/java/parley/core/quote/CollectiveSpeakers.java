package parley.core.quote;

import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;

/**
 * Speakers that are no one person: a country, capital, organisation or group the actor coder named
 * ("the White House said", "Russia rejected the plan"). A later "he said" does not stand for them.
 */
final class CollectiveSpeakers {
  /** How the actor coder found a mention that names a state, body or group. */
  private static final Set<String> COLLECTIVE = Set.of("country", "capital", "adjective", "people", "organisation",
      "group", "group-name");

  private CollectiveSpeakers() {}

  static boolean is(Document doc, SpeakerMention m) {
    return doc.actorsIn(m.sentence()).stream().filter(a -> a.covers(m.head()))
        .map(ActorMention::how).anyMatch(COLLECTIVE::contains);
  }
}
