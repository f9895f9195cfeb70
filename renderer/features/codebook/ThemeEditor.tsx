import { useId, useState, type CSSProperties, type DragEvent } from 'react';
import type { Theme } from '../../../electron/contract';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Popover } from '../../ui/Popover';
import { useMemos } from '../memos/memo-actions';
import { subtreeOf } from '../themes/theme-counts';
import { ThemeKey, ThemeSwatch } from '../themes/ThemeChip';
import { useCodebook } from './codebook-actions';
import { ColourPicker } from './ColourPicker';
import { stepPlacement, zoneAt, type DropZone } from './tree-moves';

const DRAG_TYPE = 'application/x-themata-theme';

interface ThemeEditorProps {
  /** As shown: its colour made legible on this page. */
  theme: Theme;
  /** The colour the notebook holds, which the picker edits. */
  storedColour: string;
  /** The whole codebook, depth first. */
  themes: readonly Theme[];
  isParent: boolean;
  /** The notebook can only be read: the theme is shown, every control disabled. */
  readOnly: boolean;
  dragging: boolean;
  dropMarker: DropZone | null;
  onDragStart: (themeId: number) => void;
  onDragOver: (themeId: number, zone: DropZone) => void;
  onDrop: () => void;
  onDragEnd: () => void;
}

/** One theme of the codebook, at its depth: name, key, colour and description edited in place, moved by drag or menu. */
export function ThemeEditor(props: ThemeEditorProps) {
  const { theme, themes, readOnly } = props;
  const why = (title: string) => (readOnly ? READ_ONLY_TITLE : title);
  const codebook = useCodebook();
  const navigation = useNavigation();
  const memos = useMemos();
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [editingName, setEditingName] = useState(false);
  const [editingDescription, setEditingDescription] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const errorId = useId();
  const shownName = editingName ? name : theme.name;
  const shownDescription = editingDescription ? description : theme.description;
  const up = stepPlacement(themes, theme, -1);
  const down = stepPlacement(themes, theme, 1);
  const below = subtreeOf(themes, theme.id);
  const parent = themes.find((t) => t.id === theme.parentId);

  const commitName = async () => {
    setEditingName(false);
    if (readOnly) return;
    const trimmed = name.trim();
    if (trimmed === theme.name) return;
    // Refused names are said here, beside the field: nothing was saved and nothing lost.
    const result = trimmed ? await codebook.update(theme.id, { name: trimmed }) : { ok: false as const, refusal: 'A theme needs a name.' };
    if (result && !result.ok) setRefusal(`${result.refusal} The name stays “${theme.name}”.`);
    if (!result?.ok) setName(theme.name);
  };

  const commitDescription = async () => {
    setEditingDescription(false);
    if (readOnly) return;
    if (description.trim() === theme.description) return;
    await codebook.update(theme.id, { description });
  };

  const classes = ['theme-editor'];
  if (props.dragging) classes.push('dragging');
  if (props.dropMarker) classes.push(`drop-${props.dropMarker}`);
  if (readOnly) classes.push('read-only');
  if (theme.depth > 0) classes.push('nested');

  return (
    <li
      className={classes.join(' ')}
      style={{ '--theme-colour': theme.colour, '--depth': theme.depth } as CSSProperties}
      aria-label={parent ? `${theme.name}, under ${parent.name}` : theme.name}
      onDragOver={(event: DragEvent<HTMLLIElement>) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        props.onDragOver(theme.id, zoneAt(event.clientY - box.top, box.height));
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        props.onDrop();
      }}
    >
      <div className="theme-editor-main">
        <span
          className="drag-handle"
          draggable={!readOnly}
          title={why('Drag between themes to reorder, onto a theme to nest it there')}
          aria-hidden="true"
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_TYPE, String(theme.id));
            event.dataTransfer.effectAllowed = 'move';
            const row = event.currentTarget.closest('li');
            if (row) event.dataTransfer.setDragImage(row, 16, 16);
            props.onDragStart(theme.id);
          }}
          onDragEnd={props.onDragEnd}
        >
          <Icon name="grip" />
        </span>

        <span className="theme-editor-key" title={theme.key ? `Key ${theme.key} toggles ${theme.name}` : 'Past the ninth theme: reach it with the palette (/)'}>
          <ThemeKey theme={theme} />
        </span>

        <ColourPicker
          colour={props.storedColour}
          themeName={theme.name}
          disabledReason={readOnly ? READ_ONLY_TITLE : null}
          onChange={(colour) => void codebook.update(theme.id, { colour })}
        />

        <input
          className={refusal ? 'field theme-name-field invalid' : 'field theme-name-field'}
          aria-label={`Name of theme ${theme.order + 1}`}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? errorId : undefined}
          value={shownName}
          maxLength={120}
          readOnly={readOnly}
          title={readOnly ? READ_ONLY_TITLE : undefined}
          onFocus={() => {
            setName(theme.name);
            setEditingName(true);
          }}
          onChange={(event) => {
            setName(event.target.value);
            setRefusal(null);
          }}
          onBlur={() => void commitName()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              setName(theme.name);
              setEditingName(false);
              setRefusal(null);
              requestAnimationFrame(() => event.currentTarget?.blur());
            }
          }}
        />

        {props.isParent ? (
          <span className="theme-editor-count" title={`${theme.rollupCount} sentences with ${theme.name} or its sub-themes (each once); ${theme.tagCount} with ${theme.name} itself`}>
            {theme.rollupCount.toLocaleString()} <span className="muted">in all ·</span> {theme.tagCount.toLocaleString()} <span className="muted">itself</span>
          </span>
        ) : (
          <span className="theme-editor-count" title="Sentences tagged">
            {theme.tagCount.toLocaleString()} <span className="muted">tagged</span>
          </span>
        )}

        <div className="theme-editor-actions">
          <button type="button" className="icon-button" aria-label={`Move ${theme.name} up`} title={why('Move up')} disabled={readOnly || !up} onClick={() => up && void codebook.move(theme.id, up.parentId, up.beforeId)}>
            <Icon name="up" />
          </button>
          <button type="button" className="icon-button" aria-label={`Move ${theme.name} down`} title={why('Move down')} disabled={readOnly || !down} onClick={() => down && void codebook.move(theme.id, down.parentId, down.beforeId)}>
            <Icon name="down" />
          </button>
          <Popover
            label={`Move ${theme.name} under another theme`}
            title={why('Move under…')}
            disabled={readOnly}
            align="end"
            triggerClassName="icon-button"
            trigger={<Icon name="nest" />}
          >
            {(close) => (
              <div className="move-menu" role="group" aria-label={`Move ${theme.name}`}>
                <p className="popover-title">Move “{theme.name}” under…</p>
                <button
                  type="button"
                  className="menu-item"
                  disabled={theme.parentId === null}
                  onClick={() => {
                    close();
                    void codebook.move(theme.id, null);
                  }}
                >
                  <Icon name="up" /> <span>Move to top level</span>
                </button>
                <div className="move-menu-list">
                  {themes.map((target) => {
                    const inside = below.has(target.id);
                    const current = target.id === theme.parentId;
                    return (
                      <button
                        key={target.id}
                        type="button"
                        className="menu-item move-target"
                        style={{ '--depth': target.depth } as CSSProperties}
                        disabled={inside || current}
                        title={inside ? (target.id === theme.id ? 'The theme itself' : `One of ${theme.name}’s own sub-themes`) : current ? 'Already here' : undefined}
                        onClick={() => {
                          close();
                          void codebook.move(theme.id, target.id);
                        }}
                      >
                        <ThemeSwatch colour={target.colour} /> <span>{target.name}</span>
                        {current ? <span className="muted"> (now)</span> : null}
                      </button>
                    );
                  })}
                </div>
              </div>
            )}
          </Popover>
          <button type="button" className="icon-button" aria-label={`Memo on ${theme.name}`} title="Memo on this theme" onClick={() => memos.open({ kind: 'theme', themeId: theme.id })}>
            <Icon name="notebook" />
          </button>
          <button type="button" className="icon-button" aria-label={`Merge ${theme.name} into another theme`} title={why('Merge into…')} disabled={readOnly || themes.length < 2} onClick={() => navigation.openDialog({ kind: 'merge-theme', themeId: theme.id })}>
            <Icon name="merge" />
          </button>
          <button type="button" className="icon-button danger" aria-label={`Delete ${theme.name}`} title={why('Delete')} disabled={readOnly} onClick={() => navigation.openDialog({ kind: 'delete-theme', themeId: theme.id })}>
            <Icon name="trash" />
          </button>
        </div>
      </div>
      {refusal ? (
        <p id={errorId} className="field-error theme-editor-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <textarea
        className="field theme-description-field"
        aria-label={`Description of ${theme.name}`}
        placeholder={readOnly ? 'No description' : 'When to use this theme — a definition for coders'}
        rows={1}
        maxLength={2000}
        readOnly={readOnly}
        title={readOnly ? READ_ONLY_TITLE : undefined}
        value={shownDescription}
        onFocus={() => {
          setDescription(theme.description);
          setEditingDescription(true);
        }}
        onChange={(event) => setDescription(event.target.value)}
        onBlur={() => void commitDescription()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            setDescription(theme.description);
            setEditingDescription(false);
          }
        }}
      />
    </li>
  );
}
