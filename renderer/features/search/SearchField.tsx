import { useEffect, useRef, useState } from 'react';
import { useSession, useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { useSelection } from '../reader/selection-actions';
import { useSearch } from './search-actions';

/**
 * Ctrl/⌘F: search every sentence and note; Enter steps through the results.
 * @param shortcut the key that comes here, as the keyboard map names it ("Ctrl+F")
 */
export function SearchField({ shortcut }: { shortcut: string }) {
  const search = useSearch();
  const selection = useSelection();
  const session = useSession();
  const focusToken = useWorkspaceState((s) => s.searchFocus);
  const query = useWorkspaceState((s) => s.search.query);
  const [text, setText] = useState(query);
  const ref = useRef<HTMLInputElement>(null);
  const step = useRef(-1);

  useEffect(() => {
    if (focusToken === 0) return;
    ref.current?.focus();
    ref.current?.select();
  }, [focusToken]);

  // The workspace may clear the search (the panel's close button): follow it.
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    if (query === '') setText('');
  }

  useEffect(() => {
    const timer = setTimeout(() => {
      if (text !== session.state.get().search.query) {
        step.current = -1;
        void search.run(text);
        if (text.trim()) session.state.set({ drawer: 'documents' });
      }
    }, 160);
    return () => clearTimeout(timer);
  }, [text, search, session]);

  return (
    <div className="search-field">
      <Icon name="search" size={15} />
      <input
        ref={ref}
        type="search"
        className="field"
        aria-label="Search sentences and notes"
        placeholder="Search sentences and notes"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            const { hits } = session.state.get().search;
            if (hits.length === 0) return;
            step.current = (step.current + (event.shiftKey ? -1 : 1) + hits.length) % hits.length;
            const hit = hits[step.current];
            if (hit) void search.goTo(hit);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            setText('');
            search.clear();
            session.state.set({ drawer: null });
            const focus = session.state.get().selection?.focus;
            if (focus) selection.select({ anchor: focus, focus }, true);
            ref.current?.blur();
          }
        }}
      />
      {text ? null : <span className="field-hint" aria-hidden="true">{shortcut}</span>}
    </div>
  );
}
