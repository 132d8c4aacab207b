package io.hindsight.transcribe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable text for the page, captions and exports, computed from the recognized lowercase words
 * and never stored over them: sentences start with a capital and end with a full stop at long
 * pauses, "I" and its contractions are capitalized, and names, days, months and the pair's own
 * words keep their stored casing. What a person typed with capitals is left as typed.
 */
public final class DisplayCasing {

  /** The pause that ends a sentence: the one that also ends a segment. */
  static final double LONG_PAUSE = 0.7;

  /**
   * Name parts that are also everyday words: capitalizing "will" or "may" everywhere because a
   * member is called Will May would be wrong far more often than right. A pair that wants them
   * capitalized puts them in its own words.
   */
  private static final Set<String> COMMON =
      Set.of(
          "will", "may", "can", "mark", "bill", "hope", "grace", "joy", "rose", "frank", "art",
          "guy", "sue", "pat", "ray", "dawn", "faith", "rich", "page", "speaker", "sunny", "don",
          "drew", "gene", "chase", "summer", "miles", "read", "long", "young", "white", "green");

  /**
   * Days and months, which English always capitalizes; not "may" or "march", which are far more
   * often the verbs.
   */
  private static final List<String> CALENDAR =
      List.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "April",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private static final Set<String> I_FORMS = Set.of("i", "i'm", "i've", "i'll", "i'd");

  // Leading punctuation, the word itself (letters and digits, with inner apostrophes or hyphens),
  // and trailing punctuation, so that a typed "(sarah," keeps its brackets and comma.
  private static final Pattern PARTS =
      Pattern.compile("^([^\\p{L}\\p{N}]*)(.*?)([^\\p{L}\\p{N}]*)$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)(.+)(['’]s)");
  private static final Pattern NAME_PART = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** A stored form split into words; matched word by word, ignoring case. */
  private record Phrase(List<String> words) {}

  private final List<String> names;
  private final List<String> ourWords;
  private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
  private final Map<String, String> nameParts = new HashMap<>();

  private DisplayCasing(Collection<String> names, Collection<String> ourWords) {
    this.names = List.copyOf(names);
    this.ourWords = List.copyOf(ourWords);
    CALENDAR.forEach(day -> nameParts.put(key(day), day));
    for (String name : names) {
      addNameParts(name);
    }
    for (String entry : ourWords) {
      List<String> words = List.of(entry.strip().split("\\s+"));
      if (!words.get(0).isEmpty()) {
        phrasesByFirstWord
            .computeIfAbsent(key(words.get(0)), k -> new ArrayList<>())
            .add(new Phrase(words));
      }
    }
    // Longest first, so that "New York Times" wins over "New York".
    phrasesByFirstWord
        .values()
        .forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
  }

  /**
   * @param names people's names, e.g. the pair's members: each part that starts with a capital is
   *     kept as written wherever it is said on its own
   * @param ourWords the pair's own words and phrases, kept as written wherever they are said whole
   */
  public static DisplayCasing of(Collection<String> names, Collection<String> ourWords) {
    return new DisplayCasing(names, ourWords);
  }

  /** The transcript with display forms; its speakers' names count as names too. */
  public Transcript apply(Transcript transcript) {
    List<String> people = new ArrayList<>(names);
    transcript.segments().stream()
        .map(Segment::speaker)
        .filter(s -> s != null)
        .distinct()
        .forEach(people::add);
    return new DisplayCasing(people, ourWords).display(transcript);
  }

  private Transcript display(Transcript transcript) {
    Map<Word, String> shown = new IdentityHashMap<>();
    List<Segment> segments = new ArrayList<>();
    List<Segment> all = transcript.segments();
    boolean stopped = true;
    Map<String, List<Word>> bySpeaker = bySpeaker(transcript.words());
    for (int s = 0; s < all.size(); s++) {
      Segment segment = all.get(s);
      List<Word> words = wordsOf(bySpeaker, segment);
      boolean starts = stopped || !continues(all.get(s - 1), segment);
      boolean ends = s == all.size() - 1 || !continues(segment, all.get(s + 1));
      List<String> forms = forms(words, starts, ends);
      stopped = ends || (!forms.isEmpty() && endsWithStop(forms.get(forms.size() - 1)));
      for (int i = 0; i < words.size(); i++) {
        shown.putIfAbsent(words.get(i), forms.get(i));
      }
      segments.add(words.isEmpty() ? segment : segment.displayedAs(String.join(" ", forms)));
    }
    List<Word> words =
        transcript.words().stream()
            .map(w -> shown.containsKey(w) ? w.displayedAs(shown.get(w)) : w)
            .toList();
    return new Transcript(transcript.durationSeconds(), words, segments, transcript.version());
  }

  private static Map<String, List<Word>> bySpeaker(List<Word> words) {
    Map<String, List<Word>> bySpeaker = new HashMap<>();
    for (Word word : words) {
      bySpeaker.computeIfAbsent(String.valueOf(word.speaker()), k -> new ArrayList<>()).add(word);
    }
    bySpeaker.values().forEach(list -> list.sort(Comparator.comparingDouble(Word::start)));
    return bySpeaker;
  }

  /**
   * {@link Transcript#wordsOf} by binary search in the speaker's words, so that the display forms
   * of a long recording cost no more than reading it.
   */
  private static List<Word> wordsOf(Map<String, List<Word>> bySpeaker, Segment segment) {
    List<Word> own = bySpeaker.getOrDefault(String.valueOf(segment.speaker()), List.of());
    int low = 0;
    int high = own.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (own.get(mid).start() < segment.start() - 1e-6) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Word> words = new ArrayList<>();
    for (int i = low; i < own.size() && own.get(i).start() <= segment.end() + 1e-6; i++) {
      if (own.get(i).end() <= segment.end() + 1e-6) {
        words.add(own.get(i));
      }
    }
    return words;
  }

  /**
   * Whether {@code next} goes on with {@code segment}'s sentence: the same speaker, without a long
   * pause and without anyone else speaking first, as when the segmenter cut an over-long utterance.
   */
  private static boolean continues(Segment segment, Segment next) {
    return Objects.equals(next.speaker(), segment.speaker())
        && next.start() - segment.end() < LONG_PAUSE;
  }

  /**
   * The display forms of one segment's words, in order.
   *
   * @param startsSentence whether the first word starts a sentence
   * @param endsSentence whether the last word ends one
   */
  List<String> forms(List<Word> words, boolean startsSentence, boolean endsSentence) {
    List<String> forms = new ArrayList<>();
    for (Word word : words) {
      forms.add(word.word());
    }
    boolean[] kept = keepStoredCasing(words, forms);
    boolean sentenceStart = startsSentence;
    for (int i = 0; i < words.size(); i++) {
      String form = forms.get(i);
      boolean last = i == words.size() - 1;
      boolean pause = !last && words.get(i + 1).start() - words.get(i).end() >= LONG_PAUSE;
      if (!kept[i] && isLowercase(form)) {
        form = I_FORMS.contains(key(form)) ? capitalized(form) : form;
        form = sentenceStart ? capitalized(form) : form;
      }
      boolean end = (last && endsSentence) || pause;
      if (end && needsStop(form)) {
        form = form + ".";
      }
      forms.set(i, form);
      sentenceStart = end || endsWithStop(form);
    }
    return forms;
  }

  /** Sets the stored casing of our words and names in {@code forms}; true where it did. */
  private boolean[] keepStoredCasing(List<Word> words, List<String> forms) {
    boolean[] kept = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int matched = matchPhrase(words, forms, i, kept);
      if (matched > 0) {
        i += matched - 1;
        continue;
      }
      String form = forms.get(i);
      String key = key(form);
      String part = nameParts.get(key);
      Matcher possessive = POSSESSIVE.matcher(core(form));
      if (part == null && possessive.matches() && nameParts.containsKey(key(possessive.group(1)))) {
        part = nameParts.get(key(possessive.group(1))) + possessive.group(2);
      }
      if (part != null && isLowercase(form)) {
        forms.set(i, withCore(form, part));
        kept[i] = true;
      }
    }
    return kept;
  }

  /** How many words from {@code i} on are one of our words (0 if none), setting their casing. */
  private int matchPhrase(List<Word> words, List<String> forms, int i, boolean[] kept) {
    for (Phrase phrase : phrasesByFirstWord.getOrDefault(key(forms.get(i)), List.of())) {
      int n = phrase.words().size();
      if (i + n > words.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = key(forms.get(i + k)).equals(key(phrase.words().get(k)));
      }
      if (all) {
        for (int k = 0; k < n; k++) {
          if (isLowercase(forms.get(i + k))) {
            forms.set(i + k, withCore(forms.get(i + k), core(phrase.words().get(k))));
            kept[i + k] = true;
          }
        }
        return n;
      }
    }
    return 0;
  }

  private void addNameParts(String name) {
    for (String part : name.strip().split("\\s+")) {
      String clean = core(part);
      if (clean.length() >= 2
          && NAME_PART.matcher(clean).matches()
          && Character.isUpperCase(clean.codePointAt(0))
          && !COMMON.contains(clean.toLowerCase(Locale.ROOT))) {
        nameParts.putIfAbsent(key(clean), clean);
      }
    }
  }

  private static String key(String text) {
    return core(text).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static Matcher parts(String text) {
    Matcher m = PARTS.matcher(text);
    m.matches(); // the pattern matches any text
    return m;
  }

  private static String core(String text) {
    return parts(text).group(2);
  }

  private static String withCore(String text, String core) {
    Matcher m = parts(text);
    return m.group(1) + core + m.group(3);
  }

  /** No capital anywhere: as recognized, or typed without care for casing. */
  private static boolean isLowercase(String text) {
    return text.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
  }

  private static String capitalized(String text) {
    Matcher m = parts(text);
    String core = m.group(2);
    if (core.isEmpty()) {
      return text;
    }
    int first = core.codePointAt(0);
    return m.group(1)
        + new String(Character.toChars(Character.toTitleCase(first)))
        + core.substring(Character.charCount(first))
        + m.group(3);
  }

  /** Whether a typed word ends its sentence: "this?", "done." or "(really!)". */
  private static boolean endsWithStop(String text) {
    return text.matches(".*[.?!…][\"”’)]*");
  }

  /** Whether a sentence's last word lacks its stop: "really)" does, "really?" and "so," do not. */
  private static boolean needsStop(String text) {
    String inner = text.replaceAll("[)\\]\"”’']+$", "");
    return !inner.isEmpty() && Character.isLetterOrDigit(inner.codePointBefore(inner.length()));
  }
}
