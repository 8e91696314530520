package parley.core.code;

import parley.core.lexicon.ActorEntry;

/** A lexicon name found in a sentence: tokens {@code first..last} name {@code entry}. */
record NameHit(int first, int last, ActorEntry entry) {
  boolean covers(int token) {
    return first <= token && token <= last;
  }
}
