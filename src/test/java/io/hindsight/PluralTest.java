package io.hindsight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

  @Test
  void oneIsSingularAndEveryOtherCountPlural() {
    assertEquals("0 views", Plural.count(0, "view"));
    assertEquals("1 view", Plural.count(1, "view"));
    assertEquals("2 views", Plural.count(2, "view"));
    assertEquals("1 person", Plural.count(1, "person", "people"));
    assertEquals("3 people", Plural.count(3, "person", "people"));
  }
}
