package io.hindsight.editing;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Transcript;

/** A save made on a version that is no longer the latest: the partner saved first. */
public final class VersionConflict extends HindsightException {

  private final transient Transcript latest;

  VersionConflict(int base, Transcript latest) {
    super(
        Kind.CONFLICT,
        "version "
            + base
            + " is no longer the latest: version "
            + latest.version()
            + " was saved since; nothing was changed, redo your change on it");
    this.latest = latest;
  }

  public Transcript latest() {
    return latest;
  }
}
