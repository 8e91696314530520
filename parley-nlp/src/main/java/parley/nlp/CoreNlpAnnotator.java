package parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import parley.core.doc.Document;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Zone;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;
import parley.core.pipeline.StageTimings;

/**
 * The NLP stage: Stanford CoreNLP tokenize, ssplit, pos, lemma and the nndep dependency parser
 * (UD, basic dependencies only: the collapsed and enhanced graphs CoreNLP's depparse annotator
 * also builds are never read, so the parser is called directly). No NER: the coder finds actors
 * with its own lexicons. Captions, credits and the dateline are blanked (offsets kept) so they are
 * neither parsed nor coded. Sentences longer than {@code maxParseTokens}, and sentences the
 * optional parse filter turns down, keep their tokens, tags and lemmas but are not parsed. A
 * sentence in Title Case or capitals (a headline) is tagged and parsed in the case the optional
 * case restorer gives its words; its tokens carry those words, their offsets still point into the
 * original text; a verbless headline gets its verb back ({@link HeadlineVerb}). The parse
 * itself runs in {@link FastNndepParser} (same arithmetic as CoreNLP's, so the same parses). Models
 * load once in the constructor (the parser, the slowest, on a second thread while the tagger
 * loads); {@link #apply} is thread-safe.
 */
public final class CoreNlpAnnotator implements Stage {
  static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private final StanfordCoreNLP split;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP lemmatizer;
  private final DependencyParser parser;
  private final Optional<FastNndepParser> fastParser;
  private final int maxParseTokens;
  private final Predicate<Sentence> worthParsing;
  private final Function<List<String>, Optional<List<String>>> caseRestorer;
  private final StageTimings timings;

  /**
   * @param worthParsing sees each tagged, lemmatised sentence (no arcs yet) and says whether to
   *     parse it; {@code s -> true} parses every sentence up to {@code maxParseTokens}
   * @param caseRestorer given a sentence's words, the same words in normal case when the sentence
   *     is in Title Case or capitals, else empty ({@code parley.core.lexicon.HeadlineCase})
   */
  public CoreNlpAnnotator(int maxParseTokens, Predicate<Sentence> worthParsing,
      Function<List<String>, Optional<List<String>>> caseRestorer, StageTimings timings) {
    CompletableFuture<DependencyParser> loading =
        CompletableFuture.supplyAsync(() -> DependencyParser.loadFromModelFile(PARSER_MODEL, parserProperties()));
    this.split = pipeline("tokenize,ssplit");
    this.tagger = pipeline("pos");
    this.lemmatizer = pipeline("lemma");
    this.parser = loading.join();
    this.fastParser = Boolean.getBoolean("parley.depparse.plain") ? Optional.empty() : FastNndepParser.of(parser);
    this.maxParseTokens = maxParseTokens;
    this.worthParsing = worthParsing;
    this.caseRestorer = caseRestorer;
    this.timings = timings;
  }

  public CoreNlpAnnotator(int maxParseTokens, Predicate<Sentence> worthParsing, StageTimings timings) {
    this(maxParseTokens, worthParsing, words -> Optional.empty(), timings);
  }

  public CoreNlpAnnotator(int maxParseTokens, StageTimings timings) {
    this(maxParseTokens, s -> true, timings);
  }

  public CoreNlpAnnotator() {
    this(120, new StageTimings());
  }

  /**
   * nndep settings for experiments: -Dparley.depparse.numPreComputed=N, -Dparley.depparse.numCached=N
   * (0 changes the arithmetic, so parses, and turns {@link FastNndepParser} off);
   * -Dparley.depparse.plain=true parses with CoreNLP's own loop instead of {@link FastNndepParser}
   * (same parses, slower).
   */
  private static Properties parserProperties() {
    Properties props = new Properties();
    for (String key : List.of("numPreComputed", "numCached")) {
      String value = System.getProperty("parley.depparse." + key);
      if (value != null) props.setProperty(key, value);
    }
    return props;
  }

  private static StanfordCoreNLP pipeline(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("enforceRequirements", "false");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    return new StanfordCoreNLP(props, false);
  }

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.TEXT);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.TOKENS, Facet.LEMMAS, Facet.PARSE);
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Document apply(Document doc) {
    long t0 = StageTimings.now();
    Annotation all = new Annotation(blankNonBody(doc));
    split.annotate(all);
    List<CoreMap> sentences = all.get(CoreAnnotations.SentencesAnnotation.class);
    Annotation taggable = subset(all, sentences, s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxParseTokens);
    List<CoreMap> headlines = restoreCase(taggable);
    long t1 = StageTimings.now();
    tagger.annotate(taggable);
    for (CoreMap h : headlines) HeadlineVerb.retag(h.get(CoreAnnotations.TokensAnnotation.class));
    long t2 = StageTimings.now();
    lemmatizer.annotate(taggable);
    long t3 = StageTimings.now();
    int parsed = 0;
    for (CoreMap s : taggable.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (!worthParsing.test(convert(doc, s))) continue;
      GrammaticalStructure structure = fastParser.isPresent() ? fastParser.get().predict(s) : parser.predict(s);
      s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
      parsed++;
    }
    long t4 = StageTimings.now();
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      out.add(CoreNlpConverter.sentence(out.size(), s, doc.sectionAt(begin)));
    }
    long t5 = StageTimings.now();
    timings.add("nlp.tokenize+ssplit", t1 - t0);
    timings.add("nlp.pos", t2 - t1);
    timings.add("nlp.lemma", t3 - t2);
    timings.add("nlp.depparse", t4 - t3);
    timings.add("nlp.convert", t5 - t4);
    return doc.withSentences(out);
  }

  /**
   * Gives the words of each headline sentence their normal case (offsets and original text stay);
   * returns those sentences.
   */
  private List<CoreMap> restoreCase(Annotation taggable) {
    List<CoreMap> restoredSentences = new ArrayList<>();
    for (CoreMap s : taggable.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<String> words = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) words.add(label.word());
      Optional<List<String>> restored = caseRestorer.apply(words);
      if (restored.isEmpty()) continue;
      for (int i = 0; i < labels.size(); i++) {
        labels.get(i).setWord(restored.get().get(i));
        labels.get(i).setValue(restored.get().get(i));
      }
      restoredSentences.add(s);
    }
    return restoredSentences;
  }

  private static Sentence convert(Document doc, CoreMap s) {
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    return CoreNlpConverter.sentence(s.get(CoreAnnotations.SentenceIndexAnnotation.class), s, doc.sectionAt(begin));
  }

  /** An annotation over the same text holding only the sentences {@code keep} accepts (no copies). */
  private static Annotation subset(Annotation all, List<CoreMap> sentences, Predicate<CoreMap> keep) {
    Annotation part = new Annotation(all.get(CoreAnnotations.TextAnnotation.class));
    List<CoreMap> kept = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (keep.test(s)) {
        kept.add(s);
        tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, kept);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  /** The text with dateline, captions and credits replaced by spaces: same length, same offsets. */
  static String blankNonBody(Document doc) {
    char[] chars = doc.text().toCharArray();
    for (Zone zone : doc.zones()) {
      Section section = zone.section();
      if (section == Section.CAPTION || section == Section.CREDIT || section == Section.DATELINE) {
        for (int i = zone.span().start(); i < zone.span().end(); i++) {
          if (chars[i] != '\n') chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
