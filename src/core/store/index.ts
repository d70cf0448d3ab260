// A tiny external store per domain: state is replaced by pure producers and read in React with useSyncExternalStore.

export type Producer<S> = (state: S) => S;

export interface Store<S> {
  get(): S;
  /** Apply a producer; listeners run only when the state object actually changes. */
  update(producer: Producer<S>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(producer) {
      const next = producer(state);
      if (next === state) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
