import { useId, useMemo, useState } from 'react';
import { detailValues, isEmptyFilter, matchesFilter, type DocumentAttribute, type DocumentFilter } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';

interface Draft {
  outlet: string;
  author: string;
  language: string;
  publishedFrom: string;
  publishedTo: string;
  attributes: DocumentAttribute[];
}

function toDraft(filter: DocumentFilter): Draft {
  return {
    outlet: filter.outlet ?? '',
    author: filter.author ?? '',
    language: filter.language ?? '',
    publishedFrom: filter.publishedFrom ?? '',
    publishedTo: filter.publishedTo ?? '',
    attributes: [...(filter.attributes ?? [])],
  };
}

/** The conditions as the store takes them: a blank field is no condition. */
export function toFilter(draft: Draft): DocumentFilter {
  const filter: DocumentFilter = {};
  if (draft.outlet) filter.outlet = draft.outlet;
  if (draft.author) filter.author = draft.author;
  if (draft.language) filter.language = draft.language;
  if (draft.publishedFrom) filter.publishedFrom = draft.publishedFrom;
  if (draft.publishedTo) filter.publishedTo = draft.publishedTo;
  const attributes = draft.attributes.filter((a) => a.key !== '' && a.value !== '');
  if (attributes.length > 0) filter.attributes = attributes;
  return filter;
}

/**
 * Picks the scope's documents by their details: each list offers only the
 * values the notebook's documents have, and the count of documents that meet
 * the conditions follows every choice before it is applied.
 */
export function DetailsConditions({ initial, onApply }: { initial: DocumentFilter; onApply: (filter: DocumentFilter) => void }) {
  const documents = useWorkspaceState((s) => s.documents);
  const values = useMemo(() => detailValues(documents), [documents]);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const filter = toFilter(draft);
  const matching = documents.filter((d) => matchesFilter(d, filter)).length;
  const id = useId();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const choice = (field: 'outlet' | 'author' | 'language', label: string, options: string[]) =>
    options.length > 0 ? (
      <div className="condition">
        <label htmlFor={`${id}-${field}`} className="condition-label">
          {label}
        </label>
        <select id={`${id}-${field}`} className="field small" value={draft[field]} onChange={(event) => set({ [field]: event.target.value })}>
          <option value="">Any</option>
          {options.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
    ) : null;
  const nothingToChoose = values.outlets.length + values.authors.length + values.languages.length + values.attributes.length === 0 && !documents.some((d) => d.publishedOn);
  if (nothingToChoose) {
    return (
      <p className="conditions-empty">
        No document has details yet. Give documents an outlet, a date or your own variables in the Details panel, then pick them here.
      </p>
    );
  }
  return (
    <form
      className="conditions"
      aria-label="Documents by their details"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(filter);
      }}
    >
      {choice('outlet', 'Outlet', values.outlets)}
      {choice('author', 'Author', values.authors)}
      {choice('language', 'Language', values.languages)}
      <div className="condition">
        <span className="condition-label" id={`${id}-published`}>
          Published
        </span>
        <span className="condition-dates" role="group" aria-labelledby={`${id}-published`}>
          <input type="date" className="field small" aria-label="Published from" value={draft.publishedFrom} onChange={(event) => set({ publishedFrom: event.target.value })} />
          <span className="muted">to</span>
          <input type="date" className="field small" aria-label="Published to" value={draft.publishedTo} onChange={(event) => set({ publishedTo: event.target.value })} />
        </span>
      </div>
      {draft.attributes.map((attribute, index) => {
        const known = values.attributes.find((a) => a.key.toLowerCase() === attribute.key.toLowerCase());
        const replace = (next: DocumentAttribute | null) =>
          set({ attributes: draft.attributes.flatMap((a, i) => (i !== index ? [a] : next ? [next] : [])) });
        return (
          <div className="condition" key={index}>
            <select
              className="field small condition-key"
              aria-label={`Variable ${index + 1}`}
              value={attribute.key}
              onChange={(event) => replace({ key: event.target.value, value: '' })}
            >
              <option value="">Variable…</option>
              {values.attributes.map((a) => (
                <option key={a.key} value={a.key}>
                  {a.key}
                </option>
              ))}
            </select>
            <select
              className="field small"
              aria-label={attribute.key ? `Value of ${attribute.key}` : `Value of variable ${index + 1}`}
              value={attribute.value}
              disabled={!known}
              onChange={(event) => replace({ key: attribute.key, value: event.target.value })}
            >
              <option value="">Any</option>
              {(known?.values ?? []).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
            <button type="button" className="icon-button small" aria-label={`Remove condition ${index + 1}`} title="Remove this condition" onClick={() => replace(null)}>
              <Icon name="close" size={14} />
            </button>
          </div>
        );
      })}
      {values.attributes.length > 0 ? (
        <button type="button" className="link-button conditions-add" onClick={() => set({ attributes: [...draft.attributes, { key: '', value: '' }] })}>
          + A condition on your own variables
        </button>
      ) : null}
      <p className="conditions-count" aria-live="polite" data-testid="conditions-count">
        {isEmptyFilter(filter)
          ? 'No condition: every document'
          : `${matching.toLocaleString()} of ${documents.length.toLocaleString()} ${documents.length === 1 ? 'document' : 'documents'} ${matching === 1 ? 'meets' : 'meet'} these conditions`}
      </p>
      <div className="conditions-actions">
        <button type="button" className="button ghost" onClick={() => setDraft(toDraft({}))} disabled={isEmptyFilter(filter)}>
          Clear
        </button>
        <button type="submit" className="button primary" disabled={!isEmptyFilter(filter) && matching === 0}>
          {isEmptyFilter(filter) ? 'Work in the whole notebook' : `Work in ${matching.toLocaleString()} ${matching === 1 ? 'document' : 'documents'}`}
        </button>
      </div>
    </form>
  );
}
