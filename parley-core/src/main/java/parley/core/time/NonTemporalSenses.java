package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Time words used in a sense that names no time: "the current account" (a balance of payments
 * term, as are current assets and liabilities), "the quarter of voters who ..." (a fourth part),
 * the "87 year" of "the 1986/87 year" (the second half of a split year, not 87 years) and the
 * "000 week ago" of "294,000 week ago" (the tail of a number), "the quarter-to-quarter comparison",
 * and "overnight" lending or delivery ("overnight funds", "an overnight courier") or suddenness
 * ("almost overnight", "it won't happen overnight"). Stateless.
 */
final class NonTemporalSenses {
  private static final Pattern ACCOUNTING_NOUN = Pattern.compile("(?i)\\s+(?:account|assets|liabilities)\\b");
  /** "the quarter of" followed by what a year's quarter is not of. */
  private static final Pattern SHARE_OF = Pattern.compile("(?i)\\s+of\\s+(?!(?:the\\s+)?(?:fiscal\\s+)?year\\b"
      + "|(?:this|last|next)\\b|(?:1[6-9]|20)\\d\\d\\b|fiscal\\b)");

  /** "the quarter-to-quarter comparison": a kind of comparison, no quarter. */
  private static final Pattern TO_NEXT = Pattern.compile("(?i)-to-");

  /** "overnight funds", "the overnight call rate", "an overnight courier": money lent for a night, a service. */
  private static final Pattern OVERNIGHT_NOUN = Pattern.compile("(?i)\\s+(?:(?:call|interbank)\\s+)?(?:funds|call|interbank"
      + "|rates?|deposits?|money|loans?|lending|borrowing|repurchases?|repos?|tenders?|courier|messenger|delivery"
      + "|service|system|index|solutions?|injections?|facility|paper|accommodation|hours|shifts?)\\b");

  /**
   * "almost overnight", "won't happen overnight", "transformed from X to Y overnight", "an overnight
   * success": suddenly, not at night.
   */
  private static final Pattern SUDDENLY_BEFORE = Pattern.compile("(?i)(?:\\b(?:almost|virtually|practically|nearly|literally)"
      + "|\\b(?:not|n't|never)\\b[^.;]{0,40}\\b(?:happen|change|disappear|vanish|go away|turn|become)\\w*"
      + "|\\b(?:transform|turn|became|become|went|go(?:es)?)\\w*\\s+(?:\\w+\\s+){0,6}?from\\b[^.;]{0,60}\\bto\\b[^.;]{0,60})\\s+$");
  private static final Pattern SUDDENLY_AFTER = Pattern.compile("(?i)\\s+(?:success|sensation|celebrity|star)\\b");

  /** "a free daily", "the Sunday weekly": a newspaper named by how often it comes out, closing its phrase. */
  private static final Pattern PAPER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|its|their)\\s+(?:(?:free|local|national|regional"
      + "|leading|popular|new|main|biggest|largest|business|financial|sports|tabloid|english-language|state-run"
      + "|official|sunday|evening|morning)\\s+)?$");
  private static final Pattern PHRASE_CLOSES = Pattern.compile("\\s*(?:[.,;:)]|$)");

  private NonTemporalSenses() {}

  static boolean isOtherSense(Candidate c, CharSequence text) {
    if (c.kind() == Kind.SET && c.group("set") != null && c.group("set").matches("(?i)daily|weekly|monthly")
        && PAPER_BEFORE.matcher(text).region(Math.max(0, c.start() - 24), c.start()).find()
        && PHRASE_CLOSES.matcher(text).region(c.end(), text.length()).lookingAt()) {
      return true;
    }
    if (c.kind() == Kind.REFERENCE && "current".equalsIgnoreCase(c.group("ref"))
        && ACCOUNTING_NOUN.matcher(text).region(c.end(), text.length()).lookingAt()) {
      return true;
    }
    if (c.kind() == Kind.QUARTER_RELATIVE && "the".equalsIgnoreCase(c.group("mod"))
        && (SHARE_OF.matcher(text).region(c.end(), text.length()).lookingAt()
            || TO_NEXT.matcher(text).region(c.end(), text.length()).lookingAt())) {
      return true;
    }
    if (c.kind() == Kind.NAMED_DAY && "overnight".equalsIgnoreCase(c.group("named"))
        && (OVERNIGHT_NOUN.matcher(text).region(c.end(), text.length()).lookingAt()
            || SUDDENLY_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
            || SUDDENLY_BEFORE.matcher(text).region(Math.max(0, c.start() - 80), c.start()).find())) {
      return true;
    }
    // "1986/87 year", "294,000 week ago": the tail of a split year or of a number is no count of units
    return c.start() > 1 && Character.isDigit(text.charAt(c.start()))
        && (text.charAt(c.start() - 1) == '/' || (text.charAt(c.start() - 1) == ','
            || text.charAt(c.start() - 1) == '.') && Character.isDigit(text.charAt(c.start() - 2)));
  }
}
