package io.hindsight.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Transcript-like text for the search benchmark: common spoken English words first, then a long
 * tail of made-up words, drawn with Zipf-distributed frequencies as real vocabularies are.
 * Deterministic for a given seed.
 */
final class SyntheticSpeech {

  private static final String COMMON =
      "the i you and to a that it of is we in so what know like just yeah this have do but for not"
          + " they on be was think can with about right it's my me if there well are going one all"
          + " don't that's really get at or people would some your go because out want mean okay"
          + " had time how see then more kind also work when from now make where good team up"
          + " them thing things could lot feel project said maybe sure need those into said here"
          + " way think week next say something who did been too much back different really our"
          + " talk meeting feedback review code deadline plan planning career growth manager"
          + " mentor goal goals question questions learn learning help idea ideas problem design"
          + " customer product release quarter quarterly speaking public presentation interview"
          + " promotion skills confidence decision priority priorities conversation honest trust"
          + " support stakeholder roadmap estimate sprint bug test tests data system service"
          + " users user change changes process writing document documents schedule hiring"
          + " junior senior engineer engineering leadership lead leader role roles impact scope"
          + " experiment mistake mistakes success failure balance stress energy focus habit"
          + " habits morning afternoon friday monday tomorrow yesterday month months year years"
          + " remote office call calls email slack notes reading book books course practice"
          + " example examples story stories difficult easy important better best worse hard"
          + " new old first last big small great little long short early late happy worried"
          + " excited nervous tired curious clear kind open ready";

  // Consonant-vowel syllables, so made-up words are pronounceable and as far apart in spelling
  // as real words are (which matters for fuzzy queries).
  private static final String[] SYLLABLES = syllables("bcdfghjklmnprstvwz", "aeiou");

  private static String[] syllables(String consonants, String vowels) {
    List<String> all = new ArrayList<>();
    for (char c : consonants.toCharArray()) {
      for (char v : vowels.toCharArray()) {
        all.add("" + c + v);
      }
    }
    return all.toArray(String[]::new);
  }

  private final String[] vocabulary;
  private final double[] cumulative;
  private final Random random;

  SyntheticSpeech(int vocabularySize, long seed) {
    List<String> words = new ArrayList<>(Arrays.asList(COMMON.split("\\s+")));
    Random names = new Random(seed ^ 0x5eedL);
    while (words.size() < vocabularySize) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + names.nextInt(3);
      for (int i = 0; i < syllables; i++) {
        w.append(SYLLABLES[names.nextInt(SYLLABLES.length)]);
      }
      words.add(w.toString());
    }
    vocabulary = words.subList(0, vocabularySize).toArray(String[]::new);
    cumulative = new double[vocabulary.length];
    double sum = 0;
    for (int rank = 0; rank < vocabulary.length; rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    random = new Random(seed);
  }

  Random random() {
    return random;
  }

  String word() {
    return word(random);
  }

  String word(Random r) {
    int index = Arrays.binarySearch(cumulative, r.nextDouble());
    return vocabulary[index >= 0 ? index : Math.min(-index - 1, vocabulary.length - 1)];
  }

  /** A word of middling frequency: the kind people search for. */
  String searchableWord(Random r) {
    return vocabulary[60 + r.nextInt(Math.min(2000, vocabulary.length - 60))];
  }

  /** An utterance of 4 to 24 words. */
  String sentence(Random r, int minWords, int maxWords) {
    int n = minWords + r.nextInt(maxWords - minWords + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(word(r));
    }
    return s.toString();
  }
}
