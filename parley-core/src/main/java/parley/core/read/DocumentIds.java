package parley.core.read;

import java.nio.file.Path;

/** Document ids made from input names: "examples/seoul-2019-11-10.txt" gives "seoul-2019-11-10". */
final class DocumentIds {
  private DocumentIds() {}

  static String fromSourceName(String sourceName) {
    if (sourceName.equals("-") || sourceName.equals("<stdin>")) return "stdin";
    Path name = Path.of(sourceName).getFileName();
    String base = name == null ? sourceName : name.toString();
    int dot = base.indexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
