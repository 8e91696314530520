package parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The greedy transition parse of a loaded nndep {@link DependencyParser}, scored with the same
 * floating-point operations in the same order as CoreNLP's classifier, so it gives the same
 * parses, only faster: the output layer's dot products run four rows at a time (each row still
 * sums its products in CoreNLP's order; the rows only share the loop), precomputed features are
 * found in an int-keyed table instead of a boxed {@code HashMap}, and the hidden-layer slices of
 * features that are not precomputed are cached per thread without a lock. The model's tables
 * are read from CoreNLP's private fields by reflection; {@link #of} is empty when that fails or
 * when the model is set up to score another way (no slice cache), and the caller then uses the
 * parser itself.
 */
final class FastNndepParser {
  private static final Logger LOG = LoggerFactory.getLogger(FastNndepParser.class);
  private static final int NO_ROW = -1;
  private static final int SLICE_CACHE_SLOTS = 1 << 13;

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final List<String> transitions;
  private final Method isTerminal;
  private final Method featureArray;
  private final Method relation;
  private final Method structure;
  private final Field configurationTree;
  private final Method treeHead;
  private final Method treeLabel;
  private final Field treeSize;
  private final float[][] embeddings;
  private final float[][] hiddenWeights;
  private final float[] hiddenBias;
  private final float[][] outputWeights;
  private final double[][] precomputed;
  private final int[] precomputedKeys;
  private final int[] precomputedRows;
  private final int precomputedMask;
  private final int numTokens;
  private final int embeddingSize;
  private final ThreadLocal<SliceCache> slices;

  private FastNndepParser(DependencyParser parser) throws ReflectiveOperationException {
    this.parser = parser;
    Classifier classifier = (Classifier) read(DependencyParser.class, "classifier", parser);
    this.system = (ParsingSystem) read(DependencyParser.class, "system", parser);
    @SuppressWarnings("unchecked")
    List<String> list = (List<String>) read(ParsingSystem.class, "transitions", system);
    this.transitions = List.copyOf(list);
    this.isTerminal = method(ParsingSystem.class, "isTerminal", Configuration.class);
    this.featureArray = method(DependencyParser.class, "getFeatureArray", Configuration.class);
    this.relation = method(DependencyParser.class, "makeGrammaticalRelation", String.class);
    this.structure = method(DependencyParser.class, "makeGrammaticalStructure", List.class, TreeGraphNode.class);
    this.configurationTree = field(Configuration.class, "tree");
    Class<?> treeClass = Class.forName("edu.stanford.nlp.parser.nndep.DependencyTree");
    this.treeHead = method(treeClass, "getHead", int.class);
    this.treeLabel = method(treeClass, "getLabel", int.class);
    this.treeSize = field(treeClass, "n");
    Object config = read(Classifier.class, "config", classifier);
    if (field(config.getClass(), "numCached").getInt(config) <= 0 || (boolean) read(Classifier.class, "isTraining", classifier)) {
      throw new IllegalStateException("the classifier does not score through its slice cache");
    }
    this.numTokens = field(config.getClass(), "numTokens").getInt(null);
    this.embeddingSize = field(config.getClass(), "embeddingSize").getInt(config);
    this.embeddings = classifier.getE();
    this.hiddenWeights = classifier.getW1();
    this.hiddenBias = classifier.getb1();
    this.outputWeights = classifier.getW2();
    this.precomputed = (double[][]) read(Classifier.class, "saved", classifier);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> rows = (Map<Integer, Integer>) read(Classifier.class, "preMap", classifier);
    int capacity = Integer.highestOneBit(Math.max(4, rows.size() * 4) - 1) << 1;
    this.precomputedKeys = new int[capacity];
    this.precomputedRows = new int[capacity];
    this.precomputedMask = capacity - 1;
    java.util.Arrays.fill(precomputedKeys, NO_ROW);
    for (Map.Entry<Integer, Integer> e : rows.entrySet()) {
      int slot = slot(e.getKey(), precomputedMask);
      while (precomputedKeys[slot] != NO_ROW) slot = (slot + 1) & precomputedMask;
      precomputedKeys[slot] = e.getKey();
      precomputedRows[slot] = e.getValue();
    }
    this.slices = ThreadLocal.withInitial(() -> new SliceCache(SLICE_CACHE_SLOTS));
  }

  /** The fast parse of {@code parser}'s model, or empty (logged) where it cannot be set up. */
  static Optional<FastNndepParser> of(DependencyParser parser) {
    try {
      return Optional.of(new FastNndepParser(parser));
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("nndep parser runs as CoreNLP ships it: {}", e.toString());
      return Optional.empty();
    }
  }

  /** As {@link DependencyParser#predict(CoreMap)}: the sentence's basic dependencies. */
  GrammaticalStructure predict(CoreMap sentence) {
    try {
      Object tree = parseTree(sentence);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<TypedDependency> dependencies = new ArrayList<>();
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      int n = treeSize.getInt(tree);
      for (int i = 1; i <= n; i++) {
        int head = (int) treeHead.invoke(tree, i);
        String label = (String) treeLabel.invoke(tree, i);
        IndexedWord word = new IndexedWord(tokens.get(i - 1));
        IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT : (GrammaticalRelation) relation.invoke(parser, label);
        dependencies.add(new TypedDependency(rel, headWord, word));
      }
      return (GrammaticalStructure) structure.invoke(parser, dependencies, new TreeGraphNode(root));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** CoreNLP's predictInner: apply the best-scoring applicable transition until the end. */
  private Object parseTree(CoreMap sentence) throws IllegalAccessException, InvocationTargetException {
    Configuration c = system.initialConfiguration(sentence);
    while (!(boolean) isTerminal.invoke(system, c)) {
      if (Thread.interrupted()) throw new RuntimeInterruptedException();
      double[] scores = scores((int[]) featureArray.invoke(parser, c));
      double best = Double.NEGATIVE_INFINITY;
      String chosen = null;
      for (int j = 0; j < transitions.size(); j++) {
        if (scores[j] > best && system.canApply(c, transitions.get(j))) {
          best = scores[j];
          chosen = transitions.get(j);
        }
      }
      system.apply(c, chosen);
    }
    return configurationTree.get(c);
  }

  /**
   * Classifier.computeScores: the hidden layer (precomputed rows, else the feature's slice of
   * the first weight matrix), plus bias, cubed, times the output weights.
   */
  double[] scores(int[] features) {
    int hiddenSize = hiddenBias.length;
    double[] hidden = new double[hiddenSize];
    SliceCache cache = slices.get();
    int offset = 0;
    for (int j = 0; j < features.length; j++) {
      int token = features[j];
      int key = token * numTokens + j;
      int row = precomputedRow(key);
      if (row != NO_ROW) {
        double[] saved = precomputed[row];
        for (int i = 0; i < hiddenSize; i++) hidden[i] += saved[i];
      } else {
        float[] slice = cache.get(key);
        if (slice == null) {
          slice = slice(embeddings[token], offset);
          cache.put(key, slice);
        }
        for (int i = 0; i < hiddenSize; i++) hidden[i] += slice[i];
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += hiddenBias[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    return outputs(hidden);
  }

  private int precomputedRow(int key) {
    for (int slot = slot(key, precomputedMask); ; slot = (slot + 1) & precomputedMask) {
      int found = precomputedKeys[slot];
      if (found == key) return precomputedRows[slot];
      if (found == NO_ROW) return NO_ROW;
    }
  }

  /** Classifier.matrixMultiplySlice: each row's products summed in a double, stored as a float. */
  private float[] slice(float[] embedding, int offset) {
    float[][] w = hiddenWeights;
    int rows = w.length;
    int n = embedding.length;
    float[] out = new float[rows];
    int i = 0;
    for (; i + 3 < rows; i += 4) {
      float[] w0 = w[i], w1 = w[i + 1], w2 = w[i + 2], w3 = w[i + 3];
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (int k = 0; k < n; k++) {
        float e = embedding[k];
        s0 += w0[offset + k] * e;
        s1 += w1[offset + k] * e;
        s2 += w2[offset + k] * e;
        s3 += w3[offset + k] * e;
      }
      out[i] = (float) s0;
      out[i + 1] = (float) s1;
      out[i + 2] = (float) s2;
      out[i + 3] = (float) s3;
    }
    for (; i < rows; i++) {
      double s = 0;
      for (int k = 0; k < n; k++) s += w[i][offset + k] * embedding[k];
      out[i] = (float) s;
    }
    return out;
  }

  /** Classifier.matrixMultiply with ArrayMath.dotProduct: one sum per row, in the row's order. */
  private double[] outputs(double[] hidden) {
    float[][] w = outputWeights;
    int rows = w.length;
    int n = hidden.length;
    double[] out = new double[rows];
    int i = 0;
    for (; i + 3 < rows; i += 4) {
      float[] w0 = w[i], w1 = w[i + 1], w2 = w[i + 2], w3 = w[i + 3];
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (int k = 0; k < n; k++) {
        double h = hidden[k];
        s0 += h * w0[k];
        s1 += h * w1[k];
        s2 += h * w2[k];
        s3 += h * w3[k];
      }
      out[i] = s0;
      out[i + 1] = s1;
      out[i + 2] = s2;
      out[i + 3] = s3;
    }
    for (; i < rows; i++) {
      double s = 0;
      for (int k = 0; k < n; k++) s += hidden[k] * w[i][k];
      out[i] = s;
    }
    return out;
  }

  private static int slot(int key, int mask) {
    return (key * 0x9E3779B9 >>> 7) & mask;
  }

  private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
    return field(owner, name).get(target);
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Method method(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
    Method m = owner.getDeclaredMethod(name, parameters);
    m.setAccessible(true);
    return m;
  }

  /**
   * One thread's slices of features that are not precomputed, direct-mapped by key. A slice is a
   * pure function of its key, so what is kept or evicted changes speed only.
   */
  private static final class SliceCache {
    private final int[] keys;
    private final float[][] values;
    private final int mask;

    SliceCache(int slots) {
      keys = new int[slots];
      values = new float[slots][];
      mask = slots - 1;
      java.util.Arrays.fill(keys, NO_ROW);
    }

    float[] get(int key) {
      int slot = slot(key, mask);
      return keys[slot] == key ? values[slot] : null;
    }

    void put(int key, float[] value) {
      int slot = slot(key, mask);
      keys[slot] = key;
      values[slot] = value;
    }
  }
}
