package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecoderTest {

  private static final String MODEL_CONF = "--min-active=200\n--max-active=3000\n--beam=10.0\n";

  @TempDir Path model;

  @Test
  void eachDecodersOptionsReachTheOverlaysModelConfLastSoTheyWin() throws Exception {
    Files.createDirectories(model.resolve("am"));
    Files.writeString(model.resolve("am/final.mdl"), "acoustic model");
    Files.createDirectories(model.resolve("conf"));
    Files.writeString(model.resolve("conf/model.conf"), MODEL_CONF);
    Files.writeString(model.resolve("conf/mfcc.conf"), "--use-energy=false\n");
    for (Decoder decoder : Decoder.values()) {
      try (ModelOverlay overlay = ModelOverlay.of(model, decoder.options())) {
        List<String> lines =
            Files.readString(overlay.folder().resolve("conf/model.conf")).lines().toList();
        assertEquals(MODEL_CONF.lines().toList(), lines.subList(0, 3), decoder + " keeps the own");
        assertEquals(decoder.options(), lines.subList(3, lines.size()), decoder.label());
        assertEquals("acoustic model", Files.readString(overlay.folder().resolve("am/final.mdl")));
      }
      assertEquals(MODEL_CONF, Files.readString(model.resolve("conf/model.conf")), "untouched");
    }
  }

  @Test
  void accurateIsTheModelsOwnAndTheOthersSearchLess() {
    assertEquals(List.of(), Decoder.ACCURATE.options());
    assertTrue(Decoder.BALANCED.options().stream().allMatch(o -> o.matches("--[a-z-]+=[\\d.]+")));
    assertTrue(Decoder.FAST.options().stream().allMatch(o -> o.matches("--[a-z-]+=[\\d.]+")));
    assertEquals(Decoder.BALANCED, Decoder.DEFAULT);
  }

  @Test
  void labelsParseInAnyCaseAndAnythingElseIsRefusedWithTheChoices() {
    for (Decoder decoder : Decoder.values()) {
      assertEquals(decoder, Decoder.parse(decoder.label()));
      assertEquals(decoder, Decoder.parse(" " + decoder.name() + " "));
    }
    HindsightException e = assertThrows(HindsightException.class, () -> Decoder.parse("bogus"));
    assertEquals(HindsightException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().contains("fast, balanced or accurate"), e.getMessage());
  }
}
