package parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import parley.core.lexicon.PetrarchDictionaries;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;
import parley.core.read.InputException;

/** Finds the actor and agent dictionaries in a PETRARCH2/TABARI dictionary folder and loads them. */
final class PetrarchFolder {
  private PetrarchFolder() {}

  static Pipelines.Lexicons lexicons(Path dir) {
    if (!Files.isDirectory(dir)) throw new InputException(dir.toString(), "not a dictionary folder");
    List<Path> actorFiles = files(dir, "actors");
    List<Path> agentFiles = files(dir, "agents");
    if (actorFiles.isEmpty()) throw new InputException(dir.toString(), "no *actors*.txt dictionary in the folder");
    RoleLexicon roles = agentFiles.isEmpty() ? RoleLexicon.fromResource() : PetrarchDictionaries.agents(agentFiles.get(0));
    return new Pipelines.Lexicons(PetrarchDictionaries.actors(actorFiles), roles, VerbLexicon.fromResource());
  }

  private static List<Path> files(Path dir, String kind) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().toLowerCase().contains(kind))
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
    }
  }
}
