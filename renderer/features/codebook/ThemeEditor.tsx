import { useState, type CSSProperties, type DragEvent } from 'react';
import type { Theme } from '../../../electron/contract';
import { showMessage } from '../../lib/messages';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { useMemos } from '../memos/memo-actions';
import { useCodebook } from './codebook-actions';
import { ColourPicker } from './ColourPicker';

interface ThemeEditorProps {
  theme: Theme;
  index: number;
  count: number;
  /** The notebook can only be read: the theme is shown, every control disabled. */
  readOnly: boolean;
  dragging: boolean;
  dropMarker: 'before' | 'after' | null;
  onMove: (themeId: number, by: -1 | 1) => void;
  onDragStart: (themeId: number) => void;
  onDragOver: (themeId: number, after: boolean) => void;
  onDrop: () => void;
  onDragEnd: () => void;
}

/** One theme of the codebook: name, key, colour and description, edited in place. */
export function ThemeEditor(props: ThemeEditorProps) {
  const { theme, index, count, readOnly } = props;
  const why = (title: string) => (readOnly ? READ_ONLY_TITLE : title);
  const codebook = useCodebook();
  const navigation = useNavigation();
  const memos = useMemos();
  const themes = useWorkspaceState((s) => s.themes);
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [editingName, setEditingName] = useState(false);
  const [editingDescription, setEditingDescription] = useState(false);
  const shownName = editingName ? name : theme.name;
  const shownDescription = editingDescription ? description : theme.description;

  const commitName = async () => {
    setEditingName(false);
    if (readOnly) return;
    const trimmed = name.trim();
    if (trimmed === theme.name) return;
    if (!trimmed) {
      showMessage('error', 'A theme needs a name; the old one is kept.');
      setName(theme.name);
      return;
    }
    if (!(await codebook.update(theme.id, { name: trimmed }))) setName(theme.name);
  };

  const commitDescription = async () => {
    setEditingDescription(false);
    if (readOnly) return;
    if (description.trim() === theme.description) return;
    await codebook.update(theme.id, { description });
  };

  const holder = (slot: number) => themes.find((t) => t.key === slot && t.id !== theme.id);

  const classes = ['theme-editor'];
  if (props.dragging) classes.push('dragging');
  if (props.dropMarker) classes.push(`drop-${props.dropMarker}`);
  if (readOnly) classes.push('read-only');

  return (
    <li
      className={classes.join(' ')}
      style={{ '--theme-colour': theme.colour } as CSSProperties}
      onDragOver={(event: DragEvent<HTMLLIElement>) => {
        if (!event.dataTransfer.types.includes('application/x-themata-theme')) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        props.onDragOver(theme.id, event.clientY > box.top + box.height / 2);
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes('application/x-themata-theme')) return;
        event.preventDefault();
        props.onDrop();
      }}
    >
      <div className="theme-editor-main">
        <span
          className="drag-handle"
          draggable={!readOnly}
          title={why('Drag to reorder')}
          aria-hidden="true"
          onDragStart={(event) => {
            event.dataTransfer.setData('application/x-themata-theme', String(theme.id));
            event.dataTransfer.effectAllowed = 'move';
            const row = event.currentTarget.closest('li');
            if (row) event.dataTransfer.setDragImage(row, 16, 16);
            props.onDragStart(theme.id);
          }}
          onDragEnd={props.onDragEnd}
        >
          <Icon name="grip" />
        </span>

        <select
          className="field key-select"
          aria-label={`Key for ${theme.name}`}
          title={readOnly ? READ_ONLY_TITLE : undefined}
          disabled={readOnly}
          value={theme.key ?? ''}
          onChange={(event) => void codebook.update(theme.id, { key: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">–</option>
          {Array.from({ length: 9 }, (_, i) => i + 1).map((slot) => {
            const other = holder(slot);
            return (
              <option key={slot} value={slot}>
                {slot}
                {other ? ` (now ${other.name})` : ''}
              </option>
            );
          })}
        </select>

        <ColourPicker
          colour={theme.colour}
          themeName={theme.name}
          disabledReason={readOnly ? READ_ONLY_TITLE : null}
          onChange={(colour) => void codebook.update(theme.id, { colour })}
        />

        <input
          className="field theme-name-field"
          aria-label={`Name of theme ${index + 1}`}
          value={shownName}
          maxLength={120}
          readOnly={readOnly}
          title={readOnly ? READ_ONLY_TITLE : undefined}
          onFocus={() => {
            setName(theme.name);
            setEditingName(true);
          }}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void commitName()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              setName(theme.name);
              setEditingName(false);
              requestAnimationFrame(() => event.currentTarget?.blur());
            }
          }}
        />

        <span className="theme-editor-count" title="Sentences tagged">
          {theme.tagCount.toLocaleString()} <span className="muted">tagged</span>
        </span>

        <div className="theme-editor-actions">
          <button type="button" className="icon-button" aria-label={`Move ${theme.name} up`} title={why('Move up')} disabled={readOnly || index === 0} onClick={() => props.onMove(theme.id, -1)}>
            <Icon name="up" />
          </button>
          <button type="button" className="icon-button" aria-label={`Move ${theme.name} down`} title={why('Move down')} disabled={readOnly || index === count - 1} onClick={() => props.onMove(theme.id, 1)}>
            <Icon name="down" />
          </button>
          <button type="button" className="icon-button" aria-label={`Memo on ${theme.name}`} title="Memo on this theme" onClick={() => memos.open({ kind: 'theme', themeId: theme.id })}>
            <Icon name="notebook" />
          </button>
          <button type="button" className="icon-button" aria-label={`Merge ${theme.name} into another theme`} title={why('Merge into…')} disabled={readOnly || count < 2} onClick={() => navigation.openDialog({ kind: 'merge-theme', themeId: theme.id })}>
            <Icon name="merge" />
          </button>
          <button type="button" className="icon-button danger" aria-label={`Delete ${theme.name}`} title={why('Delete')} disabled={readOnly} onClick={() => navigation.openDialog({ kind: 'delete-theme', themeId: theme.id })}>
            <Icon name="trash" />
          </button>
        </div>
      </div>
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
