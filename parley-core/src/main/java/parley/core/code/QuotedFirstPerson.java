package parley.core.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * "“We are closely coordinating with the U.S. side,” Chung said": a first-person pronoun ("we", "us",
 * "our", "I", "me", "my") inside a direct quote stands for the quote's speaker, and becomes an actor
 * with the speaker's code (Chung's KORGOV), so the events told in the quote have their actors. Runs
 * after the quotes are attributed and before the events are coded.
 *
 * <p>The direct quote nearest around the pronoun decides: reported speech inside it is transparent (in
 * "“He told us we must leave,” Smith said" the "we" is still Smith's), but words quoted inside the
 * quote ("“They said, ‘we will not go,’” Smith said") are someone else's and keep no actor. A pronoun
 * outside direct quotes, in a quote with no speaker, or whose speaker has no actor code is left alone,
 * as is one that already names an actor. A phrase that "our" or "my" owns and whose country only the
 * dateline gave ("our troops" in a Washington story quoting a Russian minister) takes the speaker's
 * country, keeping its role.
 */
public final class QuotedFirstPerson implements Stage {
  private static final String HOW = "quoted-first-person";
  private static final String OWNED_HOW = "owned-by-quoted-speaker";
  private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "ourselves", "i", "me", "my", "myself");

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.PARSE, Facet.ACTORS, Facet.QUOTES);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.ACTORS);
  }

  @Override
  public String name() {
    return "first-person";
  }

  @Override
  public Document apply(Document doc) {
    List<Quote> direct = doc.quotes().stream().filter(Quote::direct).toList();
    if (direct.isEmpty()) return doc;
    List<ActorMention> all = new ArrayList<>(doc.actors());
    List<ActorMention> added = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      if (!sentence.section().carriesEvents()) continue;
      List<ActorMention> present = doc.actorsIn(sentence.index());
      for (int t = 0; t < sentence.size(); t++) {
        Token token = sentence.token(t);
        if (!isFirstPerson(token)) continue;
        Optional<String> code = speakerCode(doc.text(), direct, token.span());
        if (code.isEmpty()) continue;
        Optional<ActorMention> owned = ownedWithDatelineCountry(sentence, t, present);
        Optional<ActorMention> recoded = owned.flatMap(m -> withSpeakersCountry(m, code.get()));
        if (recoded.isPresent()) {
          all.set(all.indexOf(owned.get()), recoded.get());
          continue;
        }
        int at = t;
        if (present.stream().anyMatch(m -> m.covers(at))) continue;
        added.add(new ActorMention(sentence.index(), at, at, at, ActorRef.of(code.get(), token.text(), token.span()), HOW));
      }
    }
    if (added.isEmpty() && all.equals(doc.actors())) return doc;
    all.addAll(added);
    all.sort(Comparator.comparingInt(ActorMention::sentence)); // stable: each sentence's own order kept
    return doc.withActors(all);
  }

  /**
   * "“Our troops attacked ...,” the Russian minister said" in a story datelined Washington: the phrase that
   * "our" or "my" owns, when its country was only implied by the dateline.
   */
  private static Optional<ActorMention> ownedWithDatelineCountry(Sentence sentence, int possessive,
      List<ActorMention> present) {
    Optional<Arc> arc = sentence.head(possessive).filter(a -> a.relation().equals("nmod:poss"));
    if (arc.isEmpty()) return Optional.empty();
    int owned = arc.get().governor();
    return present.stream().filter(m -> m.head() == owned && m.how().equals("implied-by-dateline")).findFirst();
  }

  /** The mention's role with the speaker's country ("USAMIL" said by a RUSGOV speaker: "RUSMIL"); none for a non-state speaker. */
  private static Optional<ActorMention> withSpeakersCountry(ActorMention m, String speakerCode) {
    String country = ActorCodes.country(speakerCode);
    Optional<String> code = m.actor().code().filter(c -> c.length() >= 3);
    if (code.isEmpty() || !ActorCodes.isCountry(country)) return Optional.empty();
    ActorRef ref = new ActorRef(Optional.of(country + code.get().substring(3)), m.actor().text(), m.actor().span());
    return Optional.of(new ActorMention(m.sentence(), m.first(), m.last(), m.head(), ref, OWNED_HOW));
  }

  /** A personal or possessive pronoun of the first person; "US" in capitals is the country. */
  private static boolean isFirstPerson(Token token) {
    if (!token.pos().startsWith("PRP")) return false;
    String word = token.lower();
    if (word.equals("us") && token.text().equals("US")) return false;
    return FIRST_PERSON.contains(word);
  }

  /**
   * The actor code of the speaker of the innermost direct quote around {@code word}; empty when there is
   * none, it has no coded speaker, or the word lies in words quoted inside that quote.
   */
  static Optional<String> speakerCode(String text, List<Quote> direct, Span word) {
    Optional<Quote> innermost = direct.stream().filter(q -> q.span().contains(word))
        .min(Comparator.comparingInt(q -> q.span().length()));
    if (innermost.isEmpty() || quotedWithin(text, innermost.get().span(), word.start())) return Optional.empty();
    return innermost.get().speaker().flatMap(ActorRef::code);
  }

  /**
   * Whether the offset {@code at} lies inside words quoted within the quote {@code quote}: after an opening
   * inner mark (‘ or ' before a word, “ or " inside a single-quoted quote) that a mark after {@code at}
   * closes. An apostrophe between letters ("don't") opens and closes nothing, and one before a word that
   * nothing closes ("if I asked ‘em") is no quotation mark.
   */
  static boolean quotedWithin(String text, Span quote, int at) {
    boolean open = false;
    for (int i = quote.start(); i < at; i++) {
      if (opens(text, i) && !open) {
        open = true;
      } else if (closes(text, i) && open) {
        open = false;
      }
    }
    if (!open) return false;
    for (int i = at; i < quote.end(); i++) {
      if (closes(text, i)) return true;
    }
    return false;
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    return isInnerMark(c) && c != '’' && c != '”' && !letterAt(text, i - 1) && letterAt(text, i + 1);
  }

  private static boolean closes(String text, int i) {
    char c = text.charAt(i);
    return isInnerMark(c) && c != '‘' && c != '“' && !letterAt(text, i + 1);
  }

  private static boolean letterAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean isInnerMark(char c) {
    return c == '‘' || c == '’' || c == '\'' || c == '“' || c == '”' || c == '"';
  }
}
