package io.hindsight;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value made once, on first use, thread-safely. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> factory;
  private volatile T value;

  Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          value = v = factory.get();
        }
      }
    }
    return v;
  }

  /** The value if it was made, else null; never makes it. */
  T orNull() {
    return value;
  }

  void ifCreated(Consumer<T> action) {
    T v = value;
    if (v != null) {
      action.accept(v);
    }
  }

  /**
   * Runs {@code work} (making lazy values ahead of need) on a daemon thread. A failure there is
   * left for whoever needs the value: a Lazy keeps no failure, so their {@code get()} reports it.
   */
  static void inBackground(String name, Runnable work) {
    Thread thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException ignored) {
                // reported on first use
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }
}
