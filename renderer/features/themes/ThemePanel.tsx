import { useState, type CSSProperties } from 'react';
import type { Theme } from '../../../electron/contract';
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
import { shownCount, themePath } from './theme-counts';
import { searchThemes } from './theme-search';
import { ThemeKey, ThemeSwatch } from './ThemeChip';
import { parentIds, useShownThemes } from './use-codebook';
import { themeState, useSelectedSentences } from './use-selected-sentences';

/** Codebooks longer than this get a search field in the panel. */
const SEARCH_FROM = 9;

/** The theme palette beside the reader: key, colour, name, count; a click toggles the theme on the selection. */
export function ThemePanel() {
  const navigation = useNavigation();
  const notes = useNotes();
  const tags = useTags();
  const themes = useShownThemes();
  const selection = useWorkspaceState((s) => s.selection);
  const hasDocument = useWorkspaceState((s) => s.sentences !== null);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const scopeCounts = useWorkspaceState((s) => s.scopeThemeCounts);
  const where = useWorkspaceState(scopePhrase);
  const { numbers, sentences } = useSelectedSentences();
  const [query, setQuery] = useState('');
  const shown = searchThemes(themes, query);
  const parents = parentIds(themes);
  // A search lists matches flat, each with where it sits; otherwise the tree shows that.
  const flat = query.trim() !== '';
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
      {parents.size > 0 && !scopeCounts ? <p className="panel-caption">A parent’s count includes its sub-themes’ sentences, each once.</p> : null}

      <ul className="theme-list" aria-label="Codebook">
        {shown.map((theme) => {
          const state = themeState(sentences, theme.id);
          const pressed = state === 'all' ? true : state === 'some' ? 'mixed' : false;
          // In a selection the counts are each theme's own there; over the notebook a parent's rolls up its sub-themes.
          const count = scopeCounts ? scopedCount(theme, parents.has(theme.id), scopeCounts, where) : inNotebook(shownCount(theme, parents), where);
          const name = flat ? themePath(theme, themes) : theme.name;
          return (
            <li key={theme.id}>
              <button
                type="button"
                className={`theme-row ${state}${parents.has(theme.id) ? ' parent' : ''}`}
                style={{ '--theme-colour': theme.colour, '--depth': flat ? 0 : theme.depth } as CSSProperties}
                aria-pressed={pressed}
                aria-label={`${name}${theme.key ? `, key ${theme.key}` : ''}, ${count.words}`}
                disabled={!hasDocument || readOnly}
                title={readOnly ? READ_ONLY_TITLE : `${theme.description || name}\n${count.words}`}
                onClick={() => void tags.toggle(theme.id)}
              >
                <ThemeKey theme={theme} />
                <ThemeSwatch colour={theme.colour} />
                <span className="theme-row-name">{name}</span>
                <span className="theme-row-count">{count.count.toLocaleString()}</span>
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

function scopedCount(theme: Theme, parent: boolean, counts: ReadonlyMap<number, number>, where: string): { count: number; words: string } {
  const count = counts.get(theme.id) ?? 0;
  const tagged = `${count.toLocaleString()} ${count === 1 ? 'sentence' : 'sentences'} tagged`;
  return { count, words: parent ? `${tagged} with ${theme.name} itself in ${where}` : `${tagged} in ${where}` };
}

function inNotebook(shown: { count: number; words: string }, where: string): { count: number; words: string } {
  return { count: shown.count, words: `${shown.words} in ${where}` };
}
