package parley.core.code;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the actor coder remembers while it reads one article: people introduced with a role
 * ("the adviser, Chung Eui-yong"), the last actor named by each role word ("adviser"), and the last
 * person mentioned, for "he" and "she". One instance per article; not shared between threads.
 */
final class ArticleMemory {
  private final Map<String, String> codeByName = new HashMap<>();
  private final Map<String, String> fullNameByName = new HashMap<>();
  private final Map<String, String> codeByRoleWord = new HashMap<>();
  private String lastGroupCode;
  private String[] lastPair;
  private String centreCode;
  private final ShortOrganisationNames shortNames = new ShortOrganisationNames();
  private String centreTitle;
  private int centreSentence = -1;
  private int lastPairSentence = -1;
  private String lastPersonCode;
  private String lastPersonName;

  /** The organisations named so far, by the last word of their names ("the Bank"). */
  ShortOrganisationNames shortNames() {
    return shortNames;
  }

  void rememberPerson(String fullName, String code) {
    String[] parts = fullName.split("\\s+");
    String key = fullName.toLowerCase(Locale.ROOT);
    if (parts.length == 1) {
      // "President Lee" after "Minister Ann Lee": the person named in full is recoded too
      String known = fullNameByName.get(key);
      if (known != null && !known.equalsIgnoreCase(fullName)) codeByName.put(known.toLowerCase(Locale.ROOT), code);
      codeByName.put(key, code);
      fullNameByName.putIfAbsent(key, fullName);
    } else {
      codeByName.put(key, code);
      fullNameByName.put(key, fullName);
      rememberPart(parts[0].toLowerCase(Locale.ROOT), fullName, code);
      rememberPart(parts[parts.length - 1].toLowerCase(Locale.ROOT), fullName, code);
    }
    if (lastPersonCode == null) {
      lastPersonCode = code;
      lastPersonName = fullName;
    }
  }

  /**
   * A first name or surname stands for the first person it named; that person recoded later ("Ann
   * Lee", then "Foreign Minister Ann Lee") is recoded under it too.
   */
  private void rememberPart(String part, String fullName, String code) {
    String owner = fullNameByName.get(part);
    if (owner == null || owner.equalsIgnoreCase(fullName)) {
      codeByName.put(part, code);
      fullNameByName.put(part, fullName);
    }
  }

  Optional<String> personCode(String name) {
    return Optional.ofNullable(codeByName.get(name.toLowerCase(Locale.ROOT)));
  }

  Optional<String> fullName(String name) {
    return Optional.ofNullable(fullNameByName.get(name.toLowerCase(Locale.ROOT)));
  }

  void rememberRole(String roleWord, String code) {
    codeByRoleWord.put(roleWord, code);
  }

  Optional<String> roleCode(String roleWord) {
    return Optional.ofNullable(codeByRoleWord.get(roleWord));
  }

  void notePerson(String name, String code) {
    lastPersonCode = code;
    lastPersonName = name;
  }

  /**
   * The person at the centre of a sentence is one no lexicon codes ("Ambassador Ann Lee said"): "he"
   * and "his" next stand for them, so they no longer carry the code of a person named before.
   */
  void noteUncodedPerson(String name) {
    lastPersonCode = null;
    lastPersonName = name;
  }

  /** The last country, organisation or government named: what "it" and "they" most often mean. */
  void noteGroup(String code) {
    lastGroupCode = code;
  }

  /**
   * The first coded subject of sentence {@code sentence}: what the sentence is about. {@code title} is
   * the role word of a person ("ambassador"), empty for a country or body.
   */
  void noteCentre(String code, String title, int sentence) {
    centreCode = code;
    centreTitle = title;
    centreSentence = sentence;
  }

  /**
   * The centre of sentence {@code sentence} as the country of a titled official: a country or body
   * (whose official speaks next), or a person of the same title ("Burundi's ambassador said ... .
   * Ambassador Terence said ...").
   */
  Optional<String> centreFor(int sentence, String title) {
    if (centreSentence != sentence || centreCode == null) return Optional.empty();
    return centreTitle.isEmpty() || centreTitle.equals(title) ? Optional.of(centreCode) : Optional.empty();
  }

  /** The last pair of actors named together ("Israel and Syria", "Syria accused Israel"), in sentence {@code sentence}. */
  void notePair(String[] pair, int sentence) {
    lastPair = pair.clone();
    lastPairSentence = sentence;
  }

  /** The last pair named, if named within {@code reach} sentences before {@code sentence}. */
  Optional<String[]> pairBefore(int sentence, int reach) {
    if (lastPair == null || sentence - lastPairSentence > reach) return Optional.empty();
    return Optional.of(lastPair.clone());
  }

  Optional<String> lastGroupCode() {
    return Optional.ofNullable(lastGroupCode);
  }

  Optional<String> lastPersonCode() {
    return Optional.ofNullable(lastPersonCode);
  }

  Optional<String> lastPersonName() {
    return Optional.ofNullable(lastPersonName);
  }
}
