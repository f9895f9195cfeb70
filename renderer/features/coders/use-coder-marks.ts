import { useMemo } from 'react';
import { useWorkspaceState } from '../../state/session-context';
import { coderMarks, showsWhose } from './coder-view';

/** Each coder's mark for chips, while the view may show someone else's tags; null when every tag shown is the coder's own. */
export function useCoderMarks(): ReadonlyMap<string, string> | null {
  // The names as one string, so the marks (and every chip) change only when the coders do.
  const names = useWorkspaceState((s) => (s.coders && showsWhose(s.coders) ? [s.coders.current, ...s.coders.coders.map((c) => c.name)].join('\n') : null));
  return useMemo(() => (names === null ? null : coderMarks(names.split('\n'))), [names]);
}
