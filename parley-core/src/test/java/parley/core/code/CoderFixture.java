package parley.core.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Dateline;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;
import parley.core.ontology.CameoTable;
import parley.core.quote.Parses;

/** Hand-parsed documents run through the actor and event coders with Parley's own lexicons. */
final class CoderFixture {
  static final ActorLexicon ACTORS = ActorLexicon.fromResources();
  static final RoleLexicon ROLES = RoleLexicon.fromResource();
  static final VerbLexicon VERBS = VerbLexicon.fromResource();
  static final CameoTable CAMEO = CameoTable.fromResource();
  static final parley.core.lexicon.PlaceGazetteer PLACES = parley.core.lexicon.PlaceGazetteer.fromResource();

  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();
  private Optional<Dateline> dateline = Optional.empty();
  private int from;
  private LocalDate published = LocalDate.of(2019, 11, 10);

  CoderFixture(String text) {
    this.text = text;
  }

  /** Adds the next sentence: tokens as {@code word/POS/head/relation[/lemma]}, heads from 1. */
  CoderFixture sentence(String spec) {
    Sentence s = Parses.sentence(text, sentences.size(), from, spec);
    from = s.span().end();
    sentences.add(s);
    return this;
  }

  CoderFixture published(LocalDate date) {
    published = date;
    return this;
  }

  CoderFixture undated() {
    published = null;
    return this;
  }

  CoderFixture dateline(String place) {
    dateline = Optional.of(new Dateline(place, Optional.of("Reuters"), new Span(0, 0)));
    return this;
  }

  Document actors() {
    Document doc = Document.of("t", text, Optional.ofNullable(published))
        .withMetadata(Optional.empty(), dateline, Optional.empty(), Optional.empty())
        .withSentences(sentences);
    return new ActorCoder(ACTORS, ROLES, PLACES).apply(doc);
  }

  Document code() {
    return new EventCoder(VERBS, CAMEO).apply(actors());
  }

  static List<Event> asserted(Document doc) {
    return doc.events().stream().filter(e -> e.mode() == Mode.ASSERTED).toList();
  }

  static String dyad(Event e) {
    return e.source().code().orElse("?") + ">" + e.target().flatMap(t -> t.code()).orElse("?") + ":" + e.type().code();
  }
}
