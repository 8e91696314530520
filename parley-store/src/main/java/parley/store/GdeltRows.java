package parley.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** The SELECT that turns merged events into GDELT 2.0 event rows: one SQL expression a column. */
final class GdeltRows {
  private static final String GROUPS = "('IGO', 'NGO', 'NGM', 'MNC', 'UIS')";

  private GdeltRows() {}

  static String select() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String name : GdeltColumns.NAMES) columns.put(name, "NULL");
    columns.put("GLOBALEVENTID", "id");
    columns.put("SQLDATE", "strftime(day, '%Y%m%d')");
    columns.put("MonthYear", "strftime(day, '%Y%m')");
    columns.put("Year", "strftime(day, '%Y')");
    columns.put("FractionDate",
        "printf('%.4f', year(day) + (month(day) * 30 + day(day)) / 365.0)");
    actor(columns, "Actor1", "source_code", "source_name");
    actor(columns, "Actor2", "target_code", "target_name");
    columns.put("IsRootEvent", "CASE WHEN is_root_event THEN 1 ELSE 0 END");
    columns.put("EventCode", "code");
    columns.put("EventBaseCode", "left(code, 3)");
    columns.put("EventRootCode", "root");
    columns.put("QuadClass", "quad");
    columns.put("GoldsteinScale", "goldstein");
    columns.put("NumMentions", "num_mentions");
    columns.put("NumSources", "num_sources");
    columns.put("NumArticles", "num_articles");
    columns.put("AvgTone", "0");
    columns.put("DATEADDED", "strftime(date_added, '%Y%m%d%H%M%S')");
    columns.put("SOURCEURL", "coalesce(source_url, first_document_id)");
    if (columns.size() != 61) throw new IllegalStateException("GDELT rows need 61 columns, not " + columns.size());
    return "SELECT " + String.join(", ", columns.values())
        + " FROM merged_events WHERE mode = 'asserted' AND day IS NOT NULL ORDER BY day, id";
  }

  /** Code USAGOVMIL: country USA, types GOV, MIL; IGOUNO: known group UNO. */
  private static void actor(Map<String, String> columns, String prefix, String code, String name) {
    String group = "left(" + code + ", 3) IN " + GROUPS;
    String roles = "CASE WHEN " + group + " THEN substr(" + code + ", 7) ELSE substr(" + code + ", 4) END";
    columns.put(prefix + "Code", code);
    columns.put(prefix + "Name", "upper(" + name + ")");
    columns.put(prefix + "CountryCode", "CASE WHEN " + group + " THEN NULL ELSE left(" + code + ", 3) END");
    columns.put(prefix + "KnownGroupCode", "CASE WHEN " + group + " THEN nullif(substr(" + code + ", 4, 3), '') END");
    for (int i = 1; i <= 3; i++) {
      columns.put(prefix + "Type" + i + "Code", "nullif(substr(" + roles + ", " + (3 * i - 2) + ", 3), '')");
    }
  }
}
