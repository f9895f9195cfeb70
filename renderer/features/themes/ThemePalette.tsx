import { useId, useState, type CSSProperties } from 'react';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { describeSelection } from '../../state/selection';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { Modal } from '../../ui/Modal';
import { useTags } from './tag-actions';
import { searchThemes } from './theme-search';
import { ThemeKey, ThemeSwatch } from './ThemeChip';
import { themeState, useSelectedSentences } from './use-selected-sentences';

/** `/` or Ctrl/⌘K: find a theme by typing and toggle it on the selection. */
export function ThemePalette() {
  const navigation = useNavigation();
  const tags = useTags();
  const themes = useWorkspaceState((s) => s.themes);
  const selection = useWorkspaceState((s) => s.selection);
  const { numbers, sentences } = useSelectedSentences();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = searchThemes(themes, query);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));
  const activeTheme = shown[activeIndex];

  const choose = (themeId: number) => {
    navigation.closeDialog();
    void tags.toggle(themeId);
  };

  return (
    <Modal title="Theme palette" hideTitle size="small" className="palette" onClose={() => navigation.closeDialog()}>
      <div className="palette-search">
        <Icon name="search" />
        <input
          className="palette-input"
          role="combobox"
          aria-label="Find a theme to toggle"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeTheme ? `${listId}-${activeTheme.id}` : undefined}
          placeholder="Type a theme’s name or key…"
          data-autofocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((activeIndex + 1) % Math.max(shown.length, 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((activeIndex - 1 + shown.length) % Math.max(shown.length, 1));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (activeTheme) choose(activeTheme.id);
            }
          }}
        />
      </div>
      <ul id={listId} className="palette-list" role="listbox" aria-label="Themes">
        {shown.map((theme, index) => {
          const state = themeState(sentences, theme.id);
          return (
            <li
              key={theme.id}
              id={`${listId}-${theme.id}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'palette-option active' : 'palette-option'}
              style={{ '--theme-colour': theme.colour } as CSSProperties}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(theme.id)}
            >
              <ThemeKey theme={theme} />
              <ThemeSwatch colour={theme.colour} />
              <span className="palette-name">
                {theme.name}
                {theme.description ? <span className="palette-description">{theme.description}</span> : null}
              </span>
              <span className="palette-state">{state === 'all' ? 'Remove' : 'Tag'}</span>
            </li>
          );
        })}
        {shown.length === 0 ? <li className="palette-empty">No theme matches “{query}”.</li> : null}
      </ul>
      <div className="palette-footer">
        <span>{describeSelection(selection, numbers)}</span>
        <span>
          <Kbd keys={['↑']} /> <Kbd keys={['↓']} /> choose · <Kbd keys={['Enter']} /> toggle · <Kbd keys={['Esc']} /> close
        </span>
      </div>
    </Modal>
  );
}
