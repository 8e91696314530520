package parley.core.lexicon;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads PETRARCH2/TABARI actor and agent dictionaries into Parley's lexicons, so users can code with
 * their own dictionaries. Actors: a primary phrase with an optional {@code [CODE]}, {@code +}synonyms,
 * tab-indented date restrictions {@code [CODE 950101-991231]}, {@code [CODE <date]}, {@code [CODE >date]}.
 * Agents: {@code PHRASE {plurals} [~CODE]} with {@code !SET!} substitutions. Words joined by
 * {@code _} or blanks are read as consecutive words. Lines without a code are skipped, as are
 * agents placed before the actor code ({@code [IGO~]}); a two-digit year below 30 is 20xx. The
 * published dictionaries carry typos, skipped as PETRARCH skips them: a restriction whose dates are
 * not 6 or 8 digits or end before they start, a code that is not letters and digits ({@code ---}).
 * A broken structure (unclosed bracket, empty code, a restriction or synonym before any actor, an
 * impossible date such as 450733, an unknown substitution set) is an error naming the line.
 */
public final class PetrarchDictionaries {
  private PetrarchDictionaries() {}

  /** An actor lexicon from one or more actor dictionaries; the first code given for a phrase wins. */
  public static ActorLexicon actors(List<Path> files) {
    ActorLexicon.Builder builder = new ActorLexicon.Builder();
    for (Path file : files) readActors(LexiconLines.read(file), builder);
    return builder.build();
  }

  /** A role lexicon from an agent dictionary. */
  public static RoleLexicon agents(Path file) {
    PhraseIndex.Builder<String> builder = new PhraseIndex.Builder<>();
    Map<String, List<String>> sets = new HashMap<>();
    for (LexiconLines.Line line : withoutComments(LexiconLines.read(file))) {
      String text = line.text().trim();
      if (text.startsWith("!") && text.contains("=")) {
        int eq = text.indexOf('=');
        List<String> members = new ArrayList<>();
        for (String member : text.substring(eq + 1).split(",")) members.add(member.trim());
        sets.put(text.substring(0, eq).trim(), members);
        continue;
      }
      int open = text.lastIndexOf('[');
      if (open < 0) continue;
      String code = bracketed(line, text, open).replace("~", "").replace(" ", "");
      if (text.substring(open).replace(" ", "").matches("\\[[A-Z]+~[\\]}].*")) continue;
      if (!code.matches("[A-Z]+")) throw line.error("not an agent code: '" + code + "'");
      String phrase = text.substring(0, open).trim();
      int brace = phrase.indexOf('{');
      String plurals = brace < 0 ? null : phrase.substring(brace + 1, Math.max(brace + 1, phrase.indexOf('}')));
      if (brace >= 0) phrase = phrase.substring(0, brace).trim();
      for (String expanded : expand(line, phrase, sets)) {
        addAgent(builder, expanded, code);
        if (plurals != null) {
          for (String plural : plurals.trim().split("\\s+")) if (!plural.isEmpty()) addAgent(builder, plural, code);
        } else if (!expanded.endsWith("_")) {
          addAgent(builder, plural(expanded), code);
        }
      }
    }
    return new RoleLexicon(builder.build());
  }

  private static void addAgent(PhraseIndex.Builder<String> builder, String phrase, String code) {
    List<String> words = words(phrase);
    if (!words.isEmpty()) builder.add(words, code);
  }

  private static List<String> expand(LexiconLines.Line line, String phrase, Map<String, List<String>> sets) {
    int start = phrase.indexOf('!');
    if (start < 0) return List.of(phrase);
    int end = phrase.indexOf('!', start + 1);
    if (end < 0) throw line.error("unclosed substitution set in '" + phrase + "'");
    List<String> members = sets.get(phrase.substring(start, end + 1));
    if (members == null) throw line.error("unknown substitution set " + phrase.substring(start, end + 1));
    List<String> phrases = new ArrayList<>();
    for (String member : members) {
      phrases.addAll(expand(line, phrase.substring(0, start) + member + phrase.substring(end + 1), sets));
    }
    return phrases;
  }

  private static String plural(String phrase) {
    if (phrase.endsWith("Y")) return phrase.substring(0, phrase.length() - 1) + "IES";
    if (phrase.endsWith("SS")) return phrase + "ES";
    return phrase + "S";
  }

  private static void readActors(List<LexiconLines.Line> lines, ActorLexicon.Builder builder) {
    ActorRecord current = null;
    for (LexiconLines.Line line : withoutComments(lines)) {
      String raw = line.text();
      String text = raw.trim();
      if (Character.isWhitespace(raw.charAt(0)) && text.startsWith("[")) {
        if (current == null) throw line.error("date restriction before any actor");
        current.restrict(line, bracketed(line, text, 0));
      } else if (text.startsWith("+")) {
        if (current == null) throw line.error("synonym before any actor");
        for (String synonym : text.split("\\+")) current.addPhrase(synonym);
      } else if (!Character.isWhitespace(raw.charAt(0))) {
        if (current != null) current.addTo(builder);
        current = new ActorRecord();
        int open = text.indexOf('[');
        current.addPhrase(open < 0 ? text : text.substring(0, open));
        if (open >= 0) current.restrict(line, bracketed(line, text, open));
      }
    }
    if (current != null) current.addTo(builder);
  }

  /** One actor record: its phrases, default code and dated offices. */
  private static final class ActorRecord {
    final List<String> phrases = new ArrayList<>();
    final List<Office> offices = new ArrayList<>();
    String code;

    void addPhrase(String phrase) {
      int open = phrase.indexOf('[');
      String bare = (open < 0 ? phrase : phrase.substring(0, open)).trim();
      if (!words(bare).isEmpty()) phrases.add(bare);
    }

    void restrict(LexiconLines.Line line, String restriction) {
      String[] parts = restriction.trim().split("\\s+", 2);
      String restrictionCode = parts[0].toUpperCase(Locale.ROOT);
      if (restrictionCode.isEmpty()) throw line.error("empty actor code");
      if (!restrictionCode.matches("[A-Z0-9]+")) return;
      if (parts.length == 1) {
        code = restrictionCode;
        return;
      }
      String range = parts[1].replace(" ", "");
      if (!range.matches("[<>]?\\d{6}(\\d{2})?(-\\d{6}(\\d{2})?)?")) return;
      LocalDate from = LocalDate.MIN;
      LocalDate to = LocalDate.MAX;
      if (range.startsWith("<")) {
        to = date(line, range.substring(1));
      } else if (range.startsWith(">")) {
        from = date(line, range.substring(1));
      } else if (range.contains("-")) {
        from = date(line, range.substring(0, range.indexOf('-')));
        to = date(line, range.substring(range.indexOf('-') + 1));
      } else {
        from = date(line, range);
      }
      if (from.isAfter(to)) return;
      offices.add(new Office(restrictionCode, from, to));
    }

    void addTo(ActorLexicon.Builder builder) {
      if (phrases.isEmpty()) return;
      String name = String.join(" ", words(phrases.get(0)));
      if (!offices.isEmpty()) {
        List<Office> all = new ArrayList<>(offices);
        if (code != null) all.add(new Office(code, LocalDate.MIN, LocalDate.MAX));
        List<String> names = phrases.stream().map(p -> String.join(" ", words(p))).toList();
        List<String> nameWords = words(phrases.get(0));
        builder.addPerson(new PersonEntry(name, nameWords.get(nameWords.size() - 1), all), names);
      } else if (code != null) {
        ActorEntry entry = new ActorEntry(code, kindOf(code), name);
        for (String phrase : phrases) builder.add(String.join(" ", words(phrase)), entry);
      }
    }
  }

  private static ActorKind kindOf(String code) {
    if (code.length() == 3) return ActorKind.COUNTRY;
    String first = code.substring(0, 3);
    return switch (first) {
      case "IGO", "NGO", "NGM", "MNC", "INT" -> ActorKind.ORGANISATION;
      default -> ActorKind.GROUP;
    };
  }

  private static LocalDate date(LexiconLines.Line line, String digits) {
    try {
      if (digits.matches("\\d{8}")) {
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
            Integer.parseInt(digits.substring(6)));
      }
      if (digits.matches("\\d{6}")) {
        int year = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(year < 30 ? 2000 + year : 1900 + year, Integer.parseInt(digits.substring(2, 4)),
            Integer.parseInt(digits.substring(4)));
      }
    } catch (DateTimeException e) {
      throw line.error("bad date '" + digits + "': " + e.getMessage(), e);
    }
    throw line.error("bad date '" + digits + "' (YYMMDD or YYYYMMDD)");
  }

  private static String bracketed(LexiconLines.Line line, String text, int open) {
    int close = text.indexOf(']', open);
    if (close < 0) close = text.indexOf('}', open);
    if (close < 0) throw line.error("unclosed '[' in '" + text.trim() + "'");
    return text.substring(open + 1, close);
  }

  private static List<String> words(String phrase) {
    return PhraseIndex.words(phrase.replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  /** Lines with comments removed: {@code #} to the end of a line, {@code <!-- ... -->} blocks. */
  private static List<LexiconLines.Line> withoutComments(List<LexiconLines.Line> lines) {
    List<LexiconLines.Line> kept = new ArrayList<>();
    boolean inBlock = false;
    for (LexiconLines.Line line : lines) {
      String text = line.text();
      if (inBlock || text.trim().startsWith("<!--")) {
        inBlock = !text.contains("-->");
        continue;
      }
      int hash = text.indexOf('#');
      if (hash >= 0) text = text.substring(0, hash);
      int semicolon = text.indexOf(" ;");
      if (semicolon >= 0) text = text.substring(0, semicolon);
      if (!text.isBlank()) kept.add(new LexiconLines.Line(line.source(), line.number(), text.stripTrailing()));
    }
    return kept;
  }
}
