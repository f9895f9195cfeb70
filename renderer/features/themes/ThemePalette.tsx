import { useId, useState, type CSSProperties } from 'react';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { describeSelection } from '../../state/selection';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { Modal } from '../../ui/Modal';
import { useTags } from './tag-actions';
import { shownCount, themePath } from './theme-counts';
import { searchThemes } from './theme-search';
import { ThemeKey, ThemeSwatch } from './ThemeChip';
import { parentIds, useShownThemes } from './use-codebook';
import { themeState, useSelectedSentences } from './use-selected-sentences';

/** The option id of "Create theme …", after the themes. */
const CREATE = -1;

/**
 * `/` or Ctrl/⌘K: find a theme by typing and toggle it on the selection; the
 * way to themes past the ninth, which have no key. When nothing is called
 * what was typed, the palette offers to create that theme and tag the
 * selection with it.
 */
export function ThemePalette() {
  const navigation = useNavigation();
  const tags = useTags();
  const themes = useShownThemes();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const selection = useWorkspaceState((s) => s.selection);
  const { numbers, sentences } = useSelectedSentences();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const listId = useId();
  const errorId = useId();
  const shown = searchThemes(themes, query);
  const parents = parentIds(themes);
  const flat = query.trim() !== '';
  const typed = query.trim();
  const canCreate = !readOnly && typed !== '' && !themes.some((t) => t.name.toLowerCase() === typed.toLowerCase());
  const options = [...shown.map((t) => t.id), ...(canCreate ? [CREATE] : [])];
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const activeOption = options[activeIndex];

  const choose = (option: number) => {
    if (option === CREATE) {
      void tags.createTheme(typed).then((result) => {
        if (result) setRefusal(result.refusal);
        else navigation.closeDialog();
      });
      return;
    }
    navigation.closeDialog();
    void tags.toggle(option);
  };

  return (
    <Modal title="Theme palette" hideTitle size="small" className="palette" onClose={() => navigation.closeDialog()}>
      <div className="palette-search">
        <Icon name="search" />
        <input
          className="palette-input"
          role="combobox"
          aria-label="Find a theme to toggle, or name a new one"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption !== undefined ? `${listId}-${activeOption}` : undefined}
          aria-describedby={refusal ? errorId : undefined}
          placeholder="Type a theme’s name or key…"
          data-autofocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setRefusal(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((activeIndex + 1) % Math.max(options.length, 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((activeIndex - 1 + options.length) % Math.max(options.length, 1));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (activeOption !== undefined) choose(activeOption);
            }
          }}
        />
      </div>
      {refusal ? (
        <p id={errorId} className="palette-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <ul id={listId} className="palette-list" role="listbox" aria-label="Themes">
        {shown.map((theme, index) => {
          const state = themeState(sentences, theme.id);
          const count = shownCount(theme, parents);
          return (
            <li
              key={theme.id}
              id={`${listId}-${theme.id}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`palette-option${index === activeIndex ? ' active' : ''}${parents.has(theme.id) ? ' parent' : ''}`}
              style={{ '--theme-colour': theme.colour, '--depth': flat ? 0 : theme.depth } as CSSProperties}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(theme.id)}
            >
              <ThemeKey theme={theme} />
              <ThemeSwatch colour={theme.colour} />
              <span className="palette-name">
                {flat && theme.parentId !== null ? themePath(theme, themes) : theme.name}
                {theme.description ? <span className="palette-description">{theme.description}</span> : null}
              </span>
              <span className="palette-count" title={count.words}>
                {count.count.toLocaleString()}
              </span>
              <span className="palette-state">{state === 'all' ? 'Remove' : 'Tag'}</span>
            </li>
          );
        })}
        {canCreate ? (
          <li
            id={`${listId}-${CREATE}`}
            role="option"
            aria-selected={activeOption === CREATE}
            className={activeOption === CREATE ? 'palette-option palette-create active' : 'palette-option palette-create'}
            onMouseMove={() => setActive(options.length - 1)}
            onClick={() => choose(CREATE)}
          >
            <Icon name="plus" size={14} />
            <span className="palette-name">
              Create theme “{typed}”
              <span className="palette-description">Adds it to the codebook and tags the selection with it</span>
            </span>
          </li>
        ) : null}
        {shown.length === 0 && !canCreate ? <li className="palette-empty">No theme matches “{query}”.</li> : null}
      </ul>
      <div className="palette-footer">
        <span>{describeSelection(selection, numbers)}</span>
        <span>
          <Kbd keys={['↑']} /> <Kbd keys={['↓']} /> choose · <Kbd keys={['Enter']} /> {activeOption === CREATE ? 'create' : 'toggle'} · <Kbd keys={['Esc']} /> close
        </span>
      </div>
    </Modal>
  );
}
