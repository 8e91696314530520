package parley.core.eval;

import java.util.Locale;
import java.util.Optional;
import parley.core.doc.ActorRef;
import parley.core.doc.Event;
import parley.core.doc.Span;

/** Decides whether a coded event matches a gold event, by the rules in the output contract. */
final class EventMatcher {
  private final String text;
  private final ClassScheme scheme;
  private final boolean needEvidence;

  EventMatcher(String text, ClassScheme scheme, boolean needEvidence) {
    this.text = text;
    this.scheme = scheme;
    this.needEvidence = needEvidence;
  }

  boolean matches(Event e, GoldEvent g) {
    return actorsAgree(e, g) && classAgrees(e, g) && evidenceAgrees(e, g);
  }

  boolean actorsAgree(Event e, GoldEvent g) {
    Optional<ActorRef> target = e.target();
    if (target.isEmpty()) return false;
    boolean forward = actorAgrees(e.source(), g.source(), g.sourceText())
        && actorAgrees(target.get(), g.target(), g.targetText());
    if (forward) return true;
    return g.symmetric() && actorAgrees(e.source(), g.target(), g.targetText())
        && actorAgrees(target.get(), g.source(), g.sourceText());
  }

  boolean classAgrees(Event e, GoldEvent g) {
    if (scheme == ClassScheme.PLOVER || (g.roots().isEmpty() && g.plover().isPresent())) {
      return g.plover().isPresent()
          && ClassScheme.ploverName(g.plover().get()).equals(ClassScheme.ploverName(e.type().plover()));
    }
    return g.roots().contains(e.type().root());
  }

  private boolean evidenceAgrees(Event e, GoldEvent g) {
    if (!needEvidence || g.evidence().isEmpty()) return true;
    int at = text.indexOf(g.evidence().get());
    if (at < 0) return true;
    return new Span(at, at + g.evidence().get().length()).overlaps(e.evidence().span());
  }

  private boolean actorAgrees(ActorRef predicted, Optional<String> goldCode, Optional<String> goldText) {
    if (goldCode.isPresent()) {
      String gold = goldCode.get();
      if (gold.startsWith("---")) {
        return predicted.code().map(c -> c.startsWith("---")).orElse(true);
      }
      return predicted.code().isPresent() && country(predicted.code().get()).equals(country(gold));
    }
    if (goldText.isPresent()) return textOverlaps(predicted, goldText.get());
    return false;
  }

  private boolean textOverlaps(ActorRef predicted, String goldText) {
    int from = 0;
    while (true) {
      int at = text.indexOf(goldText, from);
      if (at < 0) break;
      if (new Span(at, at + goldText.length()).overlaps(predicted.span())) return true;
      from = at + 1;
    }
    String p = predicted.text().toLowerCase(Locale.ROOT);
    for (String word : goldText.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (word.length() > 2 && Character.isLetter(word.charAt(0)) && p.matches(".*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*")) {
        return true;
      }
    }
    return false;
  }

  private static String country(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
