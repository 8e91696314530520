package parley.core.lexicon;

/** What an actor name names: a country and its metonyms, an organisation, a group, a person. */
public enum ActorKind {
  COUNTRY, CAPITAL, ADJECTIVE, PEOPLE, ORGANISATION, GROUP, PERSON
}
