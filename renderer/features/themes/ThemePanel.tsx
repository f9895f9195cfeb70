import { useState, type CSSProperties } from 'react';
import { isMac } from '../../lib/platform';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { scopePhrase } from '../../state/document-set';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { describeSelection } from '../../state/selection';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { useNotes } from '../notes/note-actions';
import { useTags } from './tag-actions';
import { searchThemes } from './theme-search';
import { ThemeKey, ThemeSwatch } from './ThemeChip';
import { themeState, useSelectedSentences } from './use-selected-sentences';

/** Codebooks longer than this get a search field in the panel. */
const SEARCH_FROM = 9;

/** The theme palette beside the reader: key, colour, name, count; a click toggles the theme on the selection. */
export function ThemePanel() {
  const navigation = useNavigation();
  const notes = useNotes();
  const tags = useTags();
  const themes = useWorkspaceState((s) => s.themes);
  const selection = useWorkspaceState((s) => s.selection);
  const hasDocument = useWorkspaceState((s) => s.sentences !== null);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const scopeCounts = useWorkspaceState((s) => s.scopeThemeCounts);
  const where = useWorkspaceState(scopePhrase);
  const { numbers, sentences } = useSelectedSentences();
  const countOf = (theme: { id: number; tagCount: number }) => (scopeCounts ? (scopeCounts.get(theme.id) ?? 0) : theme.tagCount);
  const [query, setQuery] = useState('');
  const shown = searchThemes(themes, query);
  const single = selection !== null && selection.anchor === selection.focus;
  const hasNote = single && sentences[0]?.note != null;

  return (
    <aside className="side-panel theme-panel" aria-label="Themes">
      <div className="panel-header">
        <h2 className="panel-title">Themes</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={readOnly ? 'Show the codebook' : 'Edit the codebook'}
          title={readOnly ? 'Show the codebook' : 'Edit the codebook'}
          onClick={() => navigation.setView('codebook')}
        >
          <Icon name="codebook" />
        </button>
      </div>

      <div className="selection-card" aria-live="polite">
        {hasDocument && selection ? (
          <>
            <span className="selection-label">{describeSelection(selection, numbers)}</span>
            {readOnly ? (
              <span className="selection-read-only" title={READ_ONLY_TITLE}>
                <Icon name="lock" size={12} /> Read-only
              </span>
            ) : null}
            {single && !readOnly ? (
              <button type="button" className="button ghost small" onClick={() => notes.edit()}>
                <Icon name="note" size={14} /> {hasNote ? 'Edit note' : 'Add note'} <Kbd keys={['n']} />
              </button>
            ) : null}
            {!single && !readOnly ? (
              // A note belongs to one sentence: with several selected, say which before it is written.
              <button
                type="button"
                className="button ghost small"
                aria-label={`Note on sentence ${selection.focus}`}
                title={`A note belongs to one sentence: this writes on sentence ${selection.focus}, the focused one`}
                onClick={() => notes.edit()}
              >
                <Icon name="note" size={14} /> Note on {selection.focus} <Kbd keys={['n']} />
              </button>
            ) : null}
          </>
        ) : (
          <span className="selection-label muted">{readOnly ? 'Select a sentence to see its themes' : 'Select a sentence to tag it'}</span>
        )}
      </div>

      {themes.length > SEARCH_FROM ? (
        <div className="panel-search">
          <Icon name="search" size={14} />
          <input
            type="search"
            className="field small"
            placeholder="Find a theme"
            aria-label="Find a theme"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      ) : null}

      {themes.length > 0 ? (
        <p className="theme-counts-scope" data-testid="theme-counts-scope">
          Tagged sentences in {where}
        </p>
      ) : null}
      <ul className="theme-list" aria-label="Codebook">
        {shown.map((theme) => {
          const state = themeState(sentences, theme.id);
          const pressed = state === 'all' ? true : state === 'some' ? 'mixed' : false;
          return (
            <li key={theme.id}>
              <button
                type="button"
                className={`theme-row ${state}`}
                style={{ '--theme-colour': theme.colour } as CSSProperties}
                aria-pressed={pressed}
                aria-label={`${theme.name}${theme.key ? `, key ${theme.key}` : ''}, ${countOf(theme).toLocaleString()} tagged in ${where}`}
                disabled={!hasDocument || readOnly}
                title={readOnly ? READ_ONLY_TITLE : theme.description || theme.name}
                onClick={() => void tags.toggle(theme.id)}
              >
                <ThemeKey theme={theme} />
                <ThemeSwatch colour={theme.colour} />
                <span className="theme-row-name">{theme.name}</span>
                <span className="theme-row-count">
                  {countOf(theme).toLocaleString()}
                </span>
                <span className="theme-row-state" aria-hidden="true">
                  {state === 'all' ? <Icon name="check" size={14} /> : state === 'some' ? '–' : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {themes.length === 0 ? (
        <div className="panel-empty">
          <p>No themes yet. A codebook lists the themes you tag sentences with.</p>
          {readOnly ? null : (
            <button type="button" className="button small" onClick={() => navigation.setView('codebook')}>
              <Icon name="plus" size={14} /> Add a theme
            </button>
          )}
        </div>
      ) : query && shown.length === 0 ? (
        <p className="panel-empty muted">No theme matches “{query}”.</p>
      ) : null}

      <div className="panel-footer">
        <button
          type="button"
          className="button ghost small"
          onClick={() => navigation.openDialog({ kind: 'palette' })}
          disabled={!hasDocument || readOnly}
          title={readOnly ? READ_ONLY_TITLE : undefined}
        >
          <Icon name="search" size={14} /> Palette <Kbd keys={['/']} />
          <span className="muted">or</span>
          <Kbd keys={isMac ? ['⌘', 'K'] : ['Ctrl', 'K']} />
        </button>
      </div>
    </aside>
  );
}
