package io.hindsight.reflection;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link CommitmentRule} reads promises by, kept apart from its logic so that the lists
 * can grow without burying the rule.
 */
final class PromiseWords {

  private PromiseWords() {}

  /** The words a promise starts with, longest first so "i am going to" wins over "i am". */
  static final List<List<String>> PROMISES =
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
  static final Set<String> LET_ME_ACTIONS =
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
  static final Set<String> ACTIONS =
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
  static final Map<String, Set<String>> PHRASAL =
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
  static final Set<String> SOFTENERS =
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

  static final Set<String> NEGATIONS = Words.set("not", "never", "no", "nothing", "hardly");

  /** A promise inside these is somebody else's, or no promise: "he said i'll", "if i can". */
  static final Set<String> CONDITIONS = Words.set("if", "unless", "whether", "wish");

  static final Set<String> REPORTING =
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
  static final Set<String> CLAUSE_ENDS =
      Words.set("and", "but", "so", "then", "okay", "ok", "well", "because", "anyway", "yeah");

  static final Set<String> OTHERS =
      Words.set("he", "she", "they", "you", "someone", "somebody", "everyone", "people", "it");
}
