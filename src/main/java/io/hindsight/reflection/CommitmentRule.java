package io.hindsight.reflection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a promise in one utterance of recognized speech: a first-person future ("i'll", "i will",
 * "i'm going to", "let me", "i can") followed, within a few softening words, by an action someone
 * can later check ("send", "look into", "get back"). It refuses what sounds alike but promises
 * nothing: negations ("i will never"), other people ("you will"), questions ("can i send"),
 * conditions ("if i can send") and reported speech ("he said i'll send").
 */
final class CommitmentRule {

  /** The words a promise starts with, longest first so "i am going to" wins over "i am". */
  private static final List<List<String>> PROMISES =
      Words.phrases(
          "i am going to",
          "i'm going to",
          "im going to",
          "i'm gonna",
          "im gonna",
          "i am gonna",
          "i would be happy to",
          "i'd be happy to",
          "i'll be happy to",
          "i promise to",
          "we're going to",
          "we are going to",
          "i need to",
          "i have to",
          "i will",
          "i'll",
          "i shall",
          "i can",
          "we will",
          "we'll",
          "let me",
          "i must");

  /** After "let me", only what the pair can follow up: "let me explain" is said and done. */
  private static final Set<String> LET_ME_ACTIONS =
      Words.set(
          "send",
          "share",
          "introduce",
          "look",
          "check",
          "follow",
          "get",
          "find",
          "email",
          "forward",
          "dig",
          "reach",
          "write",
          "draft",
          "put",
          "connect",
          "sort",
          "pull",
          "ping");

  /** Actions that stand alone: "i'll send", "i'll review". */
  private static final Set<String> ACTIONS =
      Words.set(
          "send",
          "share",
          "email",
          "mail",
          "forward",
          "introduce",
          "connect",
          "check",
          "write",
          "draft",
          "review",
          "read",
          "prepare",
          "call",
          "ring",
          "text",
          "message",
          "ping",
          "schedule",
          "book",
          "find",
          "ask",
          "update",
          "finish",
          "complete",
          "bring",
          "research",
          "fix",
          "organize",
          "organise",
          "arrange",
          "plan",
          "note",
          "jot",
          "remind",
          "post",
          "upload",
          "record",
          "practice",
          "practise",
          "apply",
          "contact",
          "invite",
          "compile",
          "summarize",
          "summarise",
          "collect",
          "gather",
          "help",
          "test",
          "confirm",
          "print",
          "sketch",
          "outline",
          "rewrite",
          "edit",
          "revise",
          "add",
          "circulate",
          "reserve",
          "register",
          "reply",
          "respond",
          "answer",
          "investigate",
          "explore",
          "email",
          "shoot",
          "drop",
          "pull",
          "ping",
          "chase",
          "recommend",
          "suggest",
          "attend",
          "join",
          "start",
          "mentor",
          "pair",
          "rehearse",
          "submit",
          "loop",
          "cc",
          "whatsapp",
          "slack",
          "dm");

  /** Actions that need a particle or an object to be one: "look into", "get back", "set up". */
  private static final Map<String, Set<String>> PHRASAL =
      Map.ofEntries(
          Map.entry("look", Set.of("into", "at", "up", "over", "through", "for", "in")),
          Map.entry(
              "get",
              Set.of(
                  "back",
                  "in",
                  "you",
                  "that",
                  "this",
                  "it",
                  "them",
                  "those",
                  "these",
                  "the",
                  "a",
                  "an",
                  "some",
                  "your",
                  "him",
                  "her",
                  "together",
                  "on",
                  "hold")),
          Map.entry("follow", Set.of("up", "through")),
          Map.entry("set", Set.of("up")),
          Map.entry("put", Set.of("together", "you", "in", "it", "that", "something", "a")),
          Map.entry("go", Set.of("through", "over")),
          Map.entry("reach", Set.of("out")),
          Map.entry("sort", Set.of("out")),
          Map.entry("talk", Set.of("to", "with")),
          Map.entry("speak", Set.of("to", "with")),
          Map.entry("work", Set.of("on")),
          Map.entry("dig", Set.of("into", "up", "out", "in")),
          Map.entry("sign", Set.of("up")),
          Map.entry("make", Set.of("sure", "a", "the", "an", "some", "time", "that", "those")),
          Map.entry("take", Set.of("a", "care", "notes", "that", "it", "this")),
          Map.entry("give", Set.of("you", "it", "them", "him", "her", "feedback", "a")),
          Map.entry("pass", Set.of("on", "along", "it", "that", "this")),
          Map.entry("keep", Set.of("you", "an", "track")),
          Map.entry("let", Set.of("you", "them", "him", "her", "everyone", "the")),
          Map.entry("do", Set.of("that", "it", "this", "the", "some", "a")),
          Map.entry("think", Set.of("it")),
          Map.entry("figure", Set.of("out")),
          Map.entry("come", Set.of("back", "up")));

  /** Words that soften a promise without cancelling it: "i'll just quickly send". */
  private static final Set<String> SOFTENERS =
      Words.set(
          "definitely",
          "also",
          "just",
          "quickly",
          "really",
          "probably",
          "certainly",
          "surely",
          "actually",
          "first",
          "then",
          "and",
          "try",
          "to",
          "totally",
          "absolutely",
          "gladly",
          "happily",
          "personally",
          "still",
          "soon",
          "immediately",
          "go",
          "ahead",
          "maybe",
          "both",
          "all",
          "each",
          "gonna",
          "happy",
          "be",
          "able",
          "at",
          "least",
          "at",
          "defo",
          "def",
          "go",
          "ahead",
          "later",
          "today",
          "tomorrow",
          "myself",
          "um",
          "uh",
          "now");

  private static final Set<String> NEGATIONS = Words.set("not", "never", "no", "nothing", "hardly");

  /** A promise inside these is somebody else's, or no promise: "he said i'll", "if i can". */
  private static final Set<String> CONDITIONS = Words.set("if", "unless", "whether", "wish");

  private static final Set<String> REPORTING =
      Words.set(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "asked",
          "claimed",
          "mentioned",
          "wrote",
          "thinks",
          "thought",
          "promised");

  /** Where a clause ends: "he said that's fine so i'll send it" promises. */
  private static final Set<String> CLAUSE_ENDS =
      Words.set("and", "but", "so", "then", "okay", "ok", "well", "because", "anyway", "yeah");

  private static final Set<String> OTHERS =
      Words.set("he", "she", "they", "you", "someone", "somebody", "everyone", "people", "it");

  private CommitmentRule() {}

  /** The promise in {@code utterance}, if there is one. */
  static Optional<Commitment> find(String utterance) {
    List<String> words = Words.of(utterance);
    if (QuestionRule.opensAsQuestion(words)) {
      return Optional.empty();
    }
    for (int at = 0; at < words.size(); at++) {
      for (List<String> promise : PROMISES) {
        if (Words.startsAt(words, at, promise) && !cancelledBefore(words, at)) {
          int action =
              actionAfter(words, at + promise.size(), promise.equals(List.of("let", "me")));
          if (action >= 0) {
            String text = Words.join(words, at, at + 24);
            return Optional.of(new Commitment(text, DuePhrase.in(words, action)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the action the promise makes, or -1: up to four softening words may come first
   * ("i'll go ahead and send"), but a negation ends the search ("i will never send").
   */
  private static int actionAfter(List<String> words, int from, boolean letMe) {
    for (int at = from; at < words.size() && at <= from + 4; at++) {
      String word = words.get(at);
      if (NEGATIONS.contains(word)) {
        return -1;
      }
      if (isAction(words, at) && (!letMe || LET_ME_ACTIONS.contains(word))) {
        return at;
      }
      if (!SOFTENERS.contains(word)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAction(List<String> words, int at) {
    String word = words.get(at);
    Set<String> next = PHRASAL.get(word);
    if (next != null) {
      return at + 1 < words.size() && next.contains(words.get(at + 1));
    }
    return ACTIONS.contains(word);
  }

  /**
   * Whether what comes just before the promise makes it a condition or somebody else's words. "I
   * said i'll send it" still promises; "she said i'll send it" reports.
   */
  private static boolean cancelledBefore(List<String> words, int at) {
    for (int back = at - 1; back >= 0 && back >= at - 4; back--) {
      String word = words.get(back);
      if (CLAUSE_ENDS.contains(word)) {
        return false;
      }
      if (back >= at - 2 && CONDITIONS.contains(word)) {
        return true;
      }
      if (REPORTING.contains(word)) {
        String subject = back > 0 ? words.get(back - 1) : "";
        return OTHERS.contains(subject) || (!subject.equals("i") && !subject.equals("we"));
      }
    }
    return false;
  }
}
