package parley.core.doc;

import java.util.Objects;

/**
 * An actor recognised in a sentence: the tokens {@code first..last} (inclusive) naming it, the token
 * that heads them in the parse, and the CAMEO actor code it was resolved to.
 */
public record ActorMention(int sentence, int first, int last, int head, ActorRef actor, String how) {
  public ActorMention {
    if (first < 0 || last < first || head < first || head > last) {
      throw new IllegalArgumentException(
          "bad actor mention tokens: first=" + first + ", last=" + last + ", head=" + head);
    }
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(how, "how");
  }

  public boolean covers(int token) {
    return first <= token && token <= last;
  }
}
