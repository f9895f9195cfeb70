import { useEffect, useRef, useState } from 'react';
import { useWorkspace, useWorkspaceState } from '../../app/workspace-context';
import { chord } from '../../app/keyboard-map';
import { isMac } from '../../lib/platform';
import { Icon } from '../../ui/Icon';

/** Ctrl/⌘F: search every sentence and note; Enter steps through the results. */
export function SearchField() {
  const workspace = useWorkspace();
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
      if (text !== workspace.state.get().search.query) {
        step.current = -1;
        void workspace.search.run(text);
        if (text.trim()) workspace.state.set({ drawer: 'documents' });
      }
    }, 160);
    return () => clearTimeout(timer);
  }, [text, workspace]);

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
            const { hits } = workspace.state.get().search;
            if (hits.length === 0) return;
            step.current = (step.current + (event.shiftKey ? -1 : 1) + hits.length) % hits.length;
            const hit = hits[step.current];
            if (hit) void workspace.search.goTo(hit);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            setText('');
            workspace.search.clear();
            workspace.state.set({ drawer: null });
            const focus = workspace.state.get().selection?.focus;
            if (focus) workspace.selection.select({ anchor: focus, focus }, true);
            ref.current?.blur();
          }
        }}
      />
      {text ? null : <span className="field-hint" aria-hidden="true">{chord(isMac, 'F')}</span>}
    </div>
  );
}
