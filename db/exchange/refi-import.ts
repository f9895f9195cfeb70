/**
 * Brings what a REFI-QDA project or codebook holds into the open notebook,
 * as one undoable step: codes become themes (matched by GUID, or by name when
 * the name is the only one of its kind), text sources documents, each
 * coding of a selection a tag on every sentence the selection overlaps,
 * users coders, notes notes and memos, variables details and attributes.
 * What cannot be represented is named in the report, never dropped unsaid.
 */
import type { NotebookContext } from '../context';
import { ATTRIBUTE_VALUE_MAX_LENGTH, checkAttributeKey, checkDetail, RESERVED_ATTRIBUTE_KEYS } from '../details';
import { insertDocument } from '../documents';
import { CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL, type DetailField } from '../domain';
import { newGuid } from '../guid';
import type { History } from '../history';
import { MEMO_MAX_LENGTH } from '../memos';
import { NOTE_MAX_LENGTH, noteOf } from '../notes';
import type { DetailsRecord, Operation, TagRecord } from '../operations';
import { nextThemeColour } from '../palette';
import type { MemoRow, ThemeRow } from '../rows';
import { CodePointIndex } from './code-points';
import { DATE_TIME, DETAIL_VARIABLES, type DetailColumn } from './refi-names';
import type { ReadProject, ReadSource } from './refi-read';

export interface RefiImportReport {
  documents: number;
  /** Sources already in the notebook (same GUID, same text): their codings and notes are added to them. */
  documentsMatched: number;
  /** Themes added; `themesMatched` were already in the codebook (same GUID, or same name). */
  themes: number;
  themesMatched: number;
  tags: number;
  notes: number;
  memos: number;
  /** Documents given details or attributes. */
  documentsWithDetails: number;
  /** Every coder the tags name. */
  coders: string[];
  selections: number;
  /** Selections that start or end inside a sentence: they tag each sentence they overlap. */
  selectionsOffSentenceBoundaries: number;
  /** What the file holds that Themata cannot represent, or had to change, one line each. */
  notRepresented: string[];
}

const THEME_NAME_MAX = 120;
const ATTRIBUTE_KEY_MAX = 60;

/** Text fit for a one-line name: control and direction characters become spaces. */
function oneLine(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTER.source, 'gu'), ' ').replace(new RegExp(DIRECTION_CONTROL.source, 'gu'), '').replace(/\s+/g, ' ').trim();
}

function colourOf(raw: string | null): string | null {
  const value = raw?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase() : null;
}

function detailFieldOf(column: DetailColumn): DetailField {
  return column === 'published_on' ? 'publishedOn' : column;
}

/** The detail a variable name stands for: Themata's own names, and the usual words other tools use. */
function detailColumnOf(name: string): DetailColumn | null {
  const word = name.trim().toLowerCase();
  const known = DETAIL_VARIABLES.find((v) => v.name.toLowerCase() === word);
  if (known) return known.column;
  const synonyms: Record<string, DetailColumn> = {
    outlet: 'outlet', source: 'outlet', publication: 'outlet', author: 'author', date: 'published_on', published: 'published_on',
    'publication date': 'published_on', url: 'url', link: 'url', language: 'language',
  };
  return synonyms[word] ?? null;
}

function isUsed(ctx: NotebookContext, table: 'documents' | 'themes' | 'tags' | 'notes' | 'memos', guid: string): boolean {
  return ctx.sql(`SELECT 1 FROM ${table} WHERE guid = ?`).get(guid) !== undefined;
}

/** Imports what `project` holds; call inside the caller's transaction. */
export function applyRefiImport(ctx: NotebookContext, history: History, project: ReadProject, fileName: string): RefiImportReport {
  const report: RefiImportReport = {
    documents: 0, documentsMatched: 0, themes: 0, themesMatched: 0, tags: 0, notes: 0, memos: 0, documentsWithDetails: 0, coders: [],
    selections: 0, selectionsOffSentenceBoundaries: 0, notRepresented: [...project.notRepresented],
  };
  const say = (line: string) => report.notRepresented.push(line);
  const ops: Operation[] = [];
  const takenGuids = new Set<string>();
  const freshGuid = (table: 'documents' | 'themes' | 'tags' | 'notes' | 'memos', wanted: string | null): string => {
    if (wanted && !takenGuids.has(wanted) && !isUsed(ctx, table, wanted)) {
      takenGuids.add(wanted);
      return wanted;
    }
    return newGuid();
  };

  // Themes
  const existing = ctx.sql('SELECT * FROM themes ORDER BY position, id').all() as ThemeRow[];
  const names = new Map(existing.map((t) => [t.name.toLowerCase(), t]));
  const nameCount = new Map<string, number>();
  for (const code of project.codes) nameCount.set(oneLine(code.name).toLowerCase(), (nameCount.get(oneLine(code.name).toLowerCase()) ?? 0) + 1);
  const themeOf = new Map<string, number>();
  const themeByIndex: number[] = [];
  const colours = existing.map((t) => t.colour);
  let nextId = (ctx.sql('SELECT coalesce(max(id), 0) AS id FROM themes').get() as { id: number }).id + 1;
  let position = existing.length === 0 ? 0 : Math.max(...existing.map((t) => t.position)) + 1;
  const renamed: string[] = [];
  let unnamedCodes = 0;
  const added: ThemeRow[] = [];
  for (const code of project.codes) {
    const byGuid = code.guid ? existing.find((t) => t.guid === code.guid) : undefined;
    let name = oneLine(code.name).slice(0, THEME_NAME_MAX).trim();
    const byName = !byGuid && name && nameCount.get(name.toLowerCase()) === 1 ? names.get(name.toLowerCase()) : undefined;
    const match = byGuid ?? byName;
    if (match) {
      themeByIndex.push(match.id);
      if (code.guid) themeOf.set(code.guid, match.id);
      report.themesMatched += 1;
      continue;
    }
    const original = name;
    if (!name) {
      unnamedCodes += 1;
      name = 'Unnamed code';
    }
    if (DIGITS_ONLY.test(name)) name = `Code ${name}`;
    const parentId = code.parentGuid ? themeOf.get(code.parentGuid) ?? null : null;
    const parentName = parentId !== null ? [...existing, ...added].find((t) => t.id === parentId)?.name : undefined;
    if (names.has(name.toLowerCase()) && parentName) name = `${name} (${parentName})`.slice(0, THEME_NAME_MAX);
    for (let n = 2; names.has(name.toLowerCase()); n += 1) name = `${original || 'Unnamed code'} ${n}`;
    if (original && name !== original) renamed.push(`“${original}” as “${name}”`);
    const row: ThemeRow = {
      id: nextId,
      name,
      colour: colourOf(code.colour) ?? nextThemeColour(colours),
      description: code.description,
      key_slot: null,
      position,
      parent_id: parentId,
      created_at: ctx.now(),
      guid: freshGuid('themes', code.guid),
    };
    nextId += 1;
    position += 1;
    colours.push(row.colour);
    names.set(name.toLowerCase(), row);
    added.push(row);
    themeByIndex.push(row.id);
    if (code.guid) themeOf.set(code.guid, row.id);
    ops.push({ type: 'theme', themeId: row.id, before: null, after: row });
  }
  report.themes = added.length;
  if (renamed.length) say(`${renamed.length} code${renamed.length === 1 ? '' : 's'} renamed, since theme names are unique and not only digits: ${renamed.join(', ')}`);
  if (unnamedCodes) say(`${unnamedCodes} code${unnamedCodes === 1 ? '' : 's'} without a name became “Unnamed code”`);

  // Memos gather the notes referred to from one subject; several are joined, each under its name.
  const usedNotes = new Set<string>();
  const memoBodies = new Map<string, { subject: { documentId: number | null; themeId: number | null }; parts: string[]; guids: string[]; createdAt: string | null }>();
  const addToMemo = (key: string, subject: { documentId: number | null; themeId: number | null }, noteGuids: string[]) => {
    for (const guid of noteGuids) {
      const note = project.notes.get(guid);
      if (!note || note.text.trim() === '') continue;
      usedNotes.add(guid);
      const memo = memoBodies.get(key) ?? { subject, parts: [], guids: [], createdAt: note.createdAt };
      memo.parts.push(note.text);
      memo.guids.push(guid);
      memoBodies.set(key, memo);
    }
  };
  project.codes.forEach((code, index) => addToMemo(`theme:${themeByIndex[index]}`, { documentId: null, themeId: themeByIndex[index]! }, code.noteGuids));

  // Documents, their details, tags and notes
  const users = new Map(project.users);
  const tagsByTheme = new Map<number, TagRecord[]>();
  const tagged = new Set<string>();
  // A note belongs to one sentence and one coder (its writer's, or else the importer's); keyed `sentence:coder`.
  const noteBodies = new Map<string, { sentenceId: number; coder: string; parts: string[]; guid: string | null; createdAt: string | null; updatedAt: string | null }>();
  const coders = new Set<string>();
  const skippedSources: string[] = [];
  let sourceCodings = 0;
  let unknownCodes = 0;
  let emptySelections = 0;
  let outOfRange = 0;
  for (const source of project.sources) {
    if (source.text === null || source.text.trim() === '') {
      skippedSources.push(`“${source.name || 'unnamed'}”`);
      continue;
    }
    sourceCodings += source.sourceCodings;
    const same = source.guid
      ? (ctx.sql('SELECT id FROM documents WHERE guid = ? AND removed_at IS NULL AND original_text = ?').get(source.guid, source.text) as { id: number } | undefined)
      : undefined;
    let documentId: number;
    if (same) {
      // The same project brought back: its document is kept as it is, and only what it lacks is added.
      documentId = same.id;
      report.documentsMatched += 1;
    } else {
      documentId = importSource(ctx, source, fileName, freshGuid, ops);
      report.documents += 1;
      if (applyValues(project, source, documentId, ops, say)) report.documentsWithDetails += 1;
    }
    addToMemo(`document:${documentId}`, { documentId, themeId: null }, source.noteGuids);
    const sentences = ctx.sql('SELECT id, start_offset, end_offset FROM sentences WHERE document_id = ? ORDER BY ordinal').all(documentId) as {
      id: number; start_offset: number; end_offset: number;
    }[];
    const positions = new CodePointIndex(source.text);
    for (const selection of source.selections) {
      report.selections += 1;
      if (!Number.isFinite(selection.start) || !Number.isFinite(selection.end) || selection.start < 0 || selection.end < selection.start || selection.start > positions.length) {
        outOfRange += 1;
        continue;
      }
      const start = positions.toUtf16(selection.start);
      const end = positions.toUtf16(selection.end);
      const overlapped = sentencesOverlapping(sentences, start, end);
      if (overlapped.length === 0) {
        outOfRange += 1;
        continue;
      }
      const between = (a: number, b: number) => source.text!.slice(Math.min(a, b), Math.max(a, b)).trim() === '';
      if (!between(start, overlapped[0]!.start_offset) || !between(end, overlapped[overlapped.length - 1]!.end_offset)) report.selectionsOffSentenceBoundaries += 1;
      if (selection.codings.length === 0 && selection.noteGuids.length === 0) emptySelections += 1;
      const soleTag = overlapped.length === 1 && selection.codings.length === 1;
      for (const coding of selection.codings) {
        const themeId = coding.codeGuid ? themeOf.get(coding.codeGuid) : undefined;
        if (themeId === undefined) {
          unknownCodes += 1;
          continue;
        }
        const coder = (coding.userGuid ? users.get(coding.userGuid) : undefined) ?? ctx.coder;
        coders.add(coder);
        for (const sentence of overlapped) {
          const key = `${sentence.id}:${themeId}:${coder}`;
          if (tagged.has(key) || ctx.sql('SELECT 1 FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder = ?').get(sentence.id, themeId, coder)) continue;
          tagged.add(key);
          const at = coding.at && DATE_TIME.test(coding.at) ? coding.at : ctx.now();
          const tags = tagsByTheme.get(themeId) ?? [];
          tags.push({ sentenceId: sentence.id, coder, at, guid: freshGuid('tags', soleTag ? selection.guid : null) });
          tagsByTheme.set(themeId, tags);
        }
      }
      // A note belongs to one sentence: the first the selection overlaps.
      for (const guid of selection.noteGuids) {
        const note = project.notes.get(guid);
        if (!note || note.text.trim() === '') continue;
        usedNotes.add(guid);
        const sentenceId = overlapped[0]!.id;
        const coder = (note.userGuid ? users.get(note.userGuid) : undefined) ?? ctx.coder;
        const key = `${sentenceId}:${coder}`;
        const entry = noteBodies.get(key) ?? { sentenceId, coder, parts: [], guid, createdAt: note.createdAt, updatedAt: note.updatedAt };
        entry.parts.push(note.text);
        noteBodies.set(key, entry);
      }
    }
  }
  if (skippedSources.length) say(`${skippedSources.length} text source${skippedSources.length === 1 ? '' : 's'} without any text left out: ${skippedSources.join(', ')}`);
  if (sourceCodings) say(`${sourceCodings} coding${sourceCodings === 1 ? '' : 's'} of a whole source left out (Themata tags sentences)`);
  if (unknownCodes) say(`${unknownCodes} coding${unknownCodes === 1 ? '' : 's'} naming a code the file does not have left out`);
  if (outOfRange) say(`${outOfRange} selection${outOfRange === 1 ? '' : 's'} outside their source's text left out`);
  if (emptySelections) say(`${emptySelections} selection${emptySelections === 1 ? '' : 's'} with neither a code nor a note left out`);

  for (const [themeId, tags] of tagsByTheme) {
    ops.push({ type: 'tags-add', themeId, tags });
    report.tags += tags.length;
  }
  report.coders = [...coders].sort();

  for (const entry of noteBodies.values()) {
    const { sentenceId, coder } = entry;
    const before = noteOf(ctx, sentenceId, coder);
    const parts = entry.parts.filter((part) => !before?.body.includes(part));
    if (parts.length === 0) continue;
    const body = clip([...(before ? [before.body] : []), ...parts].join('\n\n'), NOTE_MAX_LENGTH, 'a note', say);
    const now = ctx.now();
    ops.push({
      type: 'note', sentenceId, before,
      after: {
        sentence_id: sentenceId, coder, body,
        created_at: before?.created_at ?? (entry.createdAt && DATE_TIME.test(entry.createdAt) ? entry.createdAt : now),
        updated_at: before ? now : entry.updatedAt && DATE_TIME.test(entry.updatedAt) ? entry.updatedAt : now,
        guid: before?.guid ?? freshGuid('notes', entry.parts.length === 1 ? entry.guid : null),
      },
    });
    report.notes += 1;
  }

  // The project's own notes, its description, and notes nothing refers to go to the notebook memo.
  addToMemo('notebook', { documentId: null, themeId: null }, project.projectNoteGuids);
  const loose = [...project.notes.keys()].filter((guid) => !usedNotes.has(guid) && project.notes.get(guid)!.text.trim() !== '');
  if (loose.length) {
    addToMemo('notebook', { documentId: null, themeId: null }, loose);
    say(`${loose.length} note${loose.length === 1 ? '' : 's'} attached to nothing Themata holds added to the notebook memo`);
  }
  if (project.projectDescription) {
    const memo = memoBodies.get('notebook') ?? { subject: { documentId: null, themeId: null }, parts: [], guids: [], createdAt: null };
    memo.parts.unshift(project.projectDescription);
    memoBodies.set('notebook', memo);
  }
  let memoId = (ctx.sql('SELECT coalesce(max(id), 0) AS id FROM memos').get() as { id: number }).id + 1;
  for (const memo of memoBodies.values()) {
    const { documentId, themeId } = memo.subject;
    const before = (ctx.sql('SELECT * FROM memos WHERE coalesce(document_id, 0) = ? AND coalesce(theme_id, 0) = ?').get(documentId ?? 0, themeId ?? 0) as MemoRow | undefined) ?? null;
    const parts = memo.parts.filter((part) => !before?.body.includes(part));
    if (parts.length === 0) continue;
    const now = ctx.now();
    const body = clip([...(before ? [before.body] : []), ...parts].join('\n\n'), MEMO_MAX_LENGTH, 'a memo', say);
    const id = before?.id ?? memoId++;
    ops.push({
      type: 'memo', memoId: id, before,
      after: {
        id, document_id: documentId, theme_id: themeId, body,
        created_at: before?.created_at ?? (memo.createdAt && DATE_TIME.test(memo.createdAt) ? memo.createdAt : now),
        updated_at: now,
        guid: before?.guid ?? freshGuid('memos', memo.guids.length === 1 ? memo.guids[0]! : null),
      },
    });
    report.memos += 1;
  }

  history.record(`Import ${fileName}`, ops);
  return report;
}

/**
 * The sentences (in reading order, not overlapping) a range overlaps; an
 * empty range, the sentence it falls in. Found by halving: a long source has
 * thousands of sentences and as many selections.
 */
function sentencesOverlapping<S extends { start_offset: number; end_offset: number }>(sentences: readonly S[], start: number, end: number): S[] {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end_offset <= start) low = middle + 1;
    else high = middle;
  }
  const found: S[] = [];
  for (let i = low; i < sentences.length && (sentences[i]!.start_offset < end || (start === end && sentences[i]!.start_offset <= start)); i += 1) {
    if (sentences[i]!.end_offset > start) found.push(sentences[i]!);
    if (start === end) break;
  }
  return found;
}

function clip(text: string, max: number, what: string, say: (line: string) => void): string {
  if (text.length <= max) return text;
  say(`${what} longer than ${max.toLocaleString('en')} characters was cut short`);
  return text.slice(0, max);
}

/** Inserts a source's text as a document (its sentences segmented as any import's), shown by the import's step. */
function importSource(
  ctx: NotebookContext,
  source: ReadSource,
  fileName: string,
  freshGuid: (table: 'documents', wanted: string | null) => string,
  ops: Operation[],
): number {
  const title = oneLine(source.name) || 'Untitled source';
  const documentId = insertDocument(ctx, { title, text: source.text!, sourceName: fileName });
  ctx.sql('UPDATE documents SET guid = ? WHERE id = ?').run(freshGuid('documents', source.guid), documentId);
  // Hidden until the step below shows it: undoing the import hides it again, as undoing any import does.
  ctx.sql('UPDATE documents SET removed_at = ? WHERE id = ?').run(ctx.now(), documentId);
  ops.push({ type: 'document-visibility', documentId, visible: true, at: ctx.now() });
  return documentId;
}

/** A source's variable values as the document's details and attributes; returns whether it got any. */
function applyValues(project: ReadProject, source: ReadSource, documentId: number, ops: Operation[], say: (line: string) => void): boolean {
  if (source.values.length === 0) return false;
  // The document is hidden until the import's step shows it; its details start empty.
  const before: DetailsRecord = { title: oneLine(source.name) || 'Untitled source', outlet: null, author: null, published_on: null, url: null, language: null, attributes: [] };
  const after: DetailsRecord = { ...before, attributes: [] };
  const attributes = new Map<string, [string, string]>();
  for (const { variableGuid, value } of source.values) {
    const name = oneLine((variableGuid ? project.variables.get(variableGuid)?.name : undefined) ?? '');
    const text = oneLine(value);
    if (!name || !text) continue;
    const column = detailColumnOf(name);
    if (column) {
      try {
        after[column] = checkDetail(detailFieldOf(column), column === 'published_on' ? text.slice(0, 10) : text);
        continue;
      } catch {
        // Not a value the detail can hold (a date written otherwise, a web address without http): kept as an attribute below.
      }
    }
    let key = name.slice(0, ATTRIBUTE_KEY_MAX).replace(/=/g, '-');
    if (RESERVED_ATTRIBUTE_KEYS.includes(key.toLowerCase())) key = `${key} (as written)`;
    try {
      key = checkAttributeKey(key);
    } catch {
      say(`variable “${name}” of “${before.title}” could not name an attribute and was left out`);
      continue;
    }
    if (text.length > ATTRIBUTE_VALUE_MAX_LENGTH) say(`the value of “${name}” on “${before.title}” was cut to ${ATTRIBUTE_VALUE_MAX_LENGTH} characters`);
    if (!attributes.has(key.toLowerCase())) attributes.set(key.toLowerCase(), [key, text.slice(0, ATTRIBUTE_VALUE_MAX_LENGTH)]);
  }
  after.attributes = [...attributes.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (JSON.stringify(after) === JSON.stringify(before)) return false;
  ops.push({ type: 'document-details', documentId, before, after });
  return true;
}

