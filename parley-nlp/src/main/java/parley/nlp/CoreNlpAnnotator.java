package parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import parley.core.doc.Document;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Zone;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;
import parley.core.pipeline.StageTimings;

/**
 * The NLP stage: Stanford CoreNLP tokenize, ssplit, pos, lemma and depparse (UD). No NER: the coder
 * finds actors with its own lexicons. Captions, credits and the dateline are blanked (offsets kept)
 * so they are neither parsed nor coded. Sentences longer than {@code maxParseTokens} keep their
 * tokens but are not tagged or parsed. Models load once in the constructor; {@link #apply} is
 * thread-safe.
 */
public final class CoreNlpAnnotator implements Stage {
  private final StanfordCoreNLP split;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP lemmatizer;
  private final StanfordCoreNLP parser;
  private final int maxParseTokens;
  private final StageTimings timings;

  public CoreNlpAnnotator(int maxParseTokens, StageTimings timings) {
    this.split = pipeline("tokenize,ssplit");
    this.tagger = pipeline("pos");
    this.lemmatizer = pipeline("lemma");
    this.parser = pipeline("depparse");
    this.maxParseTokens = maxParseTokens;
    this.timings = timings;
  }

  public CoreNlpAnnotator() {
    this(120, new StageTimings());
  }

  private static StanfordCoreNLP pipeline(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("enforceRequirements", "false");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
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
    long t0 = System.nanoTime();
    Annotation all = new Annotation(blankNonBody(doc));
    split.annotate(all);
    List<CoreMap> sentences = all.get(CoreAnnotations.SentencesAnnotation.class);
    Annotation parsable = new Annotation(all.get(CoreAnnotations.TextAnnotation.class));
    List<CoreMap> shortOnes = new ArrayList<>();
    List<CoreLabel> shortTokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxParseTokens) {
        shortOnes.add(s);
        shortTokens.addAll(tokens);
      }
    }
    parsable.set(CoreAnnotations.SentencesAnnotation.class, shortOnes);
    parsable.set(CoreAnnotations.TokensAnnotation.class, shortTokens);
    long t1 = System.nanoTime();
    tagger.annotate(parsable);
    long t2 = System.nanoTime();
    lemmatizer.annotate(parsable);
    long t3 = System.nanoTime();
    parser.annotate(parsable);
    long t4 = System.nanoTime();
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      out.add(CoreNlpConverter.sentence(out.size(), s, doc.sectionAt(begin)));
    }
    long t5 = System.nanoTime();
    timings.add("nlp.tokenize+ssplit", t1 - t0);
    timings.add("nlp.pos", t2 - t1);
    timings.add("nlp.lemma", t3 - t2);
    timings.add("nlp.depparse", t4 - t3);
    timings.add("nlp.convert", t5 - t4);
    return doc.withSentences(out);
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
