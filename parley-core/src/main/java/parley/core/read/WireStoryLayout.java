package parley.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Dateline;
import parley.core.doc.Document;
import parley.core.doc.Section;
import parley.core.doc.Span;
import parley.core.doc.Zone;

/**
 * Recognises the parts of a wire story that are not its body: the dateline ("SEOUL (Reuters) - ",
 * "BRUSSELS, Aug 22 (Reuters) - "), photo captions ("... REUTERS/Kham/File Photo") and credits
 * ("Reporting by ...; Editing by ...").
 */
public final class WireStoryLayout {
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  /** "SEOUL (Reuters) - ", "BRUSSELS, Aug 22 (Reuters) - ", "Tehran, March 15, IRNA - ", "MANILA -- ", "WASHINGTON \u2015 " (a horizontal bar). */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*([A-Z][A-Za-z.'\\- ]{1,40}?)(, [A-Z][A-Za-z.'\\- ]{1,30}?)?"
          + "(,? " + MONTH + " \\d{1,2}(?:, \\d{4})?)?"
          + "(?: \\(([A-Z][A-Za-z .&]{1,30})\\)|, ([A-Z]{2,10}))?"
          + "(\\s*(?:[-\u2013\u2014\u2015]{1,2}|:)\\s+|(?<=\\))\\s+)");
  private static final Pattern CREDIT = Pattern.compile(
      "^\\s*\\(?\\s*(?:(?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by|Edited by"
          + "|Our Standards:|Reporting and writing by|Writing and reporting by)\\b");
  private static final Pattern CAPTION = Pattern.compile(
      "(?:REUTERS/[A-Z][\\w .'/-]*|\\(Reuters photo[^)]*\\)|File Photo|FILE PHOTO|Photo by [^.]+|"
          + "REUTERS/[A-Za-z]+)\\s*$");
  private static final Pattern CAPTION_START = Pattern.compile("^\\s*(?:FILE PHOTO:|PHOTO:|FILE -)");

  private WireStoryLayout() {}

  /** A document whose text has no headline line (JSON lines, sentences) with its dateline, captions and credits marked. */
  public static Document laidOut(Document doc) {
    return doc.withMetadata(doc.title(), dateline(doc.text(), 0).or(doc::dateline), doc.url(), doc.source())
        .withZones(zones(doc.text(), 0));
  }

  /** Zones of a story whose body starts at {@code bodyStart} (after a headline, or 0). */
  public static List<Zone> zones(String text, int bodyStart) {
    List<Zone> zones = new ArrayList<>();
    for (Span paragraph : paragraphs(text, bodyStart)) {
      String p = paragraph.of(text);
      if (CREDIT.matcher(p).find()) {
        zones.add(new Zone(Section.CREDIT, paragraph));
      } else if (CAPTION.matcher(p).find() || CAPTION_START.matcher(p).find()) {
        zones.add(new Zone(Section.CAPTION, paragraph));
      }
    }
    dateline(text, bodyStart).ifPresent(d -> zones.add(new Zone(Section.DATELINE, d.span())));
    return zones;
  }

  /**
   * The dateline at the start of the first body paragraph, if there is one. Without a dash or colon
   * after it ("SEOUL (Reuters) The talks...") the place must be in capitals: "Amnesty International
   * (AI) said" opens a sentence with a name and its acronym, not a dateline.
   */
  public static Optional<Dateline> dateline(String text, int bodyStart) {
    int start = bodyStart;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
    int lineEnd = text.indexOf('\n', start);
    String firstLine = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
    Matcher m = DATELINE.matcher(firstLine);
    if (!m.find() || m.end() >= firstLine.length()) return Optional.empty();
    String place = m.group(1).trim();
    String agency = m.group(4) != null ? m.group(4) : m.group(5);
    boolean hasDate = m.group(3) != null;
    boolean capitalised = place.equals(place.toUpperCase(java.util.Locale.ROOT)) && place.length() >= 3;
    if (agency == null && !hasDate && !capitalised) return Optional.empty();
    boolean marked = m.group(6).chars().anyMatch(c -> c == '-' || c == ':' || c == '\u2013' || c == '\u2014'
        || c == '\u2015');
    if (!marked && !capitalised) return Optional.empty();
    return Optional.of(new Dateline(place, Optional.ofNullable(agency).map(String::trim),
        new Span(start, start + m.end())));
  }

  /** Paragraph spans (separated by blank lines, or by single newlines), trimmed. */
  static List<Span> paragraphs(String text, int from) {
    List<Span> out = new ArrayList<>();
    int i = from;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf('\n', i);
      if (end < 0) end = n;
      int s = i;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) out.add(new Span(s, e));
      i = end + 1;
    }
    return out;
  }
}
