import { createContext, useContext, type Provider } from 'react';

/**
 * A context for one set of actions: app/ provides the one instance (it
 * composes the workspace), and components reach it by the hook, so a
 * feature's components never import app/.
 */
export function actionsContext<T>(name: string): [Provider<T | null>, () => T] {
  const context = createContext<T | null>(null);
  const useActions = (): T => {
    const actions = useContext(context);
    if (!actions) throw new Error(`Nothing provides the ${name}: app/workspace-context's provider must hold this component.`);
    return actions;
  };
  return [context.Provider, useActions];
}
