package parley.core.pipeline;

/** What a stage adds to a document, and what a later stage may require. */
public enum Facet {
  TEXT,
  ZONES,
  TOKENS,
  LEMMAS,
  PARSE,
  TIMES,
  ACTORS,
  EVENTS,
  QUOTES,
  DEADLINES
}
