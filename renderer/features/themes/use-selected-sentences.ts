import { useSyncExternalStore } from 'react';
import type { Sentence } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import { selectedNumbers } from '../../state/selection';
import type { SentenceStoreSnapshot } from '../../state/sentence-store';

const emptySnapshot: SentenceStoreSnapshot = { total: 0, layoutVersion: 0, dataVersion: 0 };
const noop = () => () => {};

/** How many sentences a palette inspects to show which themes the selection carries. */
const INSPECT_LIMIT = 5000;

/** The selected sentences that are loaded (up to a limit), re-read when any sentence changes. */
export function useSelectedSentences(): { numbers: number; sentences: Sentence[] } {
  const store = useWorkspaceState((s) => s.sentences);
  const selection = useWorkspaceState((s) => s.selection);
  const matches = useWorkspaceState((s) => s.filterMatches);
  useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? (() => emptySnapshot));
  if (!store || !selection) return { numbers: 0, sentences: [] };
  const numbers = selectedNumbers(selection, matches);
  const sentences: Sentence[] = [];
  for (const number of numbers.slice(0, INSPECT_LIMIT)) {
    const sentence = store.get(number);
    if (sentence) sentences.push(sentence);
  }
  return { numbers: numbers.length, sentences };
}

/** Whether the selection carries a theme: all of it, some of it, or none. */
export function themeState(sentences: readonly Sentence[], themeId: number): 'all' | 'some' | 'none' {
  if (sentences.length === 0) return 'none';
  let count = 0;
  for (const sentence of sentences) if (sentence.themeIds.includes(themeId)) count += 1;
  return count === 0 ? 'none' : count === sentences.length ? 'all' : 'some';
}
