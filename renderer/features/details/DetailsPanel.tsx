import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DetailsPatch, DocumentSummary } from '../../../electron/contract';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { MemoEditor } from '../memos/MemoEditor';
import { SaveIndicator } from '../notes/SaveIndicator';
import { useDetails } from './details-actions';

type Field = 'title' | 'outlet' | 'author' | 'publishedOn' | 'url' | 'language';

/** What the notebook would refuse, said beside the field before it is sent. */
function problemOf(field: Field, value: string): string | null {
  const text = value.trim();
  if (field === 'title' && text === '') return 'A document needs a title.';
  if (field === 'url' && text !== '' && !/^https?:\/\/[^\s/]+/i.test(text)) return 'A URL starts with http:// or https://.';
  return null;
}

/** The open document's details, edited in place and saved as they are typed. */
export function DetailsPanel({ document }: { document: DocumentSummary }) {
  const revision = useWorkspaceState((s) => s.detailsRevision);
  // Read afresh for another document, or after undo or redo changed what is stored.
  return <DetailsForm key={`${document.id}:${revision}`} document={document} />;
}

function DetailsForm({ document }: { document: DocumentSummary }) {
  const details = useDetails();
  const saveState = useWorkspaceState((s) => s.saveState);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const [fields, setFields] = useState<Record<Field, string>>(() => ({
    title: document.title,
    outlet: document.outlet ?? '',
    author: document.author ?? '',
    publishedOn: document.publishedOn ?? '',
    url: document.url ?? '',
    language: document.language ?? '',
  }));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const id = useId();

  const update = (field: Field, value: string) => {
    setFields((f) => ({ ...f, [field]: value }));
    const problem = problemOf(field, value);
    setProblems((p) => ({ ...p, [field]: problem ?? undefined }));
    if (problem) {
      details.unchanged(document.id, field);
      return;
    }
    const patch: DetailsPatch = field === 'title' ? { title: value } : { [field]: value.trim() === '' ? null : value };
    details.change(document.id, field, patch);
  };

  const input = (field: Field, label: string, type: 'text' | 'date' | 'url' = 'text', placeholder = '') => {
    const problem = problems[field];
    return (
      <div className={`details-field details-field-${field}`}>
        <label className="field-label" htmlFor={`${id}-${field}`}>
          {label}
        </label>
        <input
          id={`${id}-${field}`}
          className={problem ? 'field invalid' : 'field'}
          type={type}
          value={fields[field]}
          placeholder={readOnly ? '' : placeholder}
          readOnly={readOnly}
          title={readOnly ? READ_ONLY_TITLE : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-${field}-problem` : undefined}
          maxLength={field === 'url' ? 2000 : 500}
          spellCheck={field === 'url' ? false : undefined}
          onChange={(event) => update(field, event.target.value)}
          onBlur={() => void details.flush()}
        />
        {problem ? (
          <p className="field-problem" id={`${id}-${field}-problem`}>
            {problem}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <section className="details-panel" id="document-details" aria-labelledby={`${id}-heading`}>
      <div className="details-head">
        <h2 className="details-title" id={`${id}-heading`}>
          Details
        </h2>
        <SaveIndicator state={saveState} />
        <button type="button" className="icon-button small" aria-label="Hide the details" title="Hide the details" onClick={() => details.toggle(false)}>
          <Icon name="close" size={12} />
        </button>
      </div>
      <div className="details-grid">
        {input('title', 'Title')}
        {input('outlet', 'Outlet', 'text', 'Reuters, TASS, Al Jazeera…')}
        {input('author', 'Author')}
        {input('publishedOn', 'Published', 'date')}
        {input('language', 'Language', 'text', 'en, ru, Turkish…')}
        {input('url', 'URL', 'url', 'https://…')}
      </div>
      <Attributes document={document} readOnly={readOnly} />
      <MemoEditor subject={{ kind: 'document', documentId: document.id }} label="Memo on this document" rows={3} showSaved={false} placeholder="What this article is, how it frames things, what to compare it with…" />
    </section>
  );
}

interface Row {
  /** Stable across renames, for React. */
  id: number;
  /** The key as stored; null for a row being added. */
  saved: string | null;
  key: string;
  value: string;
}

/** A researcher's own variables on the document: added, renamed and removed here, values saved as typed. */
function Attributes({ document, readOnly }: { document: DocumentSummary; readOnly: boolean }) {
  const details = useDetails();
  const nextId = useRef(document.attributes.length);
  const [rows, setRows] = useState<Row[]>(() => document.attributes.map((a, i) => ({ id: i, saved: a.key, key: a.key, value: a.value })));
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();

  const patchRow = (rowId: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));

  const add = () => {
    const rowId = nextId.current++;
    setRows((all) => [...all, { id: rowId, saved: null, key: '', value: '' }]);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>(`[data-attribute-key="${rowId}"]`)?.focus());
  };

  /** A new row is saved once it has a name and a value; a renamed key when its field is left. */
  const commitKey = async (row: Row) => {
    const key = row.key.trim();
    if (row.saved === null) {
      if (key === '' || row.value.trim() === '') return;
      if (await details.setNow(document.id, { attributes: { [key]: row.value } })) patchRow(row.id, { saved: key, key });
      return;
    }
    if (key === row.saved) return;
    if (key === '' || !(await details.renameAttribute(document.id, row.saved, key))) {
      patchRow(row.id, { key: row.saved });
      return;
    }
    patchRow(row.id, { saved: key, key });
  };

  const changeValue = (row: Row, value: string) => {
    patchRow(row.id, { value });
    if (row.saved === null) return;
    if (value.trim() === '') details.unchanged(document.id, `attribute:${row.saved.toLowerCase()}`);
    else details.change(document.id, `attribute:${row.saved.toLowerCase()}`, { attributes: { [row.saved]: value } });
  };

  const remove = async (row: Row) => {
    if (row.saved !== null && !(await details.setNow(document.id, { attributes: { [row.saved]: null } }))) return;
    setRows((all) => all.filter((r) => r.id !== row.id));
  };

  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
  };

  return (
    <div className="attributes" role="group" aria-labelledby={`${id}-attributes`}>
      <div className="attributes-head">
        <h3 className="field-label" id={`${id}-attributes`}>
          Attributes
        </h3>
        <span className="muted attributes-hint">Your own variables: country, stance, wave…</span>
      </div>
      {rows.length > 0 ? (
        <ul className="attribute-list" ref={listRef}>
          {rows.map((row) => (
            <li key={row.id} className="attribute-row">
              <input
                className="field small attribute-key"
                aria-label={row.saved === null ? 'New attribute name' : `Name of attribute ${row.saved}`}
                placeholder="name"
                value={row.key}
                maxLength={60}
                readOnly={readOnly}
                data-attribute-key={row.id}
                onChange={(event) => patchRow(row.id, { key: event.target.value })}
                onBlur={() => void commitKey(row)}
                onKeyDown={onEnter}
              />
              <input
                className="field small attribute-value"
                aria-label={row.saved === null ? 'New attribute value' : `Value of ${row.saved}`}
                placeholder="value"
                value={row.value}
                maxLength={500}
                readOnly={readOnly}
                onChange={(event) => changeValue(row, event.target.value)}
                onBlur={() => void (row.saved === null ? commitKey(row) : details.flush())}
                onKeyDown={onEnter}
              />
              <button
                type="button"
                className="icon-button small"
                aria-label={row.saved === null ? 'Discard the new attribute' : `Remove attribute ${row.saved}`}
                title={readOnly ? READ_ONLY_TITLE : 'Remove'}
                disabled={readOnly}
                onClick={() => void remove(row)}
              >
                <Icon name="trash" size={13} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <button type="button" className="button small add-attribute" onClick={add}>
          <Icon name="plus" size={13} /> Add attribute
        </button>
      )}
    </div>
  );
}
