package parley.core.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.code.ActorCoder;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PlaceGazetteer;
import parley.core.lexicon.RoleLexicon;
import parley.core.time.TimeResolver;

/**
 * A short story of parsed sentences (CoreNLP's parses, written as specs) run through the actor
 * coder, the time resolver and the deadline finder, published on Sunday 10 November 2019.
 */
final class DeadlineStory {
  private static final ActorCoder ACTORS = new ActorCoder(ActorLexicon.fromResources(), RoleLexicon.fromResource(),
      PlaceGazetteer.fromResource());

  private final List<String> texts = new ArrayList<>();
  private final List<String> specs = new ArrayList<>();

  DeadlineStory sentence(String text, String spec) {
    texts.add(text);
    specs.add(spec);
    return this;
  }

  List<Deadline> deadlines() {
    String text = String.join(" ", texts);
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    for (String spec : specs) {
      Sentence s = Parses.sentence(text, sentences.size(), from, spec);
      from = s.span().end();
      sentences.add(s);
    }
    Document doc = Document.of("story", text, Optional.of(LocalDate.of(2019, 11, 10))).withSentences(sentences);
    return new DeadlineFinder().apply(new QuoteAttributor().apply(new TimeResolver().apply(ACTORS.apply(doc)))).deadlines();
  }
}
