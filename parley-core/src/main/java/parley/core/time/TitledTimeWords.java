package parley.core.time;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Time words that make up a title or a masthead rather than a time: a short quoted title of
 * capitalized words (NBC's “Today”, ABC's ''This Week'', “Last Week Tonight,” ''Monday Night
 * Baseball''), a capitalized day's "Night" running into a capitalized word ("Saturday Night Live"),
 * and a time word in capitals beside another word in capitals inside ordinary text ("USA TODAY",
 * "THE WEEKLY STANDARD"). TimeML marks no time in a name. Stateless.
 */
final class TitledTimeWords {
  private static final String OPEN = "\"“‘'";
  private static final String CLOSE = "\"”’'";
  /** A title word: capitalized or a figure; small function words may stand between them. */
  private static final Pattern TITLE_WORD = Pattern.compile("(?:[A-Z0-9][\\w.&-]*|of|the|and|with|in|on|at|for|a|to)");
  private static final int MAX_TITLE_WORDS = 6;
  private static final Set<Kind> DATES = EnumSet.of(Kind.ISO_DATE, Kind.SLASH_DATE, Kind.MONTH_DAY, Kind.DAY_MONTH,
      Kind.MONTH_YEAR, Kind.MONTH, Kind.YEAR, Kind.CLOCK, Kind.DECADE);
  private static final Pattern NIGHT_NAME = Pattern.compile("(?-i:[A-Z][a-z]+day Night)");
  private static final Pattern CAPITAL_AFTER = Pattern.compile(" [A-Z][a-z]+");
  private static final Pattern CAPS_WORD = Pattern.compile("[A-Z]{2,}");
  private static final Pattern FUNCTION_CAPS = Pattern.compile("THE|A|AN|OF|AND|IN|ON|AT|TO|FOR");

  private TitledTimeWords() {}

  static boolean isTitle(Candidate c, CharSequence text) {
    String words = text.subSequence(c.start(), c.end()).toString();
    // "on Saturday Night Live": the words after a lowercase preposition
    String named = words.replaceFirst("^(?:on|at|for|during|since|by|until|in)\\s+", "");
    // CBS' ''60 Minutes'': a title may open with a figure before a capitalized word
    if (Character.isDigit(firstLetter(named)) && named.matches("\\d+[ -][A-Z].*")) return quotedTitle(c, text);
    if (!Character.isUpperCase(firstLetter(named))) return false;
    return quotedTitle(c, text) || nightName(named, c, text) || capitalsName(named, c, text);
  }

  /** The expression lies inside quotation marks that hold only a few title words (not a full date: "tweet-date="May 4, 2016""). */
  private static boolean quotedTitle(Candidate c, CharSequence text) {
    if (DATES.contains(c.kind())) return false;
    int open = c.start();
    int words = 0;
    // back to the opening mark over title words
    int i = c.start() - 1;
    while (true) {
      while (i >= 0 && text.charAt(i) == ' ') i--;
      if (i < 0) return false;
      if (OPEN.indexOf(text.charAt(i)) >= 0) {
        // two single marks ('') open a title as one double mark does
        open = i;
        break;
      }
      int wordEnd = i + 1;
      while (i >= 0 && !Character.isWhitespace(text.charAt(i)) && OPEN.indexOf(text.charAt(i)) < 0) i--;
      String word = text.subSequence(i + 1, wordEnd).toString();
      if (!TITLE_WORD.matcher(word).matches() || ++words > MAX_TITLE_WORDS) return false;
    }
    if (open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))) return false; // an apostrophe in a word
    // on to the closing mark over title words
    int j = c.end();
    while (true) {
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == ',' || text.charAt(j) == '.')) j++;
      if (j >= text.length()) return false;
      // a closing mark, not an apostrophe inside a word ("I've")
      if (CLOSE.indexOf(text.charAt(j)) >= 0) return j + 1 >= text.length() || !Character.isLetter(text.charAt(j + 1));
      int wordStart = j;
      while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && CLOSE.indexOf(text.charAt(j)) < 0
          && text.charAt(j) != ',') {
        j++;
      }
      String word = text.subSequence(wordStart, j).toString();
      if (!TITLE_WORD.matcher(word).matches() || ++words > MAX_TITLE_WORDS) return false;
    }
  }

  /** "Saturday Night Live", "Monday Night Football": a capitalized day's night running into a name. */
  private static boolean nightName(String words, Candidate c, CharSequence text) {
    return NIGHT_NAME.matcher(words).find() && words.endsWith("Night")
        && CAPITAL_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /** "USA TODAY", "THE WEEKLY STANDARD": capitals beside capitals in a line that is not all capitals. */
  private static boolean capitalsName(String words, Candidate c, CharSequence text) {
    if (!CAPS_WORD.matcher(words).find() || !words.equals(words.toUpperCase(java.util.Locale.ROOT))) return false;
    String before = wordBefore(text, c.start());
    String after = wordAfter(text, c.end());
    // "USA TODAY's board" is the paper's; "THE WEEKEND'S POLLS" a heading's time
    boolean possessive = c.end() < text.length() && (text.charAt(c.end()) == '’' || text.charAt(c.end()) == '\'');
    boolean besideCaps = isCapsName(before) || !possessive && isCapsName(after);
    // ordinary text on one side at least (a story may end on "USA TODAY.")
    return besideCaps && (hasLowerCase(text, c.start() - 60, c.start()) || hasLowerCase(text, c.end(), c.end() + 60))
        && !hasLowerCase(text, c.start(), c.end());
  }

  private static boolean isCapsName(String word) {
    return CAPS_WORD.matcher(word).matches() && !FUNCTION_CAPS.matcher(word).matches();
  }

  private static boolean hasLowerCase(CharSequence text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
      if (Character.isLowerCase(text.charAt(i))) return true;
    }
    return false;
  }

  private static String wordBefore(CharSequence text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    int end = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
    String w = text.subSequence(i + 1, end).toString();
    if (FUNCTION_CAPS.matcher(w).matches()) return wordBefore(text, i + 1);
    return w;
  }

  private static String wordAfter(CharSequence text, int end) {
    Matcher m = Pattern.compile(" *([A-Za-z]+)").matcher(text).region(end, text.length());
    return m.lookingAt() ? m.group(1) : "";
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return s.charAt(i);
    }
    return ' ';
  }
}
