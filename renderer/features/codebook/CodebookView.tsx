import { useId, useState } from 'react';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { useCodebook } from './codebook-actions';
import { dropIndex, moveBy, moveTo, sameOrder } from './reorder';
import { ThemeEditor } from './ThemeEditor';

/** The codebook: add, rename, recolour, describe, reorder, key, merge and delete themes. */
export function CodebookView() {
  const codebook = useCodebook();
  const navigation = useNavigation();
  const themes = useWorkspaceState((s) => s.themes);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const [newName, setNewName] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<{ id: number; after: boolean } | null>(null);
  const inputId = useId();
  const ids = themes.map((t) => t.id);

  const reorder = (next: number[]) => {
    if (!sameOrder(next, ids)) void codebook.reorder(next);
  };

  const add = async () => {
    const name = newName.trim();
    if (!name) return;
    const theme = await codebook.add(name);
    if (theme) setNewName('');
  };

  return (
    <section className="page codebook-page" aria-label="Codebook">
      <header className="page-header">
        <div>
          <h1 className="page-title">Codebook</h1>
          <p className="page-subtitle">
            {readOnly
              ? `${themes.length} ${themes.length === 1 ? 'theme' : 'themes'} · read-only: this notebook’s codebook can’t be changed`
              : themes.length === 0
                ? 'The themes you tag sentences with. Start with a few; you can merge and rename as you read.'
                : `${themes.length} ${themes.length === 1 ? 'theme' : 'themes'} · keys 1–9 toggle a theme on the selection in the reader · drag to reorder`}
          </p>
        </div>
        <button type="button" className="button" onClick={() => navigation.setView('reader')}>
          Back to reading
        </button>
      </header>

      <form
        className="add-theme"
        title={readOnly ? READ_ONLY_TITLE : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          New theme name
        </label>
        <input
          id={inputId}
          className="field"
          placeholder="New theme, e.g. Sources cited"
          value={newName}
          maxLength={120}
          disabled={readOnly}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="submit" className="button primary" disabled={readOnly || !newName.trim()}>
          <Icon name="plus" /> Add theme
        </button>
      </form>

      {themes.length > 0 ? (
        <ol className="theme-editor-list" aria-label="Themes in codebook order">
          {themes.map((theme, index) => (
            <ThemeEditor
              key={theme.id}
              theme={theme}
              index={index}
              count={themes.length}
              readOnly={readOnly}
              dragging={dragged === theme.id}
              dropMarker={over && over.id === theme.id && dragged !== theme.id ? (over.after ? 'after' : 'before') : null}
              onMove={(id, by) => reorder(moveBy(ids, id, by))}
              onDragStart={(id) => setDragged(id)}
              onDragOver={(id, after) => setOver((current) => (current?.id === id && current.after === after ? current : { id, after }))}
              onDrop={() => {
                if (dragged !== null && over) reorder(moveTo(ids, dragged, dropIndex(ids, dragged, over.id, over.after)));
                setDragged(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragged(null);
                setOver(null);
              }}
            />
          ))}
        </ol>
      ) : (
        <div className="empty-state compact">
          <p>{readOnly ? 'This notebook has no themes.' : 'No themes yet. Type a name above and press Enter.'}</p>
        </div>
      )}
    </section>
  );
}
