package io.hindsight.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionSuggesterTest {

  private static final RedactionSuggester SUGGESTER =
      new RedactionSuggester(
          List.of("Sarah Miller", "David Brown"), List.of("Acme", "project falcon", " "));

  /** The sentence with each suggestion shown as {@code [REASON words]}. */
  static String marked(RedactionSuggester suggester, String sentence) {
    List<Word> words = words(sentence);
    List<SuggestedRedaction> suggestions = suggester.suggest(words);
    List<String> out = new ArrayList<>();
    int i = 0;
    for (SuggestedRedaction s : suggestions) {
      while (i < s.from()) {
        out.add(words.get(i++).word());
      }
      List<String> inside = new ArrayList<>();
      while (i < s.to()) {
        inside.add(words.get(i++).word());
      }
      out.add("[" + s.reason() + " " + String.join(" ", inside) + "]");
    }
    while (i < words.size()) {
      out.add(words.get(i++).word());
    }
    return String.join(" ", out);
  }

  static String marked(String sentence) {
    return marked(SUGGESTER, sentence);
  }

  static List<Word> words(String sentence) {
    List<Word> words = new ArrayList<>();
    double t = 0;
    for (String w : sentence.split(" ")) {
      words.add(new Word(w, t, t + 0.4, 1.0, null));
      t += 0.5;
    }
    return words;
  }

  /** Sentences in which nothing may be suggested. */
  private static void assertUntouched(String sentence) {
    assertEquals(sentence, marked(sentence));
  }

  @Nested
  class Names {
    @Test
    void firstName() {
      assertEquals("hi [NAME sarah] how are you", marked("hi sarah how are you"));
    }

    @Test
    void fullNameIsOneSuggestion() {
      assertEquals("thanks [NAME david brown] see you", marked("thanks david brown see you"));
    }

    @Test
    void possessive() {
      assertEquals("it was [NAME sarah's] idea", marked("it was sarah's idea"));
      assertEquals(
          "[NAME james'] car",
          marked(new RedactionSuggester(List.of("James Hill"), List.of()), "james' car"));
    }

    @Test
    void caseAndAccentsDoNotMatter() {
      RedactionSuggester suggester = new RedactionSuggester(List.of("JOSÉ Núñez"), List.of());
      assertEquals("ask [NAME jose nunez]", marked(suggester, "ask jose nunez"));
      assertEquals("ask [NAME José]", marked(suggester, "ask José"));
    }

    @Test
    void titleWithLastName() {
      assertEquals("[NAME doctor miller] said so", marked("doctor miller said so"));
      assertEquals("[NAME mister brown] agreed", marked("mister brown agreed"));
    }

    @Test
    void middleNamesMayBeLeftOut() {
      RedactionSuggester suggester =
          new RedactionSuggester(List.of("Mary Ann Smith", "Jean-Luc Picard"), List.of());
      assertEquals(
          "[NAME mary smith] and [NAME mary ann smith]",
          marked(suggester, "mary smith and mary ann smith"));
      assertEquals("[NAME jean luc] says hi", marked(suggester, "jean luc says hi"));
    }

    @Test
    void lastNameAloneIsAWord() {
      assertUntouched("the brown fox and the miller");
    }

    @Test
    void otherWordsContainingANameStay() {
      assertUntouched("davidson and sarahs and sara");
    }
  }

  @Nested
  class AlwaysRedact {
    @Test
    void wordsAndPhrases() {
      assertEquals(
          "the [CUSTOM project falcon] launch at [CUSTOM acme's] office",
          marked("the project falcon launch at acme's office"));
    }

    @Test
    void partsOfAPhraseStay() {
      assertUntouched("the project launch and the falcon");
    }
  }

  @Nested
  class Email {
    @Test
    void spokenAddressIsRedactedWhole() {
      assertEquals(
          "my email is [EMAIL john at example dot com] thanks",
          marked("my email is john at example dot com thanks"));
    }

    @Test
    void dottedUserName() {
      assertEquals(
          "write to [EMAIL john dot smith at gmail dot com]",
          marked("write to john dot smith at gmail dot com"));
    }

    @Test
    void spelledUserNameWithNumbersAndCountryDomain() {
      assertEquals(
          "it is [EMAIL j o h n underscore two at example dot co dot uk]",
          marked("it is j o h n underscore two at example dot co dot uk"));
    }

    @Test
    void nameInsideAnAddressIsPartOfTheAddress() {
      assertEquals(
          "sure my email is [EMAIL david at example dot com]",
          marked("sure my email is david at example dot com"));
    }

    @Test
    void writtenAddressInOneWord() {
      assertEquals("mail [EMAIL john@example.com] today", marked("mail john@example.com today"));
    }

    @Test
    void spelledDomainEnding() {
      assertEquals("[EMAIL info at acme dot c o m]", marked("info at acme dot c o m"));
    }

    @Test
    void misheardAddressAfterACue() {
      assertEquals(
          "sure my email is [EMAIL david out and mental dot com]",
          marked("sure my email is david out and mental dot com"));
      assertEquals(
          "my e-mail address is [EMAIL jay smith at example dot org]",
          marked("my e-mail address is jay smith at example dot org"));
      assertEquals(
          "mail me at [EMAIL sam at example dot net]", marked("mail me at sam at example dot net"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "my email is broken",
          "check your email at home",
          "email me tomorrow about the plan for the team dot",
          "meet me at the office at noon",
          "i was at home dot",
          "she works at google",
          "look at that dot there",
          "at least one of us",
          "we met at five"
        })
    void ordinaryAtStays(String sentence) {
      assertUntouched(sentence);
    }

    @Test
    void commonWordBeforeAtIsNotAUserName() {
      assertEquals("look at [WEB_ADDRESS example dot com]", marked("look at example dot com"));
      assertEquals(
          "read the guide at [WEB_ADDRESS w w w dot example dot org]",
          marked("read the guide at w w w dot example dot org"));
    }
  }

  @Nested
  class Numbers {
    @Test
    void phoneNumber() {
      assertEquals(
          "call me at [PHONE five five five one two three four]",
          marked("call me at five five five one two three four"));
    }

    @Test
    void ohAndDouble() {
      assertEquals(
          "dial [PHONE oh seven seven double oh one two] now",
          marked("dial oh seven seven double oh one two now"));
      assertEquals("[PHONE double five double six]", marked("double five double six"));
      assertEquals("[PHONE zero triple nine]", marked("zero triple nine"));
    }

    @Test
    void compoundNumbers() {
      assertEquals(
          "code [PHONE twenty three fifteen forty] ok",
          marked("code twenty three fifteen forty ok"));
    }

    @Test
    void misheardDigitsJoinALongEnoughRun() {
      assertEquals(
          "call me up [PHONE to five five five one two free for] sure",
          marked("call me up to five five five one two free for sure"));
      assertEquals("[PHONE won ate five six seven two]", marked("won ate five six seven two"));
    }

    @Test
    void typedDigitsCountEach() {
      assertEquals("call [PHONE 555 1234]", marked("call 555 1234"));
      assertEquals("pin [PHONE 1234]", marked("pin 1234"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "one two three",
          "i have two kids and three dogs and four cats",
          "oh i see one thing",
          "in twenty twenty four",
          "oh oh oh",
          "double check one two",
          "one two three double",
          "pin 123",
          "from nine to five for two weeks",
          "one for all and all for one",
          "i have to go for a walk too",
          "to for too free won ate"
        })
    void fewerThanFourNumberWordsStay(String sentence) {
      assertUntouched(sentence);
    }
  }

  @Nested
  class WebAddress {
    @Test
    void worldWideWeb() {
      assertEquals(
          "also read [WEB_ADDRESS w w w dot example dot org] ok",
          marked("also read w w w dot example dot org ok"));
    }

    @Test
    void bareDomainWithPath() {
      assertEquals(
          "visit [WEB_ADDRESS example dot com slash careers slash jobs dot html] today",
          marked("visit example dot com slash careers slash jobs dot html today"));
    }

    @Test
    void schemeAndCountryDomains() {
      assertEquals(
          "[WEB_ADDRESS h t t p s colon slash slash example dot io]",
          marked("h t t p s colon slash slash example dot io"));
      assertEquals("on [WEB_ADDRESS example dot co dot uk]", marked("on example dot co dot uk"));
      assertEquals("on [WEB_ADDRESS my dash site dot net]", marked("on my dash site dot net"));
      assertEquals("see [WEB_ADDRESS i b m dot com]", marked("see i b m dot com"));
    }

    @Test
    void writtenForms() {
      assertEquals("see [WEB_ADDRESS www.example.org]", marked("see www.example.org"));
      assertEquals("see [WEB_ADDRESS example dotcom]", marked("see example dotcom"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "the dot com bubble",
          "connect the dot to the line",
          "a dot on the map",
          "example dot",
          "end of story dot period",
          "he said dot me and dot us",
          "slash the budget"
        })
    void ordinaryDotStays(String sentence) {
      assertUntouched(sentence);
    }
  }

  @Test
  void suggestionsComeInWordOrderWithTheirReasons() {
    List<SuggestedRedaction> found =
        SUGGESTER.suggest(
            words("sarah call five five five one two three four or david at example dot com"));
    assertEquals(
        List.of(
            new SuggestedRedaction(0, 1, RedactionReason.NAME),
            new SuggestedRedaction(2, 9, RedactionReason.PHONE),
            new SuggestedRedaction(10, 15, RedactionReason.EMAIL)),
        found);
    assertEquals(13, SuggestedRedaction.wordIndexes(found).size());
  }

  @Test
  void nothingToFind() {
    assertEquals(List.of(), SUGGESTER.suggest(List.of()));
    assertEquals(
        List.of(), new RedactionSuggester(List.of(), List.of()).suggest(words("hi there")));
  }
}
