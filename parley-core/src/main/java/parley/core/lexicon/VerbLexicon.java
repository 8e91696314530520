package parley.core.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The verb lexicon: predicate lemmas with the dependency frames that decide their CAMEO code.
 * Written in Parley's own line format (see {@code verbs.txt}); loaded once, immutable.
 *
 * <pre>
 * # code  lemma[+particle]  [obj=a,b]  [comp=a,b]  [target=obj,on,with]
 * 163     impose            obj=sanction,embargo,curb  target=on,against
 * 026     urge              comp=talk,negotiation,negotiate
 * 040     meet              target=with,obj
 * n:190   attack            target=on,against
 * 072     receive           obj=weapon,arm target=from>   # reversed: the from-phrase gives
 * light   launch                       # the event comes from the object noun
 * </pre>
 */
public final class VerbLexicon {
  private static final Set<String> KEYS = Set.of("obj", "comp", "target");
  private final Map<String, List<VerbPattern>> verbs;
  private final Map<String, List<VerbPattern>> nouns;
  private final int size;
  private final Map<String, String> lightVerbs;

  private VerbLexicon(List<VerbPattern> patterns) {
    this(patterns, Map.of());
  }

  private VerbLexicon(List<VerbPattern> patterns, Map<String, String> lightVerbs) {
    this.lightVerbs = Map.copyOf(lightVerbs);
    Map<String, List<VerbPattern>> v = new HashMap<>();
    Map<String, List<VerbPattern>> n = new HashMap<>();
    for (VerbPattern p : patterns) {
      (p.nominal() ? n : v).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    Comparator<VerbPattern> mostSpecificFirst = Comparator.comparingInt(VerbPattern::specificity).reversed();
    v.replaceAll((k, list) -> list.stream().sorted(mostSpecificFirst).toList());
    n.replaceAll((k, list) -> list.stream().sorted(mostSpecificFirst).toList());
    this.verbs = Map.copyOf(v);
    this.nouns = Map.copyOf(n);
    this.size = patterns.size();
  }

  public static VerbLexicon fromResource() {
    return parse(LexiconLines.resource("/parley/core/lexicon/verbs.txt"));
  }

  public static VerbLexicon load(Path file) {
    return parse(LexiconLines.read(file));
  }

  public static VerbLexicon of(List<VerbPattern> patterns) {
    return new VerbLexicon(patterns);
  }

  static VerbLexicon parse(List<LexiconLines.Line> lines) {
    List<VerbPattern> patterns = new ArrayList<>();
    Map<String, String> light = new HashMap<>();
    for (LexiconLines.Line line : LexiconLines.content(lines)) {
      String[] fields = line.text().trim().split("\\s+");
      if (fields[0].equals("light")) {
        if (fields.length != 2) throw line.error("expected 'light lemma[+particle]'");
        String[] predicate = fields[1].split("\\+", 2);
        light.put(predicate[0], predicate.length > 1 ? predicate[1] : "");
        continue;
      }
      patterns.add(parseLine(line));
    }
    return new VerbLexicon(patterns, light);
  }

  /**
   * Light verbs take their event from their object noun ("launched an investigation", "carried
   * out attacks"): the particle the verb needs ("out" for "carry"), "" for none, or empty when
   * the lemma is not a light verb.
   */
  public java.util.Optional<String> lightVerbParticle(String lemma) {
    return java.util.Optional.ofNullable(lightVerbs.get(lemma));
  }

  /** Patterns for a verb lemma, most specific first; empty when the lemma is not an event verb. */
  public List<VerbPattern> forVerb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Patterns for an event noun ("attack", "sanctions"), most specific first. */
  public List<VerbPattern> forNoun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  public int size() {
    return size;
  }

  public boolean hasVerb(String lemma) {
    return verbs.containsKey(lemma);
  }

  private static VerbPattern parseLine(LexiconLines.Line line) {
    String text = line.text();
    int hash = text.indexOf(" #");
    if (hash >= 0) text = text.substring(0, hash);
    String[] fields = text.trim().split("\\s+");
    if (fields.length < 2) throw line.error("expected 'code lemma [key=value...]'");
    boolean nominal = fields[0].startsWith("n:");
    String code = nominal ? fields[0].substring(2) : fields[0];
    if (!code.matches("\\d{2,4}") && !(code.equals(VerbPattern.NO_EVENT) && !nominal)) {
      throw line.error("not a CAMEO event code: '" + fields[0] + "'");
    }
    String[] predicate = fields[1].split("\\+", 2);
    String lemma = predicate[0];
    String particle = predicate.length > 1 ? predicate[1] : "";
    if (!lemma.matches("[a-z][a-z'-]*")) throw line.error("bad lemma '" + fields[1] + "'");
    Set<String> objects = Set.of();
    Set<String> complements = Set.of();
    List<String> targets = null;
    for (int i = 2; i < fields.length; i++) {
      int eq = fields[i].indexOf('=');
      String key = eq < 0 ? fields[i] : fields[i].substring(0, eq);
      if (eq < 0 || !KEYS.contains(key)) {
        throw line.error("unknown condition '" + fields[i] + "' (expected obj=, comp= or target=)");
      }
      List<String> values = Arrays.stream(fields[i].substring(eq + 1).split(","))
          .filter(Predicate.not(String::isEmpty)).toList();
      if (values.isEmpty()) throw line.error("empty list in '" + fields[i] + "'");
      switch (key) {
        case "obj" -> objects = new LinkedHashSet<>(values);
        case "comp" -> complements = new LinkedHashSet<>(values);
        default -> targets = values;
      }
    }
    if (targets == null) {
      targets = objects.isEmpty() && !nominal ? List.of("obj", "iobj", "with", "to", "against", "on")
          : List.of("on", "against", "into", "to", "with", "at", "for", "of", "iobj");
    }
    String name = fields[1] + (objects.isEmpty() ? "" : "+obj:" + String.join("|", objects))
        + (complements.isEmpty() ? "" : "+to:" + String.join("|", complements))
        + (nominal ? "(noun)" : "");
    return new VerbPattern(code, lemma, particle, objects, complements, targets, nominal, name,
        line.source() + ":" + line.number());
  }
}
