package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.parley.model.Span;

/**
 * Stanford CoreNLP configured for speed: tokenize, ssplit, pos, lemma, 3-class NER and the neural dependency
 * parser. Fine-grained NER, numeric classifiers and coreference are off: they cost 7x the time and Parley resolves
 * actors and pronouns itself. Not thread-safe: use one instance per worker thread ({@link #forThisThread()}).
 *
 * <p>The parser is called directly rather than as CoreNLP's {@code depparse} annotator: the annotator builds five
 * graphs per sentence (basic, collapsed, CC-processed, enhanced, enhanced++), and the enhancements alone took about a
 * tenth of the analysis time, while Parley reads only the basic dependencies.
 */
public final class NlpPipeline {
  /** Sentences longer than this are not dependency-parsed (the parser is quadratic-ish and such "sentences" are lists). */
  static final int MAX_PARSE_TOKENS = 120;
  private static final ThreadLocal<NlpPipeline> PER_THREAD = ThreadLocal.withInitial(NlpPipeline::new);
  /** One parser for all threads: its model is read-only once loaded (CoreNLP's own annotator shares it so too). */
  private static volatile DependencyParser parser;

  private final StanfordCoreNLP corenlp;

  private NlpPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
        + "normalizeOtherBrackets=false,quotes=unicode,splitHyphenated=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("pos.maxlen", "200");
    corenlp = new StanfordCoreNLP(props);
    sharedParser();
  }

  private static DependencyParser sharedParser() {
    DependencyParser p = parser;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = parser;
        if (p == null) {
          p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
          parser = p;
        }
      }
    }
    return p;
  }

  /** The lemma of a word read as a verb ("voiced" → "voice"), for a verb the tagger took for another part of speech. */
  public static String verbLemma(String word) {
    return edu.stanford.nlp.process.Morphology.lemmaStatic(word, "VBD").toLowerCase(java.util.Locale.ROOT);
  }

  /** The pipeline of the calling thread, created (once, about 3 s) on first use. */
  public static NlpPipeline forThisThread() {
    return PER_THREAD.get();
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    List<Dependency> deps = new ArrayList<>();
    for (TypedDependency td : gs.typedDependencies()) {
      int gov = td.gov().index() - 1;
      String rel = gov < 0 ? "root" : td.reln().toString();
      deps.add(new Dependency(gov, td.dep().index() - 1, rel));
    }
    // roots first, then by governor and dependent, so consumers see one order whatever the parser's
    deps.sort(java.util.Comparator.comparingInt(Dependency::governor).thenComparingInt(Dependency::dependent));
    return deps;
  }

  /**
   * Parses the text into sentences with tokens and entities; each sentence's dependencies are parsed when first
   * read (see {@link LazyDependencies}), on the reading thread.
   */
  public ParsedDocument parse(String text) {
    Annotation doc = new Annotation(text);
    corenlp.annotate(doc);
    List<ParsedSentence> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return new ParsedDocument(text, List.of());
    }
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String lemma = l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT) : l.lemma();
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(new Token(i, l.beginPosition(), l.endPosition(), l.word(), lemma, l.tag(), ner));
      }
      List<Dependency> deps = labels.size() <= MAX_PARSE_TOKENS ? new LazyDependencies(() -> dependencies(s))
          : List.of();
      int start = tokens.get(0).start();
      int end = tokens.get(tokens.size() - 1).end();
      out.add(new ParsedSentence(out.size(), new Span(start, end), tokens, deps));
    }
    return new ParsedDocument(text, out);
  }
}
