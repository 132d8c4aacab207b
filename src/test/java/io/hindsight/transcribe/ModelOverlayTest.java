package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelOverlayTest {

  @TempDir Path model;

  private void makeModel(String mfcc) throws Exception {
    Files.createDirectories(model.resolve("am"));
    Files.writeString(model.resolve("am/final.mdl"), "acoustic model");
    Files.createDirectories(model.resolve("conf"));
    Files.writeString(model.resolve("conf/model.conf"), "--beam=13\n");
    Files.writeString(model.resolve("conf/mfcc.conf"), mfcc);
  }

  @Test
  void kaldisDitherIsSwitchedOffWithoutTouchingTheModel() throws Exception {
    makeModel("--use-energy=false\n--num-ceps=40");
    Path folder;
    try (ModelOverlay overlay = ModelOverlay.ditherOff(model)) {
      folder = overlay.folder();
      assertNotEquals(model, folder);
      assertEquals(
          "--use-energy=false\n--num-ceps=40\n--dither=0\n",
          Files.readString(folder.resolve("conf/mfcc.conf")));
      assertEquals("acoustic model", Files.readString(folder.resolve("am/final.mdl")));
      assertEquals("--beam=13\n", Files.readString(folder.resolve("conf/model.conf")));
    }
    assertFalse(Files.exists(folder), "the overlay is gone");
    assertEquals(
        "--use-energy=false\n--num-ceps=40", Files.readString(model.resolve("conf/mfcc.conf")));
    assertTrue(Files.isRegularFile(model.resolve("am/final.mdl")), "the model is kept");
  }

  @Test
  void aModelWithoutDitherIsLoadedAsItIs() throws Exception {
    makeModel("--use-energy=false\n--dither=0\n");
    try (ModelOverlay overlay = ModelOverlay.ditherOff(model)) {
      assertEquals(model, overlay.folder());
    }
    assertTrue(Files.isRegularFile(model.resolve("conf/mfcc.conf")));
  }

  @Test
  void decoderOptionsAreAppendedToTheModelsOwnWithoutTouchingIt() throws Exception {
    makeModel("--use-energy=false\n--dither=0\n");
    try (ModelOverlay overlay =
        ModelOverlay.of(model, java.util.List.of("--endpoint.rule2.min-trailing-silence=0.15"))) {
      Path folder = overlay.folder();
      assertNotEquals(model, folder);
      assertEquals(
          "--beam=13\n--endpoint.rule2.min-trailing-silence=0.15\n",
          Files.readString(folder.resolve("conf/model.conf")));
      assertEquals(
          "--use-energy=false\n--dither=0\n", Files.readString(folder.resolve("conf/mfcc.conf")));
    }
    assertEquals("--beam=13\n", Files.readString(model.resolve("conf/model.conf")));
  }

  @Test
  void theSpeakerModelsDitherIsSwitchedOffAtTheTopOfItsFolder() throws Exception {
    Files.writeString(model.resolve("final.ext.raw"), "x-vector network");
    Files.writeString(model.resolve("mfcc.conf"), "--sample-frequency=8000\n--num-ceps=23\n");
    Path folder;
    try (ModelOverlay overlay = ModelOverlay.speakerModel(model)) {
      folder = overlay.folder();
      assertNotEquals(model, folder);
      assertEquals(
          "--sample-frequency=8000\n--num-ceps=23\n--dither=0\n",
          Files.readString(folder.resolve("mfcc.conf")));
      assertEquals("x-vector network", Files.readString(folder.resolve("final.ext.raw")));
      assertFalse(Files.exists(folder.resolve("conf")), "no conf folder is made up");
    }
    assertFalse(Files.exists(folder), "the overlay is gone");
    assertEquals(
        "--sample-frequency=8000\n--num-ceps=23\n", Files.readString(model.resolve("mfcc.conf")));
  }
}
