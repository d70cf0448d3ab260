// React binding for the core stores: subscribe with useSyncExternalStore, optionally reading one slice.
import { useSyncExternalStore } from 'react';
import type { Store } from '../core/store';

export function useStore<S>(store: Store<S>): S;
export function useStore<S, T>(store: Store<S>, select: (state: S) => T): T;
export function useStore<S, T>(store: Store<S>, select?: (state: S) => T): S | T {
  const get = () => (select ? select(store.get()) : store.get());
  return useSyncExternalStore(store.subscribe, get, get);
}
