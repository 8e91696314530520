package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Span;

/**
 * Words given to a speaker by a colon at the start of a paragraph, as headlines ("Graham: Trump's
 * 'Hateful Rhetoric' Destroying GOP") and interview transcripts ("WALLACE: Do you think ...")
 * print them. In the body only an upper-case speaker counts ("TAPPER:"), so that "Wait, it gets
 * better:" or "Update:" lines are not read as speech; a transcript paragraph may open with a
 * quotation mark before the speaker ("\"WALLACE: Let's start ..."), its words then being quoted.
 */
final class ColonAttribution {
  /**
   * Who speaks (their words as printed) and what they say; {@code quoted} when the words are
   * between quotation marks, so the quote itself is found as a direct quote.
   */
  record Line(String speaker, Span speakerSpan, Span content, boolean quoted) {}

  private static final Pattern LINE = Pattern.compile(
      "^[ \\t]*([“\"]?)((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}.'’-]*):[ \\t]+(\\S.*?)[ \\t]*$", Pattern.MULTILINE);

  /**
   * Capitalised words that open a sentence but never a speaker's name: "In a statement, the company
   * said: “...”" is a sentence framing its quote, not a line given to "In".
   */
  private static final Set<String> NOT_NAMES = Set.of("in", "on", "at", "after", "before", "during", "when", "while",
      "as", "but", "and", "or", "so", "yet", "the", "a", "an", "this", "that", "these", "those", "asked", "for",
      "from", "with", "without", "to", "of", "by", "if", "then", "later", "earlier", "last", "since", "until",
      "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my", "speaking", "writing");
  private static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "note", "editor's note", "editor’s note",
      "watch", "video", "photos", "photo", "read", "read more", "related", "breaking", "exclusive", "live",
      "click", "q", "a", "source", "sources", "credit", "warning", "correction", "clarification", "subscribe",
      "follow", "listen", "transcript", "see", "also", "more", "here", "question", "answer", "bottom line", "the latest");

  /**
   * A paragraph opening with a name and a colon right before a quotation mark: "Clinton: “Our goal
   * is ...”", "Rep. Jane Doe (D-Ohio):“...”", "Smith in 1992: “...”". The name is the leading run of
   * capitalised words; up to a few words (a date, a party) may stand between it and the colon.
   */
  private static final Pattern QUOTE_LINE = Pattern.compile(
      "^[ \\t]*((?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})(?:(?![.!?][ \\t])[^\\n:“”\"]){0,30}:[ \\t]*([“\"].*?)[ \\t]*$",
      Pattern.MULTILINE);

  /**
   * The same inside a paragraph, after the end of a sentence: "... reject the term. Clinton: “Our
   * goal is ...” Bush: “The mission is ...”". Here the name must stand right before the colon.
   */
  private static final Pattern INLINE_QUOTE_LINE = Pattern.compile(
      "(?<=[.!?…][\"”’']?[ \\t]{1,3})((?:\\p{Lu}[\\p{L}.'’-]*)(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,3}):[ \\t]*([“\"][^\\n]*?)[ \\t]*$",
      Pattern.MULTILINE);

  private ColonAttribution() {}

  static List<Line> find(String text) {
    List<Line> out = new ArrayList<>();
    int headline = firstParagraph(text);
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      String speaker = m.group(2);
      if (NOT_SPEAKERS.contains(speaker.toLowerCase(java.util.Locale.ROOT))) continue;
      boolean transcript = speaker.equals(speaker.toUpperCase(java.util.Locale.ROOT)) && speaker.length() > 1;
      boolean opened = !m.group(1).isEmpty();
      if (opened ? !transcript : m.start() != headline && !transcript) continue;
      out.add(new Line(speaker, new Span(m.start(2), m.end(2)), new Span(m.start(3), m.end(3)), opened));
    }
    Matcher q = QUOTE_LINE.matcher(text);
    while (q.find()) {
      String speaker = q.group(1);
      boolean known = out.stream().anyMatch(l -> l.speakerSpan().start() == q.start(1));
      boolean clause = text.substring(q.end(1), q.start(2)).contains(",")
          || NOT_NAMES.contains(speaker.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
      if (known || clause || NOT_SPEAKERS.contains(speaker.toLowerCase(java.util.Locale.ROOT))) continue;
      out.add(new Line(speaker, new Span(q.start(1), q.end(1)), new Span(q.start(2), q.end(2)), true));
    }
    Matcher inline = INLINE_QUOTE_LINE.matcher(text);
    for (int from = 0; from < text.length() && inline.find(from); from = inline.end(1)) {
      String speaker = inline.group(1);
      boolean known = out.stream().anyMatch(l -> l.speakerSpan().start() == inline.start(1));
      if (known || NOT_SPEAKERS.contains(speaker.toLowerCase(java.util.Locale.ROOT))) continue;
      out.add(new Line(speaker, new Span(inline.start(1), inline.end(1)), new Span(inline.start(2), inline.end(2)), true));
    }
    out.sort(java.util.Comparator.comparingInt(l -> l.content().start()));
    return endAtNextSpeaker(out);
  }

  /** A speaker's words end where the next speaker's name begins ("Clinton: “...” Bush: “...”"). */
  private static List<Line> endAtNextSpeaker(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      int next = i + 1 < lines.size() ? lines.get(i + 1).speakerSpan().start() : Integer.MAX_VALUE;
      boolean cut = next > l.content().start() && next < l.content().end();
      out.add(cut ? new Line(l.speaker(), l.speakerSpan(), new Span(l.content().start(), next), l.quoted()) : l);
    }
    return out;
  }

  private static int firstParagraph(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return text.lastIndexOf('\n', i) + 1;
  }
}
