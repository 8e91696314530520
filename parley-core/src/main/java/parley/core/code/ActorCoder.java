package parley.core.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PlaceGazetteer;
import parley.core.lexicon.RoleLexicon;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Finds the actors of an article: names of countries, capitals, organisations and people, and noun
 * phrases that combine a country with a role ("South Korea's national security adviser" KORGOV,
 * "Japanese firms" JPNBUS). Reads the article in order and remembers people introduced with a role,
 * so "Chung said" and "he" later resolve. A role with no country takes the dateline's country.
 */
public final class ActorCoder implements Stage {
  private final NameSpotter names;
  private final ActorLexicon actors;
  private final RoleLexicon roles;
  private final DatelineCountry datelineCountry;

  private final PlaceGazetteer places;

  public ActorCoder(ActorLexicon actors, RoleLexicon roles, PlaceGazetteer places) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.places = Objects.requireNonNull(places, "places");
    this.names = new NameSpotter(actors);
    this.datelineCountry = new DatelineCountry(actors, places);
  }

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.TOKENS, Facet.LEMMAS, Facet.PARSE);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.ACTORS);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Document apply(Document doc) {
    ArticleMemory memory = new ArticleMemory();
    Optional<String> implied = doc.dateline().flatMap(d -> datelineCountry.of(d.place()));
    Optional<LocalDate> date = doc.published();
    List<Sentence> sentences = doc.sentences().stream().filter(s -> s.section().carriesEvents()).toList();
    List<NameHit[]> spotted = sentences.stream().map(s -> names.spot(s, places)).toList();
    DomesticPlaceNames domestic = DomesticPlaceNames.of(sentences, spotted, places);
    ArticleCountries countries = ArticleCountries.of(sentences, spotted, places, implied);
    implied = implied.or(countries::mainCountry);
    java.util.Set<String> namesUsedAlone = EmbeddedPlaceNames.namesUsedAlone(sentences);
    List<ActorMention> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      Optional<String> item = datelineCountry.ofItemOpening(doc.text(), sentence);
      if (item.isPresent()) implied = item;
      DependencyTree tree = new DependencyTree(sentence);
      NameHit[] hits = spotted.get(s);
      String[] placeCountries = names.places(sentence, hits, places, countries::choose);
      new EmbeddedPlaceNames(sentence, roles, namesUsedAlone).clear(hits, placeCountries, implied);
      FirmNamePlaces.clear(sentence, hits, placeCountries, implied, countries);
      new ListedPlaceNames(sentence, places).readAsPlaces(hits, placeCountries);
      domestic.readAsPlaces(sentence, hits, placeCountries, implied);
      NounPhraseActors phrases = new NounPhraseActors(tree, hits, placeCountries, roles, actors, memory, date,
          implied, doc.text(), countries::outweighs);
      mentions.addAll(phrases.mentions());
    }
    return doc.withActors(mentions);
  }
}
