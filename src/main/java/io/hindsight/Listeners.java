package io.hindsight;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind of event, kept by the service that announces it. Features react to each
 * other's events this one way, with listeners that {@link Hindsight} registers; none passes a
 * callback into another's methods.
 *
 * @param <E> the event, a record naming what happened
 */
public final class Listeners<E> {

  private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();

  public void add(Consumer<? super E> listener) {
    listeners.add(listener);
  }

  /** Tells every listener, in the order they were added; a listener's failure stops the rest. */
  public void announce(E event) {
    listeners.forEach(listener -> listener.accept(event));
  }
}
