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
  private String lastPersonCode;
  private String lastPersonName;

  void rememberPerson(String fullName, String code) {
    String[] parts = fullName.split("\\s+");
    String key = fullName.toLowerCase(Locale.ROOT);
    codeByName.put(key, code);
    fullNameByName.put(key, fullName);
    String first = parts[0].toLowerCase(Locale.ROOT);
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    codeByName.putIfAbsent(first, code);
    codeByName.putIfAbsent(last, code);
    fullNameByName.putIfAbsent(first, fullName);
    fullNameByName.putIfAbsent(last, fullName);
    if (lastPersonCode == null) {
      lastPersonCode = code;
      lastPersonName = fullName;
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
