package parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FastNndepParserIT {
  private static final String TEXT = "The foreign ministers of two neighbouring states met on Tuesday in a border town. "
      + "Officials said the talks, which had been delayed twice, would resume after the holiday. "
      + "Rebels attacked a convoy near the capital, killing three soldiers and wounding a driver. "
      + "The council has not decided whether to lift the ban it imposed last year on grain exports. "
      + "Zxqv blorfed the wuggle quickly, and nobody asked why. "
      + "Will the parliament approve the budget before the deadline set by the lenders?";

  static DependencyParser parser;
  static FastNndepParser fast;
  static List<CoreMap> sentences;

  @BeforeAll
  static void load() {
    parser = DependencyParser.loadFromModelFile(CoreNlpAnnotator.PARSER_MODEL, new Properties());
    fast = FastNndepParser.of(parser).orElseThrow();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    Annotation text = new Annotation(TEXT);
    new StanfordCoreNLP(props, false).annotate(text);
    sentences = text.get(CoreAnnotations.SentencesAnnotation.class);
  }

  @Test
  void predict_givesCoreNlpsOwnDependencies() {
    assertThat(sentences).hasSize(6);
    for (CoreMap s : sentences) {
      assertThat(fast.predict(s).typedDependencies()).isEqualTo(parser.predict(s).typedDependencies());
    }
  }

  @Test
  void scores_areBitForBitTheClassifiers() throws Exception {
    Field classifierField = DependencyParser.class.getDeclaredField("classifier");
    classifierField.setAccessible(true);
    Classifier classifier = (Classifier) classifierField.get(parser);
    Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);
    Method featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
    featureArray.setAccessible(true);
    Field systemField = DependencyParser.class.getDeclaredField("system");
    systemField.setAccessible(true);
    ParsingSystem system = (ParsingSystem) systemField.get(parser);
    for (CoreMap s : sentences) {
      Configuration c = system.initialConfiguration(s);
      for (int step = 0; step < 4; step++) {
        int[] features = (int[]) featureArray.invoke(parser, c);
        double[] expected = (double[]) computeScores.invoke(classifier, (Object) features);
        assertThat(fast.scores(features)).containsExactly(expected);
        assertThat(fast.scores(features)).containsExactly(expected);
        system.apply(c, "S");
      }
    }
  }
}
