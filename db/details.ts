/**
 * A document's details (title, outlet, author, published date, URL,
 * language) and a researcher's own variables on it (attributes): read, set
 * as one undoable change that names the document, and used to pick documents.
 */
import type { NotebookContext } from './context';
import {
  CONTROL_CHARACTER,
  DETAIL_FIELDS,
  DIRECTION_CONTROL,
  type DetailField,
  type DetailsPatch,
  type DocumentDetails,
  type DocumentFilter,
} from './domain';
import { matchesFilter } from './document-filter';
import { requireVisibleDocument } from './documents';
import type { History } from './history';
import { NotebookError } from './notebook-error';
import type { DetailsRecord } from './operations';

export const TITLE_MAX_LENGTH = 500;
export const DETAIL_MAX_LENGTH = 500;
export const URL_MAX_LENGTH = 2000;
export const ATTRIBUTE_KEY_MAX_LENGTH = 60;
export const ATTRIBUTE_VALUE_MAX_LENGTH = 500;

/** Names the details already have, so an attribute cannot be mistaken for one (in a filter, on the command line). */
export const RESERVED_ATTRIBUTE_KEYS = ['title', 'outlet', 'author', 'date', 'published', 'url', 'language'];

const FIELD_WORDS: Record<DetailField, string> = {
  outlet: 'outlet',
  author: 'author',
  publishedOn: 'date',
  url: 'URL',
  language: 'language',
};

const COLUMN: Record<DetailField, keyof Omit<DetailsRecord, 'title' | 'attributes'>> = {
  outlet: 'outlet',
  author: 'author',
  publishedOn: 'published_on',
  url: 'url',
  language: 'language',
};

/** A document's details as the history records them. */
export function detailsRecord(ctx: NotebookContext, documentId: number): DetailsRecord {
  const document = requireVisibleDocument(ctx, documentId);
  const row = ctx.sql('SELECT outlet, author, published_on, url, language FROM document_details WHERE document_id = ?').get(documentId) as
    | Omit<DetailsRecord, 'title' | 'attributes'>
    | undefined;
  const attributes = ctx.sql('SELECT key, value FROM document_attributes WHERE document_id = ? ORDER BY key').raw().all(documentId) as [string, string][];
  return {
    title: document.title,
    outlet: row?.outlet ?? null,
    author: row?.author ?? null,
    published_on: row?.published_on ?? null,
    url: row?.url ?? null,
    language: row?.language ?? null,
    attributes,
  };
}

export function toDetails(record: DetailsRecord): DocumentDetails {
  return {
    title: record.title,
    outlet: record.outlet,
    author: record.author,
    publishedOn: record.published_on,
    url: record.url,
    language: record.language,
    attributes: record.attributes.map(([key, value]) => ({ key, value })),
  };
}

export function documentDetails(ctx: NotebookContext, documentId: number): DocumentDetails {
  return toDetails(detailsRecord(ctx, documentId));
}

/**
 * Applies a patch as one change in the history, labelled with the document's
 * title ("Set outlet of ‘Moscow denies…’"). Successive edits of the same
 * field, as typed in the app, undo as one step. Refuses bad input whole.
 */
export function setDetails(ctx: NotebookContext, history: History, documentId: number, patch: DetailsPatch): DocumentDetails {
  const before = detailsRecord(ctx, documentId);
  const after: DetailsRecord = { ...before, attributes: [...before.attributes] };
  const changed: string[] = [];
  if (patch.title !== undefined) {
    after.title = checkTitle(patch.title);
    if (after.title !== before.title) changed.push('title');
  }
  for (const field of DETAIL_FIELDS) {
    const value = patch[field];
    if (value === undefined) continue;
    const column = COLUMN[field];
    after[column] = checkDetail(field, value);
    if (after[column] !== before[column]) changed.push(FIELD_WORDS[field]);
  }
  if (patch.attributes !== undefined) {
    const merged = new Map(before.attributes.map(([key, value]) => [key.toLowerCase(), [key, value] as [string, string]]));
    for (const [rawKey, rawValue] of Object.entries(patch.attributes)) {
      const key = checkAttributeKey(rawKey);
      const value = rawValue === null ? '' : checkAttributeValue(key, rawValue);
      if (value === '') merged.delete(key.toLowerCase());
      // A key keeps the spelling it was first given unless the researcher retypes it.
      else merged.set(key.toLowerCase(), [key, value]);
    }
    after.attributes = sortAttributes([...merged.values()]);
    if (JSON.stringify(after.attributes) !== JSON.stringify(before.attributes)) changed.push('attributes');
  }
  if (changed.length === 0) return toDetails(before);
  const attributeKeys = patch.attributes ? Object.keys(patch.attributes).map((k) => k.trim()).sort() : [];
  const what = changed.length !== 1 ? 'details' : changed[0] !== 'attributes' ? changed[0]! : attributeKeys.length === 1 ? attributeKeys[0]! : 'attributes';
  history.recordTyping(`details:${documentId}:${changed.join(',')}:${attributeKeys.join(',').toLowerCase()}`, `Set ${what} of ${quotedTitle(before.title)}`, {
    type: 'document-details',
    documentId,
    before,
    after,
  });
  return toDetails(after);
}

/** Renames a researcher's variable on one document, keeping its value. */
export function renameAttribute(ctx: NotebookContext, history: History, documentId: number, from: string, to: string): DocumentDetails {
  const before = detailsRecord(ctx, documentId);
  const oldKey = from.trim().toLowerCase();
  const found = before.attributes.find(([key]) => key.toLowerCase() === oldKey);
  if (!found) throw new NotebookError('not-found', `${quotedTitle(before.title)} has no attribute "${from.trim()}".`);
  const key = checkAttributeKey(to);
  if (key === found[0]) return toDetails(before);
  if (key.toLowerCase() !== oldKey && before.attributes.some(([k]) => k.toLowerCase() === key.toLowerCase())) {
    throw new NotebookError('conflict', `${quotedTitle(before.title)} already has an attribute "${key}".`);
  }
  const after: DetailsRecord = {
    ...before,
    attributes: sortAttributes(before.attributes.map(([k, v]) => (k === found[0] ? [key, v] : [k, v]))),
  };
  history.record(`Rename attribute ${found[0]} of ${quotedTitle(before.title)}`, [{ type: 'document-details', documentId, before, after }]);
  return toDetails(after);
}

/**
 * The visible documents whose details match every condition of the filter,
 * in import order. Pick a set of documents with it (by outlet, author, date
 * range, language, attribute values) for work across documents.
 */
export function documentsMatching(ctx: NotebookContext, filter: DocumentFilter): number[] {
  if (filter.publishedFrom !== undefined) checkDate(filter.publishedFrom);
  if (filter.publishedTo !== undefined) checkDate(filter.publishedTo);
  const rows = ctx
    .sql(
      `SELECT d.id, d.title, dd.outlet, dd.author, dd.published_on, dd.url, dd.language FROM documents d
       LEFT JOIN document_details dd ON dd.document_id = d.id WHERE d.removed_at IS NULL ORDER BY d.id`,
    )
    .all() as ({ id: number; title: string } & Omit<DetailsRecord, 'title' | 'attributes'>)[];
  const attributes = new Map<number, [string, string][]>();
  for (const [documentId, key, value] of ctx.sql('SELECT document_id, key, value FROM document_attributes').raw().all() as [number, string, string][]) {
    let list = attributes.get(documentId);
    if (!list) attributes.set(documentId, (list = []));
    list.push([key, value]);
  }
  return rows.filter((row) => matchesFilter(toDetails({ ...row, attributes: attributes.get(row.id) ?? [] }), filter)).map((row) => row.id);
}

/** A title as an undo label quotes it: curly quotes, cut to a glance. */
export function quotedTitle(title: string): string {
  const trimmed = title.trim();
  const chars = [...trimmed];
  return `‘${chars.length > 40 ? `${chars.slice(0, 39).join('').trimEnd()}…` : trimmed}’`;
}

function sortAttributes(attributes: [string, string][]): [string, string][] {
  return attributes.sort(([a], [b]) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function checkTitle(raw: string): string {
  const title = raw.trim();
  if (title === '') throw new NotebookError('invalid-input', 'A document needs a title.');
  if (title.length > TITLE_MAX_LENGTH) throw new NotebookError('invalid-input', `A title is at most ${TITLE_MAX_LENGTH} characters.`);
  if (CONTROL_CHARACTER.test(title) || DIRECTION_CONTROL.test(title)) {
    throw new NotebookError('invalid-input', 'A title cannot contain line breaks, tabs or other control characters.');
  }
  return title;
}

/** A detail as stored: trimmed, null when blank; a date and a URL are checked for what they are. */
export function checkDetail(field: DetailField, raw: string | null): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  const word = FIELD_WORDS[field];
  if (field === 'publishedOn') return checkDate(value);
  const max = field === 'url' ? URL_MAX_LENGTH : DETAIL_MAX_LENGTH;
  if (value.length > max) throw new NotebookError('invalid-input', `The ${word} is at most ${max.toLocaleString('en')} characters.`);
  if (CONTROL_CHARACTER.test(value) || DIRECTION_CONTROL.test(value)) {
    throw new NotebookError('invalid-input', `The ${word} cannot contain line breaks, tabs or other control characters.`);
  }
  if (field === 'url' && !isWebAddress(value)) {
    throw new NotebookError('invalid-input', `"${value}" is not a web address; a URL starts with http:// or https://.`);
  }
  return value;
}

/** A calendar day written YYYY-MM-DD. */
export function checkDate(raw: string): string {
  const value = raw.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !day || day.toISOString().slice(0, 10) !== value) {
    throw new NotebookError('invalid-input', `"${value}" is not a date; write it as YYYY-MM-DD, for example 2017-04-07.`);
  }
  return value;
}

export function checkAttributeKey(raw: string): string {
  const key = raw.trim();
  if (key === '') throw new NotebookError('invalid-input', 'An attribute needs a name, such as country or stance.');
  if (key.length > ATTRIBUTE_KEY_MAX_LENGTH) {
    throw new NotebookError('invalid-input', `An attribute's name is at most ${ATTRIBUTE_KEY_MAX_LENGTH} characters.`);
  }
  if (CONTROL_CHARACTER.test(key) || DIRECTION_CONTROL.test(key) || key.includes('=')) {
    throw new NotebookError('invalid-input', `"${printableKey(key)}" cannot name an attribute: a name has no "=", line breaks or other control characters.`);
  }
  if (RESERVED_ATTRIBUTE_KEYS.includes(key.toLowerCase())) {
    throw new NotebookError('invalid-input', `"${key}" is already one of a document's details; give the attribute another name.`);
  }
  return key;
}

function checkAttributeValue(key: string, raw: string): string {
  const value = raw.trim();
  if (value.length > ATTRIBUTE_VALUE_MAX_LENGTH) {
    throw new NotebookError('invalid-input', `The value of ${key} is at most ${ATTRIBUTE_VALUE_MAX_LENGTH} characters.`);
  }
  if (CONTROL_CHARACTER.test(value) || DIRECTION_CONTROL.test(value)) {
    throw new NotebookError('invalid-input', `The value of ${key} cannot contain line breaks, tabs or other control characters.`);
  }
  return value;
}

function printableKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- shown, not acted on
  return key.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
