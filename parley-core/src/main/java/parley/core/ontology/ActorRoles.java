package parley.core.ontology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.core.read.InputException;

/**
 * The three-letter CAMEO actor blocks that are not countries: roles ({@code GOV}, {@code MIL}, ...),
 * international generics ({@code IGO}, {@code NGO}, ...) and regions ({@code MEA}, ...), read once
 * from {@code actor-roles.tsv}. Immutable and thread-safe.
 */
public final class ActorRoles {
  private static final String RESOURCE = "actor-roles.tsv";

  /** What a three-letter block is. */
  public enum Kind { ROLE, INTERNATIONAL, REGION }

  private record Block(Kind kind, String description) {}

  private final Map<String, Block> blocks;

  private ActorRoles(Map<String, Block> blocks) {
    this.blocks = Collections.unmodifiableMap(blocks);
  }

  public static ActorRoles fromResource() {
    Map<String, Block> blocks = new LinkedHashMap<>();
    for (TsvLines.Row row : TsvLines.read(ActorRoles.class, RESOURCE, 3)) {
      String code = row.fields().get(0);
      if (!code.matches("[A-Z]{3}")) {
        throw new InputException(RESOURCE, row.line(), "not a three-letter code: '" + code + "'");
      }
      Kind kind = switch (row.fields().get(1)) {
        case "role" -> Kind.ROLE;
        case "international" -> Kind.INTERNATIONAL;
        case "region" -> Kind.REGION;
        default -> throw new InputException(RESOURCE, row.line(), "unknown kind '" + row.fields().get(1) + "'");
      };
      blocks.put(code, new Block(kind, row.fields().get(2)));
    }
    return new ActorRoles(blocks);
  }

  /** Whether a block is a role that can follow a country code ("GOV" in "USAGOV"). */
  public boolean isRole(String threeLetters) {
    Block block = blocks.get(threeLetters);
    return block != null && block.kind() == Kind.ROLE;
  }

  public Optional<Kind> kind(String threeLetters) {
    return Optional.ofNullable(blocks.get(threeLetters)).map(Block::kind);
  }

  public Optional<String> description(String threeLetters) {
    return Optional.ofNullable(blocks.get(threeLetters)).map(Block::description);
  }

  public Set<String> codes() {
    return blocks.keySet();
  }
}
