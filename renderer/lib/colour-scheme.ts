/** Light or dark, as the system asks: the workspace follows it (styles/tokens.css), and so do theme colours. */
import { useSyncExternalStore } from 'react';
import type { ColourScheme } from './colour';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function current(): ColourScheme {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches ? 'dark' : 'light';
}

export function useColourScheme(): ColourScheme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
