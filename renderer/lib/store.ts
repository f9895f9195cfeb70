import { useSyncExternalStore } from 'react';

type Listener = () => void;

/**
 * A small observable value. The workspace keeps its state in a few of these
 * instead of one React context, so a keypress re-renders only the components
 * that read what changed.
 */
export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<Listener>();

  constructor(initial: S) {
    this.state = initial;
  }

  readonly get = (): S => this.state;

  set(patch: Partial<S> | ((state: S) => Partial<S>)): void {
    const change = typeof patch === 'function' ? patch(this.state) : patch;
    const keys = Object.keys(change) as (keyof S)[];
    if (keys.every((key) => Object.is(this.state[key], change[key]))) return;
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) listener();
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** Reads one field (or any value derived without allocating) from a store. */
export function useStore<S extends object, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
