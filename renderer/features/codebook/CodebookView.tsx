import { useId, useState } from 'react';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { parentIds, useShownThemes } from '../themes/use-codebook';
import { useCodebook } from './codebook-actions';
import { ThemeEditor } from './ThemeEditor';
import { dropPlacement, type DropZone } from './tree-moves';

/** The codebook: add, nest, rename, recolour, describe, reorder, merge and delete themes. */
export function CodebookView() {
  const codebook = useCodebook();
  const navigation = useNavigation();
  const themes = useShownThemes();
  const stored = useWorkspaceState((s) => s.themes);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const [newName, setNewName] = useState('');
  const [newParent, setNewParent] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<{ id: number; zone: DropZone } | null>(null);
  const inputId = useId();
  const parentId = useId();
  const errorId = useId();
  const parents = parentIds(themes);
  const under = themes.some((t) => t.id === newParent) ? newParent : null;

  const add = async () => {
    const result = await codebook.add(newName, under);
    if (!result) return;
    if (result.ok) {
      setNewName('');
      setRefusal(null);
    } else setRefusal(result.refusal);
  };

  const drop = () => {
    const target = themes.find((t) => t.id === over?.id);
    if (dragged !== null && target && over && dragged !== target.id) {
      const { parentId: to, beforeId } = dropPlacement(themes, dragged, target, over.zone);
      void codebook.move(dragged, to, beforeId);
    }
    setDragged(null);
    setOver(null);
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
                ? 'The themes you tag sentences with. Start with a few; you can merge, nest and rename as you read.'
                : `${themes.length} ${themes.length === 1 ? 'theme' : 'themes'} · keys 1–9 go to the first nine in this order · drag onto a theme to nest it, between themes to reorder`}
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
        <div className="add-theme-row">
          <label htmlFor={inputId} className="visually-hidden">
            New theme name
          </label>
          <input
            id={inputId}
            className={refusal ? 'field invalid' : 'field'}
            placeholder="New theme, e.g. Sources cited"
            value={newName}
            maxLength={120}
            disabled={readOnly}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={refusal ? errorId : undefined}
            onChange={(event) => {
              setNewName(event.target.value);
              setRefusal(null);
            }}
          />
          {themes.length > 0 ? (
            <>
              <label htmlFor={parentId} className="add-theme-under">
                under
              </label>
              <select
                id={parentId}
                className="field add-theme-parent"
                value={under ?? ''}
                disabled={readOnly}
                onChange={(event) => setNewParent(event.target.value === '' ? null : Number(event.target.value))}
              >
                <option value="">the top level</option>
                {themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {`${'\u2003'.repeat(t.depth)}${t.name}`}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <button type="submit" className="button primary" disabled={readOnly || !newName.trim()}>
            <Icon name="plus" /> Add theme
          </button>
        </div>
        {refusal ? (
          <p id={errorId} className="field-error" role="alert">
            {refusal}
          </p>
        ) : null}
      </form>

      {themes.length > 0 ? (
        <>
          {parents.size > 0 ? (
            <p className="codebook-legend">
              <strong>Counts:</strong> a theme with sub-themes shows the sentences tagged with it or any of its sub-themes (each counted once),
              then those tagged with it itself.
            </p>
          ) : null}
          <ol className="theme-editor-list" aria-label="Themes in codebook order">
            {themes.map((theme) => (
              <ThemeEditor
                key={theme.id}
                theme={theme}
                storedColour={stored.find((t) => t.id === theme.id)?.colour ?? theme.colour}
                themes={themes}
                isParent={parents.has(theme.id)}
                readOnly={readOnly}
                dragging={dragged === theme.id}
                dropMarker={over && over.id === theme.id && dragged !== theme.id ? over.zone : null}
                onDragStart={(id) => setDragged(id)}
                onDragOver={(id, zone) => setOver((current) => (current?.id === id && current.zone === zone ? current : { id, zone }))}
                onDrop={drop}
                onDragEnd={() => {
                  setDragged(null);
                  setOver(null);
                }}
              />
            ))}
          </ol>
        </>
      ) : (
        <div className="empty-state compact">
          <p>{readOnly ? 'This notebook has no themes.' : 'No themes yet. Type a name above and press Enter.'}</p>
        </div>
      )}
    </section>
  );
}
