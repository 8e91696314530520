package parley.core.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A weekday joined to a recurring one shares its plural head: in "flights leave on Monday and
 * Tuesday nights" both days recur (TimeML: XXXX-WXX-1TNI and XXXX-WXX-2TNI), and in "on Mondays
 * and Thursdays" both too. The first day alone would read as one date.
 */
final class ConjoinedWeekdaySets {
  private static final Pattern LINK = Pattern.compile("\\s+(?:and|or)\\s+");

  private ConjoinedWeekdaySets() {}

  /** {@code chosen}, with a bare weekday right before "and"/"or" and a recurring weekday made recurring. */
  static List<Candidate> join(List<Candidate> chosen, CharSequence text) {
    List<Candidate> out = new ArrayList<>(chosen);
    for (int i = 0; i < out.size(); i++) {
      Candidate day = out.get(i);
      if (day.kind() != Kind.WEEKDAY || day.group("mod") != null || day.group("part") != null
          || day.group("edge") != null) {
        continue;
      }
      for (Candidate set : out) {
        if (set.kind() != Kind.SET || set.group("wd2") == null || set.start() <= day.end()) continue;
        if (LINK.matcher(text).region(day.end(), set.start()).matches()) out.set(i, recurring(day, set));
      }
    }
    return out;
  }

  private static Candidate recurring(Candidate day, Candidate set) {
    Map<String, String> groups = new HashMap<>();
    groups.put("wd2", day.group("wd"));
    if (set.group("parts") != null) groups.put("parts", set.group("parts"));
    return new Candidate(Kind.SET, day.start(), day.end(), groups);
  }
}
