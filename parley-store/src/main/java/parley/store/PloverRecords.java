package parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Coded events as PLOVER JSON records (fields of the PLOVER manual's "Data Fields"): id, date,
 * actor and recipient entities, event type, mode, context, quad code, scale, event text, where in
 * the story (text_info) and which story (cite_info). Events without a PLOVER type are left out.
 */
final class PloverRecords {
  static final String SELECT = "SELECT e.id, e.day, e.source_code, e.source_text, e.target_code, e.target_text, "
      + "e.plover, e.code, e.mode, e.quad, e.goldstein, e.evidence_text, e.sentence, e.evidence_start, "
      + "e.evidence_end, e.rule, e.document_id, d.url, d.title, d.source, d.ingested "
      + "FROM events e JOIN documents d ON d.id = e.document_id "
      + "WHERE e.plover IS NOT NULL AND e.day IS NOT NULL ORDER BY e.day, e.document_id, e.id";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PloverRecords() {}

  static ObjectNode record(ResultSet rs) throws SQLException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", rs.getString("id"));
    o.put("has_event", true);
    o.put("date", rs.getDate("day").toLocalDate().toString());
    entities(o.putArray("actor"), rs.getString("source_code"), rs.getString("source_text"));
    entities(o.putArray("recipient"), rs.getString("target_code"), rs.getString("target_text"));
    o.putArray("event").add(rs.getString("plover"));
    ArrayNode mode = o.putArray("mode");
    if (!"asserted".equals(rs.getString("mode"))) mode.add(rs.getString("mode"));
    o.putArray("context");
    o.putArray("event_text").add(rs.getString("evidence_text"));
    o.put("quad_code", rs.getInt("quad"));
    o.put("event_scale", rs.getDouble("goldstein"));
    o.put("cameo", rs.getString("code"));
    ObjectNode textInfo = o.putObject("text_info");
    textInfo.put("sequence", rs.getInt("sentence"));
    textInfo.put("start", rs.getInt("evidence_start"));
    textInfo.put("end", rs.getInt("evidence_end"));
    ObjectNode cite = o.putObject("cite_info");
    cite.put("citation", rs.getString("document_id"));
    cite.put("url", rs.getString("url"));
    cite.put("title", rs.getString("title"));
    cite.put("publication", rs.getString("source"));
    cite.put("language", "en");
    cite.put("coder", "parley " + rs.getString("rule"));
    o.put("coder", "parley");
    o.put("coded_date", rs.getTimestamp("ingested").toLocalDateTime().toLocalDate().toString());
    return o;
  }

  /** One entity: {"code": "USA", "sector": "GOV", "entity_text": "..."}; none when nothing is known. */
  private static void entities(ArrayNode list, String code, String text) {
    if (code == null && text == null) return;
    ObjectNode entity = list.addObject();
    entity.put("code", code == null ? null : code.substring(0, Math.min(3, code.length())));
    entity.put("sector", code == null || code.length() <= 3 ? null : code.substring(3));
    entity.put("entity_text", text);
  }
}
